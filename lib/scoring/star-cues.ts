/**
 * Cue lexicons for reading a sentence as Situation, Task, Action or Result. Each cue carries a weight: strong cues
 * (~2) decide a sentence alone, weak ones (~0.5) only tip a close call. Sentence position and the S→T→A→R order
 * do the rest (see label-sequence.ts), so no single keyword decides a label. All patterns run on lower-cased text.
 */
import type { StarPart } from "./rubric-config";

/**
 * A cue and its weight. `often` marks one that matches a large share of sentences (one in five or more): the engine
 * tests it on its own instead of behind its list's shared gate (see regex-gates.ts), which it would open too often.
 */
export type Cue = { re: RegExp; w: number; often?: boolean };

// Deduplicated so the lexicons can list a verb under more than one heading without slowing the regex.
const alt = (words: readonly string[]) => [...new Set(words)].join("|");

/** Past-tense action verbs. In a sentence whose subject is "I", any of these counts as a distinct action. */
export const ACTION_VERBS_PAST = [
  "analysed", "analyzed", "built", "led", "created", "designed", "implemented", "wrote", "rewrote", "set", "organised",
  "organized", "negotiated", "proposed", "presented", "pitched", "scheduled", "met", "talked", "spoke", "called",
  "emailed", "messaged", "reached", "researched", "investigated", "reviewed", "refactored", "migrated", "automated",
  "tested", "deployed", "introduced", "launched", "coordinated", "mentored", "trained", "coached", "delegated",
  "prioritised", "prioritized", "planned", "made", "started", "decided", "changed", "fixed", "debugged", "identified",
  "mapped", "drafted", "ran", "gathered", "collected", "interviewed", "surveyed", "measured", "tracked", "monitored",
  "profiled", "benchmarked", "optimised", "optimized", "simplified", "streamlined", "redesigned", "restructured",
  "rebuilt", "developed", "prototyped", "shipped", "configured", "integrated", "documented", "explained", "convinced",
  "persuaded", "aligned", "facilitated", "hosted", "arranged", "escalated", "resolved", "mediated", "listened",
  "asked", "suggested", "recommended", "compared", "evaluated", "assessed", "estimated", "calculated", "split",
  "divided", "assigned", "hired", "recruited", "onboarded", "established", "defined", "sent", "shared", "offered",
  "took", "stepped", "drove", "championed", "spearheaded", "initiated", "reworked", "replaced", "added", "removed",
  "consulted", "checked", "verified", "validated", "reproduced", "traced", "isolated", "patched", "rolled",
  "released", "published", "updated", "upgraded", "merged", "moved", "sat", "gave", "held", "walked", "paired",
  "reduced", "increased", "cut", "improved", "contacted", "visited", "cleaned", "reorganised", "reorganized",
  "outlined", "broke", "chose", "pushed", "volunteered", "studied", "prepared",
  // Irregular pasts that "I + -ed verb" cannot catch; without them "I told my lead, fixed the query…" had no action.
  "told", "kept", "put", "found", "spent", "brought", "taught", "caught", "agreed", "booked", "timed", "phoned",
] as const;

/** Present-tense forms, for candidates who narrate in the present ("I make a plan"), common in non-native English. */
export const ACTION_VERBS_PRESENT = [
  "analyse", "analyze", "build", "lead", "create", "design", "implement", "write", "organise", "organize",
  "negotiate", "propose", "present", "schedule", "meet", "talk", "speak", "call", "email", "research", "investigate",
  "review", "refactor", "migrate", "automate", "test", "deploy", "introduce", "launch", "coordinate", "mentor",
  "train", "coach", "delegate", "prioritise", "prioritize", "plan", "make", "start", "decide", "change", "fix",
  "debug", "identify", "map", "draft", "run", "gather", "collect", "interview", "measure", "track", "monitor",
  "optimise", "optimize", "simplify", "redesign", "develop", "ship", "configure", "integrate", "document", "explain",
  "convince", "persuade", "align", "facilitate", "arrange", "escalate", "resolve", "ask", "suggest", "recommend",
  "compare", "evaluate", "divide", "assign", "hire", "define", "send", "share", "offer", "take", "drive", "check",
  "verify", "trace", "add", "remove", "replace", "update", "upgrade", "move", "sit", "give", "hold", "walk", "reduce",
  "increase", "improve", "contact", "prepare", "go",
] as const;

// "went" and "go" only count right after the subject ("I went to the client"), not anywhere in the sentence.
const SUBJECT_VERBS = alt([...ACTION_VERBS_PAST, ...ACTION_VERBS_PRESENT, "went"]);
const ADVERB = String.raw`(?:(?:also|then|first|personally|myself|quickly|immediately|directly|eventually|finally|actually|carefully|proactively|just|\w+ly),?\s+)?`;

/** "I built", "and I quickly fixed", "my colleague and I ran". Group 1 is the verb. */
export const I_ACTION = new RegExp(String.raw`\bi\s+${ADVERB}(${SUBJECT_VERBS})\b`, "g");
/** "we built", "our team fixed". Group 1 is the verb. */
export const WE_ACTION = new RegExp(String.raw`\b(?:we|our team|the team|together we)\s+${ADVERB}(${SUBJECT_VERBS})\b`, "g");
/** Any past-tense action verb, for counting coordinated verbs ("I rewrote the query, added an index and…"). */
export const PAST_ACTION_VERB = new RegExp(String.raw`\b(${alt(ACTION_VERBS_PAST)})\b`, "g");

/** "I + some other -ed verb": an action in a verb the lexicon does not list. */
export const I_GENERIC_PAST = /\bi\s+(?:\w+ly\s+)?(?!(?:needed|wanted|used|joined|worked|learned|realised|realized|noticed|liked|loved|hoped|enjoyed|seemed|tried|failed|faced|believed|felt|started)\b)(\w{3,}ed)\b/g;
/** "I was talking with the team": a progressive action (common in non-native English), not a state. */
export const I_PROGRESSIVE = /\bi\s+(?:was|am)\s+(?!(?:working (?:at|as|for|in)|going|hoping|thinking|trying|feeling|wondering)\b)(\w{3,}ing)\b/;

/** Verbs that hide the candidate's part: "I helped with", "I was involved in". */
export const WEAK_ACTION = /\bi\s+(?:\w+ly\s+)?(?:helped(?:\s+(?:with|to|out))?|assisted(?:\s+with)?|was involved in|was part of|participated in|supported|worked on|contributed to|tried to|took part in)\b/;

export const SITUATION_CUES: readonly Cue[] = [
  { re: /\b(?:at the time|back then|back in|in those days)\b/, w: 2 },
  { re: /\b(?:when|while)\s+(?:i|we)\s+(?:was|were|worked|joined|started|interned)\b/, w: 2 },
  { re: /\b(?:in|at|during)\s+my\s+(?:last|previous|former|current|first|old|new|final)\s+(?:job|role|company|position|team|internship|employer|workplace|project|year|semester)\b/, w: 2 },
  { re: /\b(?:last|this past|a few|two|three|several)\s+(?:years?|months?|summers?|quarters?|semesters?)(?:\s+ago)?\b/, w: 1 },
  { re: /\b(?:years|months|weeks)\s+ago\b/, w: 1.2 },
  { re: /\bin\s+(?:19|20)\d\d\b/, w: 1 },
  { re: /\bi\s+(?:was|worked|interned|joined)\s+(?:as|at|for|in)\s+(?:a|an|the)?\s*\w+/, w: 1.5 },
  { re: /\bi\s+was\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:at|in|on|for|with)\b/, w: 1.5 },
  { re: /\bi\s+was\s+working\s+(?:as|at|for|in|on)\b/, w: 1.5 },
  { re: /\b(?:our|the|my)\s+(?:team|company|project|client|product|system|department|startup|manager|customers?|school|store|organi[sz]ation|business|app|website|service|codebase|process|database|site|class|group|boss|lead)\s+(?:was|were|had|has|is|did not|didn't|kept)\b/, w: 1.2 },
  { re: /\b(?:there\s+(?:was|were)|we\s+(?:were|had))\b/, w: 1 },
  { re: /\b(?:the\s+)?(?:problem|issue|situation|context|background)\s+(?:was|is|were)\b/, w: 1.5 },
  { re: /\b(?:problems?|issues?|struggling|struggled|behind schedule|falling behind|deadline|losing|complain(?:ed|ing|ts?)?|outages?|bugs?|broken|slow|late|over budget|conflict|disagree(?:d|ment)|crisis|urgent|pressure|risk|failing|backlog|timing out|crash(?:ed|ing)?)\b/, w: 0.6, often: true },
  { re: /\b(?:was|were|had|used to)\b/, w: 0.4, often: true },
];

export const TASK_CUES: readonly Cue[] = [
  { re: /\bmy\s+(?:main\s+|primary\s+|key\s+|first\s+|own\s+)?(?:goal|task|job|role|responsibility|objective|mission|assignment|aim|brief|challenge|target)\s+(?:was|is|would be|became)\b/, w: 2.5 },
  { re: /\b(?:the|our)\s+(?:goal|task|objective|aim|mission|brief|target)\s+(?:was|is)\b/, w: 1.8 },
  { re: /\bi\s+was\s+(?:asked|tasked|assigned|responsible|in charge|expected|hired|brought in|chosen|given|supposed|told)\b/, w: 2.2 },
  { re: /\b(?:responsible\s+(?:for|to)|in charge of|accountable for)\b/, w: 1.5 },
  { re: /\bi\s+(?:needed|had|have|need|must)\s+to\b/, w: 1.8 },
  { re: /\b(?:asked|tasked|assigned|told|wanted|needed|hired)\s+me\s+to\b/, w: 1.8 },
  { re: /\bit\s+was\s+(?:up to me|my job|my responsibility|on me)\b/, w: 2 },
  { re: /\bi\s+(?:wanted|volunteered|offered|aimed|set out)\s+to\b/, w: 1 },
  { re: /\bwe\s+(?:needed|had|have|wanted)\s+to\b/, w: 1 },
  { re: /\b(?:deadline|by\s+(?:monday|tuesday|wednesday|thursday|friday|the end of)|within\s+\w+\s+(?:days|weeks|months)|before the)\b/, w: 0.4 },
];

/** Action cues other than the subject-verb patterns above, which feature extraction scores separately. */
export const ACTION_CUES: readonly Cue[] = [
  { re: /\b(?:first(?:ly)?|to (?:start|begin)|next|then|after that|afterwards|second(?:ly)?|third(?:ly)?|meanwhile|also),?\s+(?:i|we)\b/, w: 0.8 },
  { re: /\bi\s+(?:decided|chose|made sure|took|went|set up|sat down|reached out|stepped in|took ownership)\b/, w: 1.2 },
  { re: /\bby\s+\w+ing\b/, w: 0.5 },
  { re: /\bi\s+(?:personally|myself)\b/, w: 0.8 },
];

export const RESULT_CUES: readonly Cue[] = [
  { re: /\bas a (?:result|consequence)\b/, w: 2.5 },
  { re: /\b(?:which|this|that|it)\s+(?:led|resulted|contributed|translated)\s+(?:to|in|into)\b/, w: 2 },
  { re: /\b(?:resulted in|led to)\b/, w: 1.2 },
  { re: /\b(?:in the end|ultimately|at the end of the day|by the end|all in all|overall)\b/, w: 1.5 },
  { re: /\b(?:the\s+)?(?:result|outcome|impact|end result)s?\s+(?:was|were|is|of)\b/, w: 2 },
  { re: /\b(?:thanks to|because of)\s+(?:this|that|these|my|our|the)\b/, w: 1.2 },
  { re: /\b(?:finally|eventually),?\s+(?:we|the|it|our|my|this)\b/, w: 0.8 },
  { re: /\bafter\s+(?:we|i|the\s+\w+)\s+(?:finish|finished|completed|complete|launched|launch|deployed|shipped|went live|was done|were done|rolled out)\b/, w: 1 },
  { re: /\bthis\s+(?:meant|means)\b/, w: 1.2 },
  { re: /\bsince then\b/, w: 1.2 },
  { re: /\b(?:feedback|praised|thanked|recogni[sz]ed|promoted|rated)\b/, w: 0.8 },
];

/** A concrete outcome: something shipped, a target hit, a measurable change. Not vague. */
export const CONCRETE_OUTCOME = /\b(?:went ahead|passed unanimously|awarded|opened on time|submitted|handed (?:it |the \w+ )?in|renewed our|received an? (?:a|distinction|first)\b|launched|shipped|delivered|went live|released|rolled out|on time|ahead of schedule|under budget|on budget|promoted|promotion|won|award|closed the deal|signed|renewed|adopted|approved|hit (?:our|the|my) (?:target|goal)|met (?:the|our|my) (?:deadline|target|goal)|exceeded|reduced|increased|cut(?! (?:in|off|corners))|saved|improved|grew|rose|fell(?! (?:behind|ill|apart|out))|dropped(?! out| the ball)|declined|decreased|doubled|tripled|halved|lowered|raised|boosted|no (?:more )?(?:outages|complaints|incidents|downtime|errors|bugs)|zero (?:outages|complaints|incidents|downtime|errors|bugs)|record|retained|faster|quicker|cheaper)\b/;

/** An outcome that says nothing checkable: "it went well", "everyone was happy". */
export const VAGUE_RESULT = /\b(?:(?:it|things|everything|the [a-z]+)\s+(?:all\s+)?(?:went|turned out|worked out)\s+(?:really |very |pretty |quite )?(?:well|great|fine|good|smoothly|ok(?:ay)?)|(?:everyone|everybody|the [a-z]+|my [a-z]+|people|they|he|she)\s+(?:was|were|felt|seemed)\s+(?:all\s+)?(?:very |really |super |so |a lot |much )?(?:happy|happier|pleased|satisfied|glad|impressed|thrilled|more (?:positive|satisfied))|(?:was|were)\s+(?:a\s+)?(?:big\s+|huge\s+|great\s+|real\s+)?success(?:ful)?|worked out|(?:it|things|everything|the [a-z]+)\s+(?:was|were|got)\s+(?:much\s+|a lot\s+)?(?:good|great|fine|better|ok(?:ay)?)|positive (?:feedback|outcome|result)|it helped(?: a lot)?|(?:was|were) (?:really |very |quite )?helpful|(?:a |really |very )?(?:good|great|positive|valuable) (?:learning )?experience|learn(?:ed|t) a lot|(?:in|to) a (?:much )?better place|things (?:kept moving|improved|got better)|(?:sorted|resolved) itself(?: out)?|came round|got through it|got used to)\b/;

const CHANGE_VERB =
  "reduced|reduce|increased|increase|cut|saved|save|improved|improve|grew|grow|rose|fell|dropped|declined|decreased|" +
  "lowered|raised|boosted|sped up|shortened|went up|went down|up|down|brought (?:it |them )?down|climbed|jumped";
const UNIT = String.raw`(?:ms|seconds?|minutes?|hours?|days?|weeks?|months?|years?|times|points|percent)`;
const COMPARATIVE = "more|less|fewer|faster|slower|quicker|cheaper|higher|lower|better|bigger|smaller|shorter|longer|earlier|sooner|early|ahead";

const NUMBER_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|twice";
const FIGURE_WORD_THEN_COMPARATIVE = String.raw`\b(?:${NUMBER_WORD})\s+(?:${UNIT}\s+)?(?:${COMPARATIVE})\b`;
const EARLY = String.raw`\ba\s+(?:day|week|month|year)\s+(?:early|ahead|sooner)\b`;
const MULTIPLE = String.raw`\b(?:doubled|tripled|quadrupled|halved)\b`;

/**
 * A measured change: a change verb followed closely by a figure ("dropped from 8% to 0.4%", "cut costs by $2M"), a
 * figure followed by a comparative ("40% more fast", "two days early"), or a multiple ("doubled", "three times").
 * A figure alone ("two weeks before the deadline") is not a change.
 */
export const MEASURED_CHANGE = new RegExp(
  String.raw`\b(?:${CHANGE_VERB})\b(?!\s+out\b)(?:\s+[^\s\d$£€]+){0,5}?\s+(?:by\s+|to\s+|from\s+|about\s+|around\s+|over\s+|almost\s+|nearly\s+)?[$£€]?\d` +
    String.raw`|(?:\d[\d.,]*\s?(?:%|x|k|m|percent)?|\b(?:${NUMBER_WORD}))\s+(?:${UNIT}\s+)?(?:${COMPARATIVE})\b` +
    `|${EARLY}` +
    String.raw`|\bfrom\s+\S*\d\S*.{0,30}?\bto\s+\S*\d|${MULTIPLE}`,
);

/** MEASURED_CHANGE for text without a digit, where its other alternatives cannot match: the same answer there, at a
 * fraction of the cost. */
export const MEASURED_CHANGE_IN_WORDS = new RegExp(`${FIGURE_WORD_THEN_COMPARATIVE}|${EARLY}|${MULTIPLE}`);

/** Reflection on the outcome, which interviewers count as part of a strong result. */
export const REFLECTION = /\b(?:(?:i|we)\s+(?:learned|learnt|realised|realized)|lesson|takeaway|next time|in hindsight|looking back|would do differently|since then i|now i always)\b/;

/** Who or what the outcome mattered to; a result tied to it reads as impact, not activity. */
export const IMPACT_SUBJECT = /\b(?:customers?|users?|clients?|revenue|sales|costs?|the business|the company|stakeholders|the team|churn|conversion|retention|satisfaction|nps|profit|budget)\b/;

/** Stakes in a situation: the problem or pressure that makes the story matter. */
export const STAKES = /\b(?:problems?|issues?|struggl\w*|behind|deadline|losing|lost|complain\w*|outages?|bugs?|broken|slow|late|over budget|conflict|disagree\w*|crisis|urgent|pressure|risk|fail\w*|backlog|timing out|crash\w*|churn|declin\w*|short-staffed|understaffed|delay\w*|frustrat\w*|tension|stuck|blocked|angry|upset|escalat\w*|overdue|critical|rejecting|rejected|dropped out|quit|left)\b/;

/** Specific context: a time, a place, a role, or a named organisation. */
export const CONTEXT_MARKER = /\b(?:at the time|back then|when i was|while i was|in (?:19|20)\d\d|last (?:year|month|summer|quarter)|years? ago|months? ago|my (?:last|previous|former|current|first) (?:job|role|company|position|team|internship)|as an? \w+|at an? \w+)\b/;

/** Sequence markers that show the steps of an action in order. */
export const SEQUENCE_MARKER = /\b(?:first(?:ly)?|to (?:start|begin)|next|then|after that|afterwards|second(?:ly)?|finally|once)\b/;

/** Filler and meta sentences, read as no part at all ("Great question.", "That's it."). Only in short sentences. */
export const FILLER_SENTENCE = /^(?:(?:that'?s\s+)?(?:a\s+)?(?:great|good|interesting|tough|nice)\s+question|let me (?:think|tell you|see)|thank(?:s| you)|hope (?:that|this) (?:answers|helps)|that'?s (?:it|all|about it|my answer)|so yeah|anyway|ok(?:ay)?|well|hmm+|um+|sure)\b/;

/** Fillers worth pointing out when they pile up. */
export const FILLER_WORDS = /\b(?:basically|literally|actually|you know|kind of|sort of|um+|uh+)\b/g;

/** Explicit part labels some candidates write ("Situation: …", "R - …"). They decide the label. */
export const EXPLICIT_LABELS: Readonly<Record<StarPart, RegExp>> = {
  situation: /^(?:situation|context|background|s)\s*[:\-–—]\s*/,
  task: /^(?:task|goal|objective|t)\s*[:\-–—]\s*/,
  action: /^(?:actions?|what i did|a)\s*[:\-–—]\s*/,
  result: /^(?:results?|outcome|impact|r)\s*[:\-–—]\s*/,
};

/** The task is owned in the first person ("my goal was", "I was asked to"), not the team's ("we needed to"). */
export const FIRST_PERSON_TASK = /\b(?:my\s+(?:\w+\s+)?(?:goal|task|job|role|responsibility|objective|mission|assignment|aim|target)|i\s+was\s+(?:asked|tasked|assigned|responsible|in charge|expected|hired|given|supposed|told)|i\s+(?:needed|had|have|need|must|wanted|volunteered|aimed|set out)\s+to|(?:asked|tasked|assigned|told|wanted|needed|hired)\s+me\s+to|up to me|responsible\s+(?:for|to))\b/;

/** A concrete target for the task: a deadline or a figure to reach. */
export const TASK_TARGET = /\b(?:deadline|by\s+(?:monday|tuesday|wednesday|thursday|friday|the end of|next)|within|before the|under|below|at least|target)\b/;

export type QuestionTheme = { name: string; question: RegExp; answer: RegExp };

/**
 * Common behavioural-question themes, each with the words an answer on that theme almost always uses. Matching
 * themes, not raw keywords, avoids flagging a good answer that simply words the topic differently.
 */
export const QUESTION_THEMES: readonly QuestionTheme[] = [
  {
    name: "conflict",
    question: /\b(?:conflict|disagree\w*|difficult (?:colleague|co-?worker|person|stakeholder|manager|teammate)|argument|tension)\b/,
    answer: /\b(?:conflict\w*|disagree\w*|argu\w*|tension|clash\w*|disput\w*|push(?:ed)? back|frustrat\w*|upset|difficult|tough|differ\w*|oppos\w*|object\w*|compromis\w*)\b/,
  },
  {
    name: "failure",
    question: /\b(?:fail\w*|mistake|went wrong|setback|regret)\b/,
    answer: /\b(?:fail\w*|mistake\w*|wrong|error\w*|missed|setback|regret\w*|fault|lesson\w*|learn\w*)\b/,
  },
  {
    name: "leadership",
    question: /\b(?:lead|led|leadership|leader)\b/,
    answer: /\b(?:lead\w*|led|mentor\w*|coach\w*|manag\w*|delegat\w*|guid\w*|motivat\w*|organi[sz]\w*|ran)\b/,
  },
  {
    name: "deadline",
    question: /\b(?:deadlines?|time pressure|under pressure|tight timeline)\b/,
    answer: /\b(?:deadline\w*|days?|weeks?|hours?|time|pressure|urgent|late|schedule\w*|before|launch\w*)\b/,
  },
  {
    name: "customers",
    question: /\b(?:customers?|clients?)\b/,
    answer: /\b(?:customers?|clients?|users?|buyers?|accounts?|shoppers?|patients?)\b/,
  },
  {
    name: "feedback",
    question: /\b(?:feedback|critici\w*)\b/,
    answer: /\b(?:feedback|critici\w*|review\w*|comment\w*|told me|pointed out)\b/,
  },
  {
    name: "persuasion",
    question: /\b(?:persua\w*|convinc\w*|influenc\w*)\b/,
    answer: /\b(?:persua\w*|convinc\w*|influenc\w*|agreed|buy-in|won over|pitch\w*|propos\w*|argu\w*|showed)\b/,
  },
];
