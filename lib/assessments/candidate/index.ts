/** The candidate's side of assessments: one service per candidate route (see app/api/assessment/[token]). */
import "server-only";
export { viewCandidateLink, type CandidateLinkView } from "./view-service";
export { startAttempt, type StartedAttempt } from "./start-service";
export { getCandidateAttempt, type CandidateAttemptView } from "./attempt-service";
export { answerCandidateQuestion } from "./answer-service";
export { startCandidateQuestion, type StartedQuestion } from "./question-start-service";
export { recordProctoringEvents } from "./events-service";
export { submitCandidateAttempt } from "./submit-service";
export { getCandidateReceipt, type CandidateReceipt } from "./receipt-service";
export { CANDIDATE_ALLOWANCES } from "./allowances";
export { deviceCookieHeaders, deviceSecretFrom } from "./device-cookie";
