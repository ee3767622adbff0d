/**
 * Times question selection on the largest profile and job description the forms accept (every field at its limit),
 * the input that makes tokenising and matching work hardest.
 *   npx tsx bench/select-questions.ts [--json]
 * Moved here from lib/practice/questions/select.test.ts, which now checks only what is selected.
 */
import { JOB_DESCRIPTION_MAX_CHARS } from "@/lib/practice/questions/schemas";
import { type QuestionSelectionInput, selectQuestions } from "@/lib/practice/questions/select";
import { PROFILE_LIMITS } from "@/lib/profile/schemas";
import { describeTimings, timeCalls } from "./timing";

// Selection runs once per session start, inside the request; 50 ms keeps it small beside that request's database
// work. (The unit test it came from allowed 500 ms for one cold call, a bound loose enough to catch only runaways.)
const TARGET_MS = 50;
/** `text` repeated until it is exactly `chars` characters long. */
const fill = (text: string, chars: number) => text.repeat(Math.ceil(chars / text.length)).slice(0, chars);

const input: QuestionSelectionInput = {
  type: "mixed",
  count: 10,
  profile: {
    cvText: fill("Kubernetes, SQL, stakeholder workshops. ", PROFILE_LIMITS.cvText),
    targetRole: fill("Staff data engineer ", PROFILE_LIMITS.targetRole),
    goals: fill("Sound confident with executives. ", PROFILE_LIMITS.goals),
  },
  jobDescription: fill("Roadmap discovery stakeholders. ", JOB_DESCRIPTION_MAX_CHARS),
};

const timings = timeCalls(() => selectQuestions(input), { runs: 100 });

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ ...timings, targetMs: TARGET_MS }));
} else {
  console.log(describeTimings("Question selection on maximum-length input", timings, TARGET_MS));
}
