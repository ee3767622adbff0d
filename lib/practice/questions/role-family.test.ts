import { describe, expect, it } from "vitest";
import { inferRoleFamilies } from "./role-family";

const first = (text: string) => inferRoleFamilies(text)[0]?.family;

describe("inferRoleFamilies", () => {
  it.each([
    ["Senior Backend Engineer (Go, Kubernetes)", "software_engineering"],
    ["Product Manager, Growth", "product_management"],
    ["Account Executive", "sales"],
    ["Data Engineer", "data"],
    ["Senior Data Scientist – machine learning", "data"],
    ["Lead UX Designer", "design"],
    ["Performance Marketing Manager", "marketing"],
    ["Customer Success Manager", "customer_success"],
    ["Operations Manager, Logistics", "operations"],
    ["Financial Analyst (FP&A)", "finance"],
    ["HR Business Partner", "people_hr"],
    ["Senior Programme Manager", "project_management"],
    ["Engineering Manager", "leadership_management"],
  ])("reads %s as %s first", (title, family) => {
    expect(first(title)).toBe(family);
  });

  it("returns general for empty, blank or unrecognised text", () => {
    for (const text of ["", "   \n", "Astronaut"]) {
      expect(inferRoleFamilies(text)).toEqual([{ family: "general", weight: 1 }]);
    }
  });

  it("keeps the craft alongside leadership for an engineering manager", () => {
    expect(inferRoleFamilies("Engineering Manager").map((entry) => entry.family)).toEqual([
      "leadership_management",
      "software_engineering",
    ]);
  });

  it("does not count the words of a longer title twice ('product manager' is not a people manager)", () => {
    expect(inferRoleFamilies("Product Manager")).toEqual([{ family: "product_management", weight: 1 }]);
  });

  it("does not read a data warehouse as an operations warehouse", () => {
    expect(inferRoleFamilies("Build our data warehouse").map((entry) => entry.family)).toEqual(["data"]);
  });

  it("reads a realistic job description by its strongest signals", () => {
    const jd = `We're looking for a Data Engineer to design and own batch and streaming pipelines (Airflow, dbt,
      Snowflake, Kafka). You'll partner with stakeholders in finance and marketing to model data for reporting.`;
    const families = inferRoleFamilies(jd);
    expect(families[0]?.family).toBe("data");
    expect(families[0]?.weight).toBeGreaterThan(0.7);
  });

  it("returns weights that sum to about 1, strongest first", () => {
    const families = inferRoleFamilies("Head of Marketing; brand, SEO and paid social; manage a team of six");
    const total = families.reduce((sum, entry) => sum + entry.weight, 0);
    expect(total).toBeCloseTo(1, 2);
    expect(families.map((entry) => entry.weight)).toEqual([...families.map((entry) => entry.weight)].sort((a, b) => b - a));
    expect(families[0]?.family).toBe("marketing");
  });

  it("matches regardless of case, plurals and spelling", () => {
    expect(first("KUBERNETES platforms and MICROSERVICE apis")).toBe("software_engineering");
    expect(first("recruiters, talent acquisition")).toBe("people_hr");
  });

  it("gives the same answer every time", () => {
    const text = "Technical Account Manager, enterprise SaaS";
    expect(inferRoleFamilies(text)).toEqual(inferRoleFamilies(text));
  });
});
