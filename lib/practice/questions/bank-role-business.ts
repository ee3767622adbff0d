/** Role-specific questions for operations, finance and people (HR) roles. */
import { roleSpecificQuestions } from "./define";

export const OPERATIONS_QUESTIONS = roleSpecificQuestions("operations", [
  {
    id: "ops-01",
    text: "How would you map and improve a process that is slow and error-prone, such as order fulfilment?",
    competencies: ["innovation", "ownership"],
    keywords: ["process improvement", "lean", "six sigma", "fulfilment", "process mapping"],
    followUp: "How would you make sure the improvement lasts?",
  },
  {
    id: "ops-02",
    text: "Which metrics would you put on a weekly dashboard for an operations team, and why those?",
    competencies: ["decision_making", "communication"],
    keywords: ["kpis", "sla", "throughput", "dashboard", "operational metrics"],
  },
  {
    id: "ops-03",
    text: "A key supplier tells you they can only deliver half your order this month. Walk me through your response.",
    competencies: ["delivery_under_pressure", "stakeholder_management"],
    keywords: ["supply chain", "supplier", "procurement", "inventory", "logistics"],
    followUp: "What would you change in your supplier strategy afterwards?",
  },
  {
    id: "ops-04",
    text: "How do you decide which work in an operations team to automate and which should stay manual?",
    competencies: ["decision_making", "innovation"],
    keywords: ["automation", "tooling", "workflows", "efficiency", "scale"],
  },
  {
    id: "ops-05",
    text: "How would you plan capacity for a team whose demand spikes unpredictably?",
    competencies: ["prioritisation", "ambiguity"],
    keywords: ["capacity planning", "demand planning", "forecasting", "staffing", "scheduling"],
    followUp: "What would you do on the day a spike exceeds every plan?",
  },
  {
    id: "ops-06",
    text: "How would you roll out a new operating procedure across several sites so that people actually follow it?",
    competencies: ["influence", "communication"],
    keywords: ["sop", "rollout", "training", "change management", "multi-site"],
  },
  {
    id: "ops-07",
    text: "How do you run a review after an operational failure so that it leads to real fixes rather than blame?",
    competencies: ["learning", "ownership"],
    keywords: ["root cause analysis", "incident review", "continuous improvement", "blameless"],
    followUp: "How do you check the actions were done?",
  },
  {
    id: "ops-08",
    text: "You are asked to cut operating costs by 10% without hurting service quality. Where do you start?",
    competencies: ["decision_making", "prioritisation"],
    keywords: ["cost reduction", "efficiency", "operating budget", "vendor management"],
  },
  {
    id: "ops-09",
    text: "How do you keep health-and-safety or compliance standards high when the team is under pressure to move faster?",
    competencies: ["ethics", "delivery_under_pressure"],
    keywords: ["health and safety", "compliance", "risk", "audit"],
    followUp: "Tell me about a time you stopped work for safety or compliance reasons.",
  },
]);

export const FINANCE_QUESTIONS = roleSpecificQuestions("finance", [
  {
    id: "fin-01",
    text: "Walk me through how the three financial statements link together. What happens to each if depreciation rises by ten?",
    competencies: ["communication", "decision_making"],
    keywords: ["financial statements", "accounting", "balance sheet", "cash flow", "p&l"],
  },
  {
    id: "fin-02",
    text: "How would you build a budget for a department that has never had one?",
    competencies: ["ambiguity", "stakeholder_management"],
    keywords: ["budgeting", "planning", "cost centre", "fp&a"],
    followUp: "How would you get the department head to own it?",
  },
  {
    id: "fin-03",
    text: "Actual costs came in 15% over forecast this quarter. How would you explain the variance to leadership?",
    competencies: ["communication", "ownership"],
    keywords: ["variance analysis", "forecast", "management reporting", "fp&a"],
  },
  {
    id: "fin-04",
    text: "How do you build a financial model that someone else can pick up and trust?",
    competencies: ["communication", "ownership"],
    keywords: ["financial modelling", "excel", "assumptions", "scenario analysis"],
    followUp: "What is the worst model error you have found, and how was it caught?",
  },
  {
    id: "fin-05",
    text: "How would you evaluate whether the company should invest in a new product line? Which numbers matter most?",
    competencies: ["decision_making", "stakeholder_management"],
    keywords: ["npv", "irr", "business case", "investment appraisal", "roi"],
  },
  {
    id: "fin-06",
    text: "Walk me through how you would run a month-end close, and how you would make it faster without losing control.",
    competencies: ["delivery_under_pressure", "innovation"],
    keywords: ["month-end close", "reconciliation", "accounting", "erp", "controls"],
    followUp: "Which step would you automate first?",
  },
  {
    id: "fin-07",
    text: "How would you improve a company's cash position over the next six months?",
    competencies: ["prioritisation", "decision_making"],
    keywords: ["cash flow", "working capital", "receivables", "payables", "runway"],
  },
  {
    id: "fin-08",
    text: "A senior manager asks you to reclassify an expense so their budget looks better. What do you do?",
    competencies: ["ethics", "stakeholder_management"],
    keywords: ["financial controls", "compliance", "audit", "ifrs", "gaap"],
    followUp: "What if they insist it is standard practice?",
  },
  {
    id: "fin-09",
    text: "How do you partner with a business leader who sees finance as an obstacle rather than a help?",
    competencies: ["stakeholder_management", "influence"],
    keywords: ["business partnering", "commercial finance", "budget holders"],
  },
  {
    id: "fin-10",
    text: "How would you explain unit economics, such as acquisition cost, lifetime value and payback, to a new board member?",
    competencies: ["communication", "decision_making"],
    keywords: ["unit economics", "ltv", "cac", "saas metrics", "board"],
  },
]);

export const PEOPLE_HR_QUESTIONS = roleSpecificQuestions("people_hr", [
  {
    id: "hr-01",
    text: "How would you design the hiring process for a role the company has never hired for before?",
    competencies: ["ambiguity", "decision_making"],
    keywords: ["recruitment", "hiring", "talent acquisition", "interview process"],
    followUp: "How would you reduce bias in that process?",
  },
  {
    id: "hr-02",
    text: "A manager wants to dismiss an employee quickly after a single incident. How do you advise them?",
    competencies: ["ethics", "stakeholder_management"],
    keywords: ["employee relations", "disciplinary", "employment law", "policy"],
  },
  {
    id: "hr-03",
    text: "Staff turnover has risen sharply in one team. How would you find out why, and what would you do about it?",
    competencies: ["decision_making", "ownership"],
    keywords: ["attrition", "retention", "engagement survey", "exit interviews", "people analytics"],
    followUp: "What if the cause turns out to be the team's manager?",
  },
  {
    id: "hr-04",
    text: "How do you run a fair performance review cycle when managers rate their people very differently?",
    competencies: ["ethics", "decision_making"],
    keywords: ["performance management", "calibration", "performance reviews"],
  },
  {
    id: "hr-05",
    text: "How would you build an onboarding programme that gets new hires productive within their first month?",
    competencies: ["innovation", "mentoring"],
    keywords: ["onboarding", "induction", "employee experience"],
    followUp: "How would you measure whether it worked?",
  },
  {
    id: "hr-06",
    text: "How would you run a pay review when the budget cannot cover every request?",
    competencies: ["prioritisation", "ethics"],
    keywords: ["compensation", "reward", "pay equity", "benchmarking"],
  },
  {
    id: "hr-07",
    text: "How would you measure whether a diversity and inclusion initiative is actually working?",
    competencies: ["ethics", "decision_making"],
    keywords: ["diversity", "inclusion", "dei", "people metrics"],
    followUp: "What would you do if the numbers improved but people's experience did not?",
  },
  {
    id: "hr-08",
    text: "An employee raises a grievance about their manager. Walk me through how you would handle it.",
    competencies: ["conflict", "ethics"],
    keywords: ["grievance", "investigation", "employee relations", "confidentiality"],
  },
  {
    id: "hr-09",
    text: "How do you support managers through a restructure that will lead to redundancies?",
    competencies: ["stakeholder_management", "communication"],
    keywords: ["restructuring", "redundancy", "consultation", "change management"],
    followUp: "How do you look after the people who stay?",
  },
  {
    id: "hr-10",
    text: "How would you design a learning and development programme that managers actually use?",
    competencies: ["learning", "mentoring"],
    keywords: ["learning and development", "training", "l&d", "career development"],
  },
]);
