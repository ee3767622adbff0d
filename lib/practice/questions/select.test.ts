import { describe, expect, it } from "vitest";
import { getBankQuestion } from "./bank";
import { type QuestionSelectionInput, selectQuestions } from "./select";

const dataEngineer: QuestionSelectionInput = {
  type: "mixed",
  count: 6,
  profile: {
    targetRole: "Data Engineer",
    cvText: "Four years building Airflow and dbt pipelines on Snowflake. Python and SQL. On call for the data platform.",
    goals: "Sound more confident in interviews.",
  },
  jobDescription:
    "We are hiring a data engineer to build reliable batch and streaming pipelines and to work closely with " +
    "stakeholders in finance and marketing who rely on our reporting.",
};

const ids = (input: QuestionSelectionInput) => selectQuestions(input).map((q) => q.id);
const families = (id: string) => getBankQuestion(id)?.roleFamilies ?? [];

describe("selectQuestions", () => {
  it("returns the identical selection for the identical input", () => {
    expect(selectQuestions(dataEngineer)).toEqual(selectQuestions(dataEngineer));
    const copy = { ...dataEngineer, profile: { ...dataEngineer.profile } };
    expect(selectQuestions(copy)).toEqual(selectQuestions(dataEngineer));
  });

  it.each([3, 10])("returns exactly %i questions for every interview type", (count) => {
    for (const type of ["behavioural", "role_specific", "mixed"] as const) {
      expect(selectQuestions({ ...dataEngineer, type, count })).toHaveLength(count);
      expect(selectQuestions({ type, count, profile: {} })).toHaveLength(count);
    }
  });

  it("never repeats a question", () => {
    for (const type of ["behavioural", "role_specific", "mixed"] as const) {
      const chosen = ids({ ...dataEngineer, type, count: 10 });
      expect(new Set(chosen).size).toBe(chosen.length);
    }
  });

  it("returns only behavioural questions for a behavioural session", () => {
    const chosen = selectQuestions({ ...dataEngineer, type: "behavioural", count: 10 });
    expect(chosen.every((q) => q.kind === "behavioural")).toBe(true);
  });

  it("returns only role-specific questions for a role-specific session", () => {
    const chosen = selectQuestions({ ...dataEngineer, type: "role_specific", count: 10 });
    expect(chosen.every((q) => q.kind === "role_specific")).toBe(true);
  });

  it("splits a mixed session about evenly, behavioural questions first", () => {
    for (const count of [3, 6, 7, 10]) {
      const kinds = selectQuestions({ ...dataEngineer, count }).map((q) => q.kind);
      const behavioural = Math.ceil(count / 2);
      const expected = [...Array(behavioural).fill("behavioural"), ...Array(count - behavioural).fill("role_specific")];
      expect(kinds).toEqual(expected);
    }
  });

  it("gives a data engineer data questions and a stakeholder-management question", () => {
    const chosen = selectQuestions(dataEngineer);
    const roleQuestions = chosen.filter((q) => q.kind === "role_specific");
    expect(roleQuestions.length).toBeGreaterThan(0);
    expect(roleQuestions.every((q) => families(q.id).includes("data"))).toBe(true);
    expect(chosen.some((q) => q.competencies[0] === "stakeholder_management")).toBe(true);
    expect(chosen.some((q) => /stakeholders?'/.test(q.reason))).toBe(true);
    expect(chosen.some((q) => q.reason.includes("'pipelines' in the job description"))).toBe(true);
  });

  it("puts a conflict question first when the goals mention conflict", () => {
    for (const type of ["behavioural", "mixed"] as const) {
      const profile = { ...dataEngineer.profile, goals: "I avoid conflict at work" };
      const [first] = selectQuestions({ type, count: 5, profile });
      expect(first?.competencies[0]).toBe("conflict");
      expect(first?.reason).toContain("your goals mention ('conflict')");
    }
  });

  it("spreads questions across primary competencies before repeating one", () => {
    const profile = { goals: "conflict, conflict and more conflict" };
    const chosen = selectQuestions({ type: "behavioural", count: 10, profile });
    const primaries = chosen.map((q) => q.competencies[0]);
    expect(new Set(primaries).size).toBe(primaries.length);
  });

  it("keeps role-specific questions in the inferred family, topping up with general ones when it runs short", () => {
    const backendRole = { targetRole: "Senior Backend Engineer (Go, Kubernetes)" };
    const backend = selectQuestions({ type: "role_specific", count: 10, profile: backendRole });
    expect(backend.every((q) => families(q.id).includes("software_engineering"))).toBe(true);
    const operations = selectQuestions({ type: "role_specific", count: 10, profile: { targetRole: "Operations Manager" } });
    const [generalTopUp, ...rest] = [...operations].reverse();
    expect(rest.every((q) => families(q.id).includes("operations"))).toBe(true);
    expect(families(generalTopUp?.id ?? "")).toEqual(["general"]);
  });

  it("ranks the questions that match the job description's tools first", () => {
    const [first] = selectQuestions({
      type: "role_specific",
      count: 3,
      profile: { targetRole: "Software Engineer" },
      jobDescription: "You will own our Kubernetes deployment pipeline, CI/CD and feature flags.",
    });
    expect(first?.id).toBe("swe-07");
    expect(first?.reason).toMatch(/Matches '.+' in the job description/);
  });

  it("explains every choice in a non-empty reason", () => {
    for (const input of [dataEngineer, { type: "mixed" as const, count: 10, profile: {} }]) {
      for (const q of selectQuestions(input)) expect(q.reason.trim().length).toBeGreaterThan(10);
    }
  });

  it("gives an empty profile a general set: classic behavioural questions and general role questions", () => {
    const chosen = selectQuestions({ type: "mixed", count: 6, profile: {} });
    expect(chosen).toHaveLength(6);
    expect(chosen.filter((q) => q.kind === "behavioural").every((q) => families(q.id).includes("any"))).toBe(true);
    expect(chosen.filter((q) => q.kind === "role_specific").every((q) => families(q.id).includes("general"))).toBe(true);
    expect(chosen.find((q) => q.kind === "role_specific")?.id).toMatch(/^gen-0[12]$/);
    const blank = { type: "mixed" as const, count: 6, profile: { cvText: null, goals: "  " }, jobDescription: "" };
    expect(selectQuestions(blank)).toEqual(chosen);
  });

  it("gives different profiles different but relevant selections", () => {
    const sales = selectQuestions({ type: "role_specific", count: 5, profile: { targetRole: "Account Executive" } });
    const design = selectQuestions({ type: "role_specific", count: 5, profile: { targetRole: "Product Designer" } });
    expect(sales.map((q) => q.id)).not.toEqual(design.map((q) => q.id));
    expect(sales.every((q) => families(q.id).includes("sales"))).toBe(true);
    expect(design.every((q) => families(q.id).includes("design"))).toBe(true);
    const pmProfile = { targetRole: "Product Manager", goals: "influencing executives" };
    const nurseProfile = { goals: "staying calm under pressure and honest with patients" };
    const pm = ids({ type: "behavioural", count: 5, profile: pmProfile });
    const nurse = ids({ type: "behavioural", count: 5, profile: nurseProfile });
    expect(pm).not.toEqual(nurse);
  });

  it("offers family-flavoured behavioural questions only to candidates in those families", () => {
    const chosen = ids({ type: "behavioural", count: 10, profile: { targetRole: "Account Executive" } });
    for (const id of chosen) expect(families(id).some((family) => family === "any" || family === "sales")).toBe(true);
    const engineer = ids({ type: "behavioural", count: 10, profile: { targetRole: "Backend Engineer" } });
    expect(engineer).not.toContain("beh-failure-07");
  });

  it("starts a longer behavioural session with the questions of a shorter one", () => {
    const short = ids({ ...dataEngineer, type: "behavioural", count: 3 });
    expect(ids({ ...dataEngineer, type: "behavioural", count: 10 }).slice(0, 3)).toEqual(short);
  });

  it("rejects a count outside 3 to 10", () => {
    expect(() => selectQuestions({ type: "mixed", count: 2, profile: {} })).toThrow(RangeError);
    expect(() => selectQuestions({ type: "mixed", count: 11, profile: {} })).toThrow(RangeError);
    expect(() => selectQuestions({ type: "mixed", count: 4.5, profile: {} })).toThrow(RangeError);
  });

  // How long this takes is measured by bench/select-questions.ts, not asserted here.
  it("picks a full session from maximum-length input", () => {
    const chosen = selectQuestions({
      type: "mixed",
      count: 10,
      profile: {
        cvText: "Kubernetes, SQL, stakeholder workshops. ".repeat(500).slice(0, 20_000),
        targetRole: "x".repeat(120),
        goals: "g ".repeat(1_000),
      },
      jobDescription: "Roadmap discovery stakeholders. ".repeat(400).slice(0, 10_000),
    });
    expect(chosen).toHaveLength(10);
    expect(new Set(chosen.map((q) => q.id)).size).toBe(10);
  });
});
