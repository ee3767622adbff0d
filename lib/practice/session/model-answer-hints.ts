/**
 * Generic sentences for the offline model answer, per competency: used only where the candidate's own answer has no
 * sentence for a STAR part. Each is complete and first-person, so the model answer never shows a gap to fill in.
 */

/** `situation` and `action` continue "I faced …" and "I …"; `task` is a whole sentence. */
export type Hint = { situation: string; task: string; action: string };

export const HINTS: Record<string, Hint> = {
  conflict: { situation: "a disagreement with a colleague about how to do a piece of work", task: "My task was to settle the disagreement in a way we could both commit to.", action: "asked to talk it through one-to-one and listened until I could state their view in my own words" },
  leadership: { situation: "a team that had lost its direction", task: "My task was to give the team one clear goal and get it moving again.", action: "set out one clear goal and gave each person a part they owned" },
  failure: { situation: "a piece of my work that went wrong", task: "My task was to put it right and make sure it could not happen the same way again.", action: "owned the mistake openly and worked out what had caused it" },
  ownership: { situation: "a problem nobody had picked up", task: "Nobody owned it, so I made it my job to see it through.", action: "took it on without being asked and agreed a plan with the people it affected" },
  teamwork: { situation: "a team effort that was stalling", task: "My task was to get the team delivering together again.", action: "took on the piece nobody wanted and helped the others unblock theirs" },
  prioritisation: { situation: "more work than there was time for", task: "My task was to decide what mattered most and what could wait.", action: "ranked everything by impact and urgency and agreed with my manager what to drop" },
  communication: { situation: "a complex message that people kept misreading", task: "My task was to make the message clear to the people who needed it.", action: "rewrote it for the audience, leading with what mattered to them" },
  influence: { situation: "a change I had no authority to make", task: "My task was to win support for the change without being able to order it.", action: "gathered data showing the cost of doing nothing and met each sceptic one-to-one" },
  ambiguity: { situation: "a goal that came with no clear brief", task: "My task was to turn the vague goal into a plan people could act on.", action: "wrote down my assumptions and tested the riskiest one first" },
  customer_focus: { situation: "a customer who was unhappy with us", task: "My task was to understand what the customer really needed and win back their trust.", action: "called the customer to understand the real problem behind the complaint" },
  delivery_under_pressure: { situation: "a deadline that suddenly moved closer", task: "My task was to deliver what mattered most on time without cutting corners.", action: "cut the scope to what mattered most and agreed it with the stakeholders" },
  learning: { situation: "a skill I had to pick up fast", task: "My task was to become competent quickly enough to deliver the work.", action: "set myself a two-week plan and practised on a real task" },
  decision_making: { situation: "a decision I had to make with incomplete information", task: "My task was to make the call in time and be able to explain it.", action: "laid out the options with their risks and set a date to decide" },
  mentoring: { situation: "a junior colleague who was struggling", task: "My task was to help them grow without doing the work for them.", action: "set up weekly sessions with them and agreed one goal for each" },
  innovation: { situation: "a process everyone accepted as slow", task: "My task was to find a better way and prove it worked.", action: "proposed a small experiment and ran it alongside the old way" },
  stakeholder_management: { situation: "stakeholders who wanted different things", task: "My task was to agree a plan that each stakeholder could support.", action: "met each of them to learn what they needed and wrote up a plan they all signed off" },
  ethics: { situation: "pressure to cut a corner", task: "My task was to do the right thing while still delivering what was needed.", action: "raised my concern with the person responsible and proposed a way that kept us compliant" },
};

export const DEFAULT_HINT: Hint = {
  situation: "a challenge that mattered to my team",
  task: "My task was to solve the problem without letting the rest of my work slip.",
  action: "worked out what was really causing the problem",
};

export const GENERIC = {
  roleSpecificSituation: "In my last role, I had to do exactly this for real, with people relying on the outcome.",
  situation: (moment: string) => `In my last role, I faced ${moment}, and getting it right mattered to the people relying on me.`,
  ownStep: (action: string) => `My own part was that I ${action}.`,
  actions: (action: string) => [
    `First, I ${action}.`,
    "Then I worked through the plan one step at a time and checked progress every week.",
    "Finally, I kept everyone affected informed as I went.",
  ],
  result: "As a result, the problem was resolved, and I checked the outcome against the goal I had set.",
  measure: "I measured the change against where we started, so the difference showed in numbers, not just in how it felt.",
};
