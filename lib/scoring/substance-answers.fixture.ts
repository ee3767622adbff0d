/**
 * Answers for the substance tests: pairs to the same question where length and substance point different ways, and
 * replies with nothing to judge. Written for these tests in the shape of the evaluation set (bench/eval).
 */

export const MISTAKE_QUESTION = "Tell me about a mistake you made at work and what you learned from it.";

/** 83 words: owned mistake, concrete fixes, a measured effect and a lesson. */
export const SHORT_STRONG_MISTAKE = [
  "In my first month as a data analyst I sent a sales dashboard to 40 managers with a filter that double-counted returns.",
  "A regional manager spotted it the next morning.",
  "I told my lead straight away, fixed the query, re-sent the dashboard with a two-line correction, and added an automated check that compares totals with the finance ledger.",
  "Since then the check has caught three errors before release.",
  "I learned to reconcile every new report with a trusted total before it goes out.",
].join(" ");

/** 187 words: general musings, blame on the process, the team's actions and a vague lesson. */
export const LONG_VAGUE_MISTAKE = [
  "I think everyone makes mistakes, and in my experience it is usually more about the process than about any one person, so I try not to be too hard on myself or on other people when things go wrong.",
  "There was a project a couple of years ago where a lot of things went wrong at once: the requirements were unclear from the start, the timeline was unrealistic, and there were a lot of handovers between different teams, so it was quite hard to know who was responsible for what.",
  "Some of the numbers in a report we sent to a client turned out to be wrong, and there was a bit of a fuss about it, with several meetings and some difficult emails going back and forth for a few weeks.",
  "We looked at what had happened as a team and talked about how the process could be better, and there were some changes made afterwards by the management.",
  "Looking back, it was a good experience, because it showed how important communication and attention to detail are, and I think everyone learned a lot from it.",
].join(" ");

export const IMPROVE_QUESTION = "Tell me about a time you improved a process or the way your team worked.";

/** 43 words: a small real story with owned actions and a concrete result. */
export const SHORT_REAL_IMPROVEMENT = [
  "At the library where I worked part-time, returned books piled up on a trolley for days.",
  "I suggested sorting them by floor as they came in and made labelled boxes for each floor.",
  "Books got back on the shelves much faster after that.",
].join(" ");

/** About 200 words of enthusiasm for improvement, with one raised point and no measured change. */
export const LONG_GENERIC_IMPROVEMENT = [
  "I am always looking for ways to improve things, because I think there is almost always a better way of doing something if you take the time to look for it, and I really enjoy that side of my work.",
  "In my current job there are lots of processes that have been around for a long time and that nobody has really questioned, and I often notice things that could be done more efficiently, whether it is how we file documents, how we run meetings, or how we hand work over between shifts.",
  "For example, there was a process for handling new starters that involved lots of different forms and people, and it was quite confusing for everyone involved, especially the new starters themselves, who often did not know who to ask.",
  "I raised it in a team meeting and there was a general agreement that it could be better, and over time some changes were made to the forms and to who was responsible for what.",
  "It is a good example of how small improvements can make a big difference, and I think people found it easier after that.",
  "Continuous improvement is something I am really passionate about and I would bring that to this role.",
].join(" ");

export const CONFLICT_QUESTION = "Tell me about a time you had a conflict with a teammate. How did you resolve it?";

/** A recipe: cue words ("first", "then", figures) but no story about the question. */
export const RECIPE =
  "Preheat the oven to 180 degrees. Mash three ripe bananas with a fork, then stir in melted butter, sugar, one egg " +
  "and a teaspoon of vanilla. Fold in the flour and baking soda and bake for an hour until golden.";

/** What speech-to-text makes of a room where nobody answered. */
export const NOISE_TRANSCRIPT = "um uh the the so um uh yeah the uh um so the uh hmm uh um the";

/** Keyboard mash. */
export const GIBBERISH = "asdf qwer zxcv hjkl uiop mnbv lkjh poiu";

/** A STAR answer hard-wrapped at the line ends, as pasted from an email: its sentences span line breaks. */
export const WRAPPED_ANSWER = [
  "Last year our support queue was two weeks behind and customers were",
  "complaining daily. My goal was to clear it within a month. I sorted the",
  "tickets by product, wrote replies for the ten commonest questions and",
  "trained two colleagues to use them. The backlog fell from 900 tickets to",
  "under 50 in three weeks.",
].join("\n");
