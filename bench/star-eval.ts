/**
 * How well the rubric engine agrees with human labels on bench/eval/star-answers.json: for every pair of answers to
 * the same question with different labels, does the engine's overall score order them as the labels do? Printed
 * overall, on length-matched pairs (the weaker answer at least 80% as long as the stronger) and on pairs where the
 * weaker answer is the longer one, so a score that rewards sheer length shows up. Also prints how the
 * insufficient-evidence cases (empty, non-answer, unintelligible, off-topic) are handled.
 *   npm run bench:star-eval [-- --verbose] [-- --json]
 * Figures only: nothing here asserts, and nothing is timed.
 */
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import type { StarScore } from "@/lib/scoring/star-schema";
import { countWords } from "@/lib/scoring/text-stats";
import evalSet from "./eval/star-answers.json";

type EvalAnswer = (typeof evalSet.answers)[number];
type Judged = {
  id: string;
  question: string;
  label: number;
  split: string;
  words: number;
  overall: number;
  insufficient: string | null;
};

/** The minimum length ratio (weaker / stronger) for a pair to count as length-matched. */
const LENGTH_MATCHED_RATIO = 0.8;

/** The engine's reason for declining to score, on engines that have one; null otherwise. */
function insufficientReason(score: StarScore): string | null {
  const outcome = (score as { insufficientEvidence?: { reason: string } | null }).insufficientEvidence;
  return outcome ? outcome.reason : null;
}

function judge(a: EvalAnswer): Judged {
  const score = scoreStarAnswer(a.answer, a.question);
  return {
    id: a.id,
    question: a.question,
    label: typeof a.label === "number" ? a.label : 0,
    split: a.split,
    words: countWords(a.answer),
    overall: score.overall,
    insufficient: insufficientReason(score),
  };
}

/** The engine's rank for an answer: a declined answer ranks below every scored one. */
const rank = (j: Judged) => (j.insufficient ? -1 : j.overall);

type Tally = { pairs: number; agree: number; ties: number };
const emptyTally = (): Tally => ({ pairs: 0, agree: 0, ties: 0 });

/** Agreement as a percentage, a tie counting half (the engine could not tell the two apart). */
const agreement = (t: Tally) => (t.pairs === 0 ? Number.NaN : (100 * (t.agree + t.ties / 2)) / t.pairs);

function comparePairs(judged: Judged[]) {
  const all = emptyTally();
  const matched = emptyTally();
  const weakerLonger = emptyTally();
  const disagreements: string[] = [];
  for (let i = 0; i < judged.length; i++) {
    for (let k = i + 1; k < judged.length; k++) {
      const x = judged[i] as Judged;
      const y = judged[k] as Judged;
      if (x.question !== y.question || x.label === y.label) continue;
      const [stronger, weaker] = x.label > y.label ? [x, y] : [y, x];
      const diff = rank(stronger) - rank(weaker);
      const tallies = [all];
      if (weaker.words >= LENGTH_MATCHED_RATIO * stronger.words) tallies.push(matched);
      if (weaker.words > stronger.words) tallies.push(weakerLonger);
      for (const t of tallies) {
        t.pairs++;
        if (diff > 0) t.agree++;
        else if (diff === 0) t.ties++;
      }
      if (diff <= 0) {
        disagreements.push(
          `  ${stronger.id} (label ${stronger.label}, ${stronger.words} words) scored ${rank(stronger)} ≤ ` +
            `${weaker.id} (label ${weaker.label}, ${weaker.words} words) scored ${rank(weaker)}`,
        );
      }
    }
  }
  return { all, matched, weakerLonger, disagreements };
}

const graded = evalSet.answers.filter((a) => typeof a.label === "number").map(judge);
const insufficientCases = evalSet.answers.filter((a) => a.label === "insufficient");
const { all, matched, weakerLonger, disagreements } = comparePairs(graded);
// The held-out answers were written after the engine was tuned on the others: their figures show whether the tuning
// generalises or only fits the answers it was tuned on.
const holdout = comparePairs(graded.filter((j) => j.split === "holdout"));

const insufficientRows = insufficientCases.map((a) => {
  const j = judge(a);
  const expected = "expectedReason" in a ? String(a.expectedReason) : "";
  return { id: a.id, expected, got: j.insufficient, overall: j.overall, handled: j.insufficient !== null };
});
const falseDeclines = graded.filter((j) => j.insufficient !== null);

const fmt = (t: Tally) => `${agreement(t).toFixed(1)}% of ${t.pairs} pairs (${t.ties} ties)`;
const summary = {
  answers: graded.length,
  questions: new Set(graded.map((j) => j.question)).size,
  overall: { ...all, agreementPct: agreement(all) },
  lengthMatched: { ...matched, agreementPct: agreement(matched) },
  weakerLonger: { ...weakerLonger, agreementPct: agreement(weakerLonger) },
  holdout: {
    overall: { ...holdout.all, agreementPct: agreement(holdout.all) },
    lengthMatched: { ...holdout.matched, agreementPct: agreement(holdout.matched) },
    weakerLonger: { ...holdout.weakerLonger, agreementPct: agreement(holdout.weakerLonger) },
  },
  insufficient: {
    cases: insufficientRows.length,
    declined: insufficientRows.filter((r) => r.handled).length,
    reasonMatches: insufficientRows.filter((r) => r.got === r.expected).length,
    scoredAnswersDeclined: falseDeclines.length,
  },
};

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(summary));
} else {
  console.log(`Rubric engine vs labels: ${summary.answers} graded answers to ${summary.questions} questions.`);
  console.log(`  Pairwise agreement, all pairs:            ${fmt(all)}`);
  console.log(`  Length-matched pairs (weaker ≥ 80% long): ${fmt(matched)}`);
  console.log(`  Pairs where the weaker answer is longer:  ${fmt(weakerLonger)}`);
  console.log(`  Of which held out (not used for tuning): all ${fmt(holdout.all)};`);
  console.log(`    length-matched ${fmt(holdout.matched)}; weaker longer ${fmt(holdout.weakerLonger)}`);
  const s = summary.insufficient;
  console.log(
    `Insufficient evidence: ${s.declined}/${s.cases} cases declined (${s.reasonMatches} with the expected reason); ` +
      `${s.scoredAnswersDeclined} graded answers wrongly declined.`,
  );
  for (const r of insufficientRows) {
    console.log(`  ${r.id.padEnd(26)} expected ${r.expected.padEnd(15)} got ${r.got ?? `a score of ${r.overall}`}`);
  }
  for (const j of falseDeclines) console.log(`  wrongly declined: ${j.id} (${j.insufficient})`);
  if (process.argv.includes("--verbose")) {
    console.log("Scores:");
    for (const j of graded) console.log(`  ${j.id.padEnd(34)} label ${j.label}  ${String(j.words).padStart(3)} words  score ${j.overall}`);
    console.log(`Disagreements (${disagreements.length}):`);
    for (const d of disagreements) console.log(d);
  }
}
