/**
 * Example answers for the scoring tests, written for them: one per kind of answer the rubric must tell apart.
 * Sentence numbers in the comments are the indexes the tests assert on.
 */

/** All four parts, first person, quantified result and a reflection. */
export const STRONG_ANSWER = [
  "Last year I was a backend engineer at Finlo, a payments startup, and our checkout page was timing out for about 8% of customers during peak hours.", // 0 S
  "My goal was to bring the error rate under 1% before the Black Friday sale, which was six weeks away.", // 1 T
  "First, I analysed two weeks of logs and traced most timeouts to a single slow database query.", // 2 A
  "I rewrote the query, added an index, and introduced a Redis cache for the product catalogue.", // 3 A
  "Then I set up a load test that replayed Black Friday traffic from the previous year, and I fixed two more bottlenecks it exposed.", // 4 A
  "I also wrote a runbook and walked the on-call team through it.", // 5 A
  "As a result, checkout errors dropped from 8% to 0.4%, and page load time fell from 3.2 seconds to 900 ms.", // 6 R
  "We processed a record $2.1M on Black Friday with no outages, and I learned to load-test before every major release.", // 7 R
].join(" ");

/** Situation, owned actions and a concrete but unquantified result; no task. */
export const PARTIAL_ANSWER = [
  "At my previous job our team had a tight deadline for a client demo and the build kept breaking.", // 0 S
  "I organised daily stand-ups and I split the work into smaller tasks so everyone knew what to do.", // 1 A
  "I also paired with the junior developer on the hardest feature.", // 2 A
  "In the end we delivered the demo on time and the client signed the contract.", // 3 R
].join(" ");

/** Short, no actions, vague result. */
export const WEAK_ANSWER = "We had a project with a lot of problems. It went well in the end. Everyone was happy.";

/** A complete story told entirely as "we". */
export const WE_ANSWER = [
  "Our team was behind on a big release for a retail client.", // 0 S
  "We needed to ship the new billing system in a month.", // 1 T
  "We split the work between us, we built the API and we tested everything together.", // 2 A
  "We fixed the bugs and we deployed it over a weekend.", // 3 A
  "In the end the release went well and the client was happy.", // 4 R
].join(" ");

/** WE_ANSWER with the candidate's own part told as "I". */
export const I_VERSION_OF_WE_ANSWER = WE_ANSWER.replace(/\bOur team was\b/, "My team was")
  .replace(/\bWe needed\b/, "I needed")
  .replace(/\b[Ww]e (split|built|tested|fixed|deployed)\b/g, "I $1");

/** Situation, task and actions, then it stops. */
export const NO_RESULT_ANSWER = [
  "When I was working at a logistics company, our delivery tracking system kept crashing during the holiday season.", // 0 S
  "I was asked to find the cause and fix it before the peak week.", // 1 T
  "I analysed the crash reports and found a memory leak in the notification service.", // 2 A
  "I rewrote the service to stream events instead of loading them all, and I added monitoring alerts so we would catch it early.", // 3 A
].join(" ");

/** Context and nothing else. */
export const ALL_SITUATION_ANSWER = [
  "At my last company I worked in the finance department as an analyst.",
  "The department had about twenty people and three managers.",
  "We used a lot of spreadsheets and an old reporting system from 2009.",
  "There were many problems with the data quality, and the reports were often late.",
  "The managers were always busy and there was a lot of pressure at the end of every quarter.",
].join(" ");

/** A great, quantified result with no account of what the candidate did. */
export const RESULT_NO_ACTION_ANSWER = [
  "Our online store had a slow checkout.", // 0 S
  "In the end, conversions rose by 25% and revenue grew by $1.2M in one quarter.", // 1 R
  "The client was thrilled and renewed the contract for three more years.", // 2 R
].join(" ");

/** From the product issue: non-native English, present tense, "more fast". */
export const NON_NATIVE_ANSWER =
  "In my last company I was responsible to migrate the database. I make a plan and I was talking with the team every day. After we finish, the speed was 40% more fast.";

/** Opens with the result as a headline, then tells the story. */
export const HEADLINE_ANSWER = [
  "I cut our AWS bill by 40% last year.", // 0 R (headline)
  "At the time I was the only DevOps engineer at a fintech startup, and costs were growing 10% a month.", // 1 S
  "My manager asked me to find savings without hurting reliability.", // 2 T
  "I audited every service, I moved batch jobs to spot instances and I deleted unused volumes.", // 3 A
].join(" ");

/** A bulleted answer with explicit part labels. */
export const LABELLED_LIST_ANSWER = [
  "- Situation: our app was slow and customers complained",
  "- Task: I had to fix it before launch",
  "1. I profiled the app",
  "2) I cached the queries",
  "",
  "Result: load time fell 50%",
].join("\n");

/** Dictated with no punctuation at all. */
export const UNPUNCTUATED_ANSWER =
  "so at my last job we had a big problem with the reports they were always late and my manager asked me to fix it so i looked at the pipeline and i found that the export ran at night and then i moved it to run every hour and as a result the reports were on time every day and the team saved like ten hours a week";
