import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { QuestionView } from "@/lib/assessments/views";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ refresh: () => undefined, push: () => undefined }),
  usePathname: () => "/org/acme/assessments/a1",
}));

const { QuestionList } = await import("@/components/assessments/builder/question-list");
const { AssessmentList } = await import("@/components/assessments/builder/assessment-list");
const { OrganisationNav } = await import("@/components/org/organisation-nav");

const question = (id: string, position: number): QuestionView => ({
  id,
  position,
  text: `Question text ${id}`,
  kind: "behavioural",
  competencies: [],
  source: "custom",
  bankId: null,
  timeLimitSeconds: 150,
  timeLimitMode: "soft",
  modes: "both",
  retakes: 1,
});

const questions = [question("q1", 1), question("q2", 2), question("q3", 3)];

describe("QuestionList", () => {
  it("offers labelled move buttons in a draft, the first unable to move up and the last unable to move down", () => {
    const html = renderToStaticMarkup(createElement(QuestionList, { slug: "acme", assessmentId: "a1", questions, editable: true }));
    expect(html).toMatch(/<button[^>]*id="move-up-q1"[^>]*disabled=""[^>]*aria-label="Move question 1 up"/);
    expect(html).toMatch(/<button[^>]*id="move-down-q1"[^>]*>/);
    expect(html.match(/<button[^>]*id="move-down-q1"[^>]*>/)?.[0]).not.toContain('disabled=""');
    expect(html).toMatch(/<button[^>]*id="move-down-q3"[^>]*disabled=""/);
    expect(html).toContain('aria-label="Remove question 2"');
    expect(html).toContain("2 min 30 s (soft) · Typed or voice · 1 retake");
    expect(html).toContain('role="status"');
  });

  it("shows the questions without any control when read only", () => {
    const html = renderToStaticMarkup(createElement(QuestionList, { slug: "acme", assessmentId: "a1", questions, editable: false }));
    expect(html).toContain("Question text q2");
    expect(html).not.toContain("<button");
  });
});

describe("AssessmentList", () => {
  it("links each assessment to its builder with its state in words", () => {
    const html = renderToStaticMarkup(
      createElement(AssessmentList, {
        slug: "acme",
        assessments: [{ id: "a1", title: "Screen", roleTitle: "Designer", status: "open", questionCount: 1, createdAt: "2026-03-02T09:00:00.000Z" }],
      }),
    );
    expect(html).toContain('href="/org/acme/assessments/a1"');
    expect(html).toContain("Open");
    expect(html).toContain("1 question<");
    expect(html).toContain("2 Mar 2026");
  });
});

describe("OrganisationNav", () => {
  it("shows Assessments to every role, marked current on its builder pages", () => {
    const html = renderToStaticMarkup(createElement(OrganisationNav, { slug: "acme", role: "reviewer" }));
    expect(html).toMatch(/<a aria-current="page"[^>]*href="\/org\/acme\/assessments">Assessments<\/a>/);
    expect(html).not.toContain("Invites");
  });
});
