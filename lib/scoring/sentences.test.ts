import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("returns no sentences for empty or whitespace-only text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n\t \n ")).toEqual([]);
  });

  it("keeps e.g., i.e., Dr. and vs. inside a sentence", () => {
    expect(
      splitSentences("I met Dr. Smith, e.g. the sales lead, i.e. my boss. We compared v1 vs. v2 with Mr. Jones."),
    ).toEqual(["I met Dr. Smith, e.g. the sales lead, i.e. my boss.", "We compared v1 vs. v2 with Mr. Jones."]);
  });

  it("keeps U.S. inside a sentence before a noun but splits after it before a new sentence", () => {
    expect(splitSentences("I joined the U.S. office in May. I moved to the U.S. Then I started.")).toEqual([
      "I joined the U.S. office in May.",
      "I moved to the U.S.",
      "Then I started.",
    ]);
  });

  it("splits after etc. before a capitalised word and not before a lowercase one", () => {
    expect(splitSentences("We used Jira, Slack, etc. Then I wrote the plan.")).toEqual([
      "We used Jira, Slack, etc.",
      "Then I wrote the plan.",
    ]);
    expect(splitSentences("We used Jira, Slack, etc. and it was messy.")).toHaveLength(1);
  });

  it("does not split decimals, versions or initials", () => {
    expect(splitSentences("We moved to Node v2.1 and cut latency by 3.5 seconds. J. R. Tolkien approved.")).toEqual([
      "We moved to Node v2.1 and cut latency by 3.5 seconds.",
      "J. R. Tolkien approved.",
    ]);
  });

  it("keeps No. 5 together but ends a sentence at a closing no.", () => {
    expect(splitSentences("The answer was no. No. 5 was best.")).toEqual(["The answer was no.", "No. 5 was best."]);
  });

  it("keeps an ellipsis followed by lowercase inside the sentence", () => {
    expect(splitSentences("I was... nervous. Then it passed!")).toEqual(["I was... nervous.", "Then it passed!"]);
  });

  it("makes each bullet and numbered item a sentence and drops the markers", () => {
    const text = "- our app was slow\n* I had to fix it\n1. I profiled the app\n2) I cached the queries\n• load time fell 50%";
    expect(splitSentences(text)).toEqual([
      "our app was slow",
      "I had to fix it",
      "I profiled the app",
      "I cached the queries",
      "load time fell 50%",
    ]);
  });

  it("treats a line break as a sentence boundary", () => {
    expect(splitSentences("Our app was slow\nI had to fix it\n\nLoad time fell 50%")).toEqual([
      "Our app was slow",
      "I had to fix it",
      "Load time fell 50%",
    ]);
  });

  it("joins a hard-wrapped line that breaks mid-phrase", () => {
    expect(splitSentences("I rewrote the query and\nadded an index. It worked.")).toEqual([
      "I rewrote the query and added an index.",
      "It worked.",
    ]);
  });

  it("splits an unpunctuated run-on on clause cues, keeping each cue with its clause", () => {
    const text =
      "at my last job the reports were always late and my manager asked me to fix it so i looked at the pipeline and found the export ran at night and then i moved it to run every hour and as a result the reports were on time every day";
    expect(splitSentences(text)).toEqual([
      "at my last job the reports were always late and my manager asked me to fix it",
      "so i looked at the pipeline and found the export ran at night",
      "and then i moved it to run every hour",
      "and as a result the reports were on time every day",
    ]);
  });

  it("does not split on 'so that' or 'back then'", () => {
    const text =
      "back then i worked nights and weekends with the support team so that the customers in every time zone could reach a person who knew the product and could fix their problem quickly";
    expect(splitSentences(text)).toHaveLength(1);
  });

  it("chunks a run-on without cues into pieces of about 30 words", () => {
    const sentences = splitSentences("word ".repeat(95));
    expect(sentences).toHaveLength(4);
    for (const s of sentences) expect(s.split(" ").length).toBeLessThanOrEqual(30);
  });

  it("leaves a long punctuated sentence without cues alone up to 40 words", () => {
    const sentence = `${"word ".repeat(39)}end.`;
    expect(splitSentences(sentence)).toEqual([sentence]);
  });
});
