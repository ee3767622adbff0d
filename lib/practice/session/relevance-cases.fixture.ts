/**
 * Realistic answers to bank questions, one clear on-topic story per question, for the relevance tests: each answer is
 * on topic for its own question and off topic for the others, so the cases double as off-topic pairs.
 */

export type RelevanceCase = { questionId: string; answer: string };

export const RELEVANCE_CASES: readonly RelevanceCase[] = [
  {
    // The story from issue #11 that scored 15/100 for relevance.
    questionId: "beh-delivery-under-pressure-07",
    answer:
      "Last March I was the on-call engineer for our payments platform when checkout started failing for about a " +
      "third of customers on a Friday evening. My job was to stop the damage and find out what had happened. I " +
      "checked the dashboards, saw that the errors began ten minutes after a release, and I rolled that release " +
      "back, which brought the error rate down within fifteen minutes. Then I traced the cause to a database " +
      "migration that had locked the orders table under load. I kept the support team updated every twenty minutes " +
      "on our status channel. The next day I wrote the postmortem and proposed two changes: migrations now run in a " +
      "separate step with a lock timeout, and we added an alert on checkout errors. Since then we have not had a " +
      "repeat, and our time to detect problems fell from twenty minutes to three.",
  },
  {
    questionId: "beh-conflict-01",
    answer:
      "In my previous team a senior colleague and I disagreed about how to rebuild our reporting service. He wanted " +
      "to rewrite it from scratch; I thought we should refactor it piece by piece because customers depended on it " +
      "every day. The argument started to stall the work and the rest of the team was waiting on us. I asked him for " +
      "a one-to-one and listened to his reasons before I gave mine. We found we both cared most about reliability, so " +
      "I suggested we each write down the risks of both approaches and test the riskiest part in a two-week spike. " +
      "The spike showed the rewrite would take twice as long as he thought. He agreed to the incremental plan, and we " +
      "presented it together to our manager. We delivered the first phase a month early and we still work well together.",
  },
  {
    questionId: "beh-prioritisation-01",
    answer:
      "When our team lead left, I inherited her work on top of mine and suddenly had twelve open requests and time " +
      "for only half of them. I had to decide what to drop without letting anyone important down. I listed every " +
      "request with its deadline, its value to customers and the effort it needed, and I ranked them on a simple " +
      "impact versus effort grid. I then met my manager, showed her the list and agreed that four low-value reports " +
      "would be dropped and two requests moved to the next quarter. I told each requester personally why their work " +
      "was paused and when it would come back. As a result, I delivered the six most important pieces on time, " +
      "including the pricing analysis the sales team needed for a major renewal, and nobody escalated the dropped items.",
  },
  {
    questionId: "beh-customer-focus-07",
    answer:
      "One of our largest clients, a logistics firm, threatened to cancel their contract after three failed " +
      "deliveries of our software update. I was their account manager, so it was my responsibility to win back their " +
      "trust before the renewal in two months. I visited their operations director in person, apologised and asked " +
      "her to walk me through exactly how the failures had hurt her team. I then set up a weekly call between our " +
      "engineers and her staff, and I sent her a written progress note every Friday. I also arranged early access to " +
      "a feature her team had asked for. Within six weeks the problems were fixed, they renewed for three years, and " +
      "the director later agreed to be a reference customer and spoke at our user conference.",
  },
  {
    questionId: "beh-mentoring-01",
    answer:
      "When a graduate analyst joined my team, she was bright but nervous about presenting her work and rarely spoke " +
      "in meetings. As her mentor, I wanted her to be confident enough to lead a client review within six months. I " +
      "set up weekly one-to-one sessions where we agreed one goal for each week. I coached her through her first " +
      "presentations by rehearsing them with her and giving specific feedback on structure rather than general " +
      "praise. I also gave her ownership of a small piece of client work so she had something real to talk about. By " +
      "the end of the six months she ran the quarterly review on her own, the client asked for her by name, and she " +
      "was promoted a year ahead of the usual timeline.",
  },
  {
    questionId: "beh-failure-01",
    answer:
      "Two years ago I led a project to launch a self-service portal for our small business customers. We spent five " +
      "months building it, but after launch only about two percent of customers used it, and we shut it down after a " +
      "quarter. My part in the failure was that I never tested the idea with real customers before we built it; I " +
      "relied on what the sales team told me. When the numbers came in I ran twelve interviews myself and found that " +
      "customers preferred to phone us because their questions were too specific for a portal. I wrote up what went " +
      "wrong and shared it with the wider team. The lesson I took is to test demand with a cheap prototype first, and " +
      "on my next project that approach saved us about three months of wasted work.",
  },
  {
    questionId: "beh-stakeholder-management-02",
    answer:
      "I was running the migration of our HR system when the vendor told us that one module would arrive six weeks " +
      "late. The board had been promised a go-live date in April, so I had to reset expectations with the finance " +
      "director, the head of HR and the board sponsor. I first worked out a revised plan with two options: go live in " +
      "April with a reduced scope, or move the whole launch to June. I met each stakeholder individually to explain " +
      "the change, the risks of each option and what I recommended. I then sent a short written summary so everyone " +
      "had the same facts. They agreed to the reduced scope in April. We went live on the original date, the " +
      "remaining module followed in June, and the sponsor told me it was the first delay that had not caused an escalation.",
  },
  {
    questionId: "beh-learning-01",
    answer:
      "When I moved from marketing into a product analyst role, I had three weeks before I was expected to run our " +
      "weekly reporting in SQL, which I had never written. I set myself a plan: an online course each morning, then " +
      "an hour every afternoon rewriting one of our existing reports myself. I asked a data engineer to review my " +
      "queries twice a week and kept a notebook of every mistake she found. By the second week I was answering small " +
      "questions from the sales team on my own. By the end of the month I had taken over the weekly report " +
      "completely, cut the time it took from a day to two hours by rewriting the slowest queries, and I now teach the " +
      "SQL basics session for new joiners.",
  },
];

/** A well-told story that answers none of the bank's questions in particular. */
export const UNRELATED_STORY =
  "Last summer I organised our office's first charity fun run to raise money for a local hospice. I booked the " +
  "park, designed the route with a colleague who runs marathons, and I set up an online page where people could " +
  "sign up and donate. I wrote a short weekly newsletter to build interest and I persuaded the canteen to give free " +
  "breakfast to everyone who finished. On the day ninety people ran, including the managing director in fancy " +
  "dress, and we raised four thousand pounds, twice our target. The hospice has asked us to make it a yearly event " +
  "and I have already booked the park for next June.";

/** Further on-topic answers, told differently from the cases above, for questions of other kinds too. */
export const MORE_ON_TOPIC: readonly RelevanceCase[] = [
  {
    questionId: "beh-delivery-under-pressure-07",
    answer:
      "In my first year as a data engineer our nightly pipeline broke and the finance dashboards showed revenue at " +
      "zero on the morning of a board meeting. I was the person on call that week, so I owned the fix. I checked the " +
      "job logs, found that an upstream team had renamed a column without warning, and I patched our transformation " +
      "to handle both names. Then I reran the load and checked the totals against the source system before I told " +
      "the finance lead the numbers were safe, about ninety minutes after the first alert. Afterwards I ran the " +
      "post-incident review. We added schema tests to every source table and agreed a change notice with the " +
      "upstream team. In the year since, the dashboards have not gone wrong once.",
  },
  {
    questionId: "sales-01",
    answer:
      "In my current role I sell payroll software to firms of fifty to five hundred staff. My process starts with " +
      "prospecting: I research companies that are hiring fast, because their payroll pain grows with headcount, and I " +
      "send a short, specific email to the finance director. On the discovery call I ask how they run payroll today, " +
      "what goes wrong at month end and who signs off a purchase. If there is a real problem and a budget, I run a " +
      "demo built on their own scenarios and send a written proposal within two days. I bring in legal early so " +
      "the contract does not stall at the end. Last year that process gave me a win rate of thirty percent on " +
      "qualified deals, and I closed 118 percent of my quota.",
  },
  {
    questionId: "beh-teamwork-07",
    answer:
      "My last project team was split between London, Bangalore and Austin, so there was only one hour a day when " +
      "everyone was awake. Decisions kept waiting a day for someone on the other side of the world, and people felt " +
      "left out. I was the project lead, so I changed how we worked: I moved status updates into a written async " +
      "thread each morning, kept the one shared hour for decisions only, and rotated the time of our fortnightly " +
      "review so the same people were not always joining at midnight. I also recorded every demo for whoever missed " +
      "it. Within a month decisions that used to take two days took one, and in the next survey everyone in the " +
      "distributed team said they felt included.",
  },
];
