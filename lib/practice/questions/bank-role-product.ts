/** Role-specific questions for product management, design and project management. */
import { roleSpecificQuestions } from "./define";

export const PRODUCT_MANAGEMENT_QUESTIONS = roleSpecificQuestions("product_management", [
  {
    id: "pm-01",
    text: "How do you decide what goes on your roadmap for the next quarter, and what stays off it?",
    competencies: ["prioritisation", "stakeholder_management"],
    keywords: ["roadmap", "prioritisation", "rice", "okrs", "product strategy"],
  },
  {
    id: "pm-02",
    text: "Walk me through how you would run discovery for a new feature before any design or engineering work starts.",
    competencies: ["customer_focus", "ambiguity"],
    keywords: ["discovery", "user research", "customer interviews", "problem framing"],
    followUp: "What would convince you not to build it at all?",
  },
  {
    id: "pm-03",
    text: "Pick a product you use every day. What would you change about it, and how would you measure whether the change worked?",
    competencies: ["innovation", "customer_focus"],
    keywords: ["product sense", "metrics", "user experience"],
  },
  {
    id: "pm-04",
    text: "Activation among new sign-ups has fallen for three weeks in a row. How do you investigate, and what do you do?",
    competencies: ["ownership", "decision_making"],
    keywords: ["growth", "activation", "funnel", "onboarding", "product analytics"],
    followUp: "Which teams would you pull in, and when?",
  },
  {
    id: "pm-05",
    text: "What makes a good product requirements document? What do you deliberately leave out of yours?",
    competencies: ["communication", "teamwork"],
    keywords: ["prd", "product requirements", "specification", "user stories", "acceptance criteria"],
  },
  {
    id: "pm-06",
    text: "Engineering says a feature will take three months, and sales has promised it to a client for next month. How do you handle it?",
    competencies: ["stakeholder_management", "conflict", "prioritisation"],
    keywords: ["sales", "engineering", "commitments", "trade-off", "client"],
    followUp: "What would you change so this does not happen again?",
  },
  {
    id: "pm-07",
    text: "How would you choose a north-star metric for a subscription fitness app, and which guardrail metrics would sit beside it?",
    competencies: ["decision_making", "customer_focus"],
    keywords: ["north star metric", "kpis", "retention", "subscription", "metrics"],
  },
  {
    id: "pm-08",
    text: "How do you decide that a product is ready to launch, and what would make you delay?",
    competencies: ["decision_making", "delivery_under_pressure"],
    keywords: ["launch", "go-to-market", "beta", "release", "quality"],
    followUp: "Tell me about a launch you delayed, or wish you had.",
  },
  {
    id: "pm-09",
    text: "How do you work with designers and engineers day to day? Where do you add the most value, and where do you stay out of the way?",
    competencies: ["teamwork", "leadership"],
    keywords: ["cross-functional", "agile", "scrum", "squad", "product trio"],
  },
  {
    id: "pm-10",
    text: "How would you decide whether to build, buy or partner for a capability your product is missing?",
    competencies: ["decision_making", "stakeholder_management"],
    keywords: ["build vs buy", "partnerships", "competitive analysis", "product strategy"],
    followUp: "What would make you reverse that decision a year later?",
  },
]);

export const DESIGN_QUESTIONS = roleSpecificQuestions("design", [
  {
    id: "design-01",
    text: "Walk me through one project in your portfolio from problem to shipped design. What changed because of research?",
    competencies: ["customer_focus", "communication"],
    keywords: ["portfolio", "case study", "ux", "user research"],
    followUp: "What would you design differently now?",
  },
  {
    id: "design-02",
    text: "After a round of usability testing you have twenty issues. How do you decide which to fix first?",
    competencies: ["prioritisation", "customer_focus"],
    keywords: ["usability testing", "research synthesis", "severity", "ux research"],
  },
  {
    id: "design-03",
    text: "How would you design the onboarding for a banking app used by people with very different levels of confidence with technology?",
    competencies: ["customer_focus", "ethics"],
    keywords: ["onboarding", "accessibility", "fintech", "mobile", "inclusive design"],
    followUp: "How would you test it with people who rarely take part in research?",
  },
  {
    id: "design-04",
    text: "How do you make sure your designs are accessible? Which standards and checks do you rely on?",
    competencies: ["ethics", "customer_focus"],
    keywords: ["accessibility", "wcag", "inclusive design", "screen reader", "colour contrast"],
  },
  {
    id: "design-05",
    text: "How would you build or evolve a design system so that several product teams actually adopt it?",
    competencies: ["influence", "teamwork"],
    keywords: ["design system", "components", "figma", "consistency", "design tokens"],
    followUp: "How would you handle a team that keeps detaching components?",
  },
  {
    id: "design-06",
    text: "A stakeholder keeps telling you to 'make it pop'. How do you turn that into useful feedback and a decision?",
    competencies: ["stakeholder_management", "communication"],
    keywords: ["design critique", "feedback", "stakeholders", "visual design"],
  },
  {
    id: "design-07",
    text: "How do you work with engineers so that what ships matches the intent of your design?",
    competencies: ["teamwork", "communication"],
    keywords: ["handoff", "developers", "prototyping", "design qa", "figma"],
    followUp: "What do you do when the build differs from your design late in the cycle?",
  },
  {
    id: "design-08",
    text: "How would you show that a redesign improved the experience, beyond people saying they like it?",
    competencies: ["decision_making", "customer_focus"],
    keywords: ["ux metrics", "task success", "analytics", "a/b testing", "usability"],
  },
  {
    id: "design-09",
    text: "Tell me about a design decision you defended with research when others wanted something different.",
    competencies: ["influence", "decision_making"],
    keywords: ["design rationale", "user research", "critique", "evidence"],
    followUp: "Were you right?",
  },
  {
    id: "design-10",
    text: "How would you run a workshop or design sprint to align a team on a fuzzy, poorly defined problem?",
    competencies: ["ambiguity", "leadership"],
    keywords: ["workshop", "design sprint", "facilitation", "service design"],
  },
]);

export const PROJECT_MANAGEMENT_QUESTIONS = roleSpecificQuestions("project_management", [
  {
    id: "proj-01",
    text: "How do you build a plan for a programme that spans several teams and depends on outside suppliers?",
    competencies: ["prioritisation", "stakeholder_management"],
    keywords: ["project plan", "dependencies", "gantt", "critical path", "programme management"],
    followUp: "Which dependency would you watch most closely, and how?",
  },
  {
    id: "proj-02",
    text: "Your project is two weeks behind and the launch date cannot move. Walk me through your options.",
    competencies: ["delivery_under_pressure", "decision_making"],
    keywords: ["schedule", "recovery", "scope", "deadline", "critical path"],
  },
  {
    id: "proj-03",
    text: "How do you identify and track risks on a project? Give me an example of one you caught early.",
    competencies: ["ownership", "decision_making"],
    keywords: ["risk management", "raid log", "risk register", "mitigation"],
    followUp: "Which risk did you miss, and why?",
  },
  {
    id: "proj-04",
    text: "How do you choose between an agile approach and a more plan-driven one for a particular project?",
    competencies: ["decision_making", "ambiguity"],
    keywords: ["agile", "waterfall", "scrum", "kanban", "prince2", "methodology"],
  },
  {
    id: "proj-05",
    text: "How do you handle a sponsor who keeps adding scope without moving the deadline?",
    competencies: ["stakeholder_management", "conflict"],
    keywords: ["scope creep", "change control", "sponsor", "governance"],
    followUp: "What if the sponsor is also your boss's boss?",
  },
  {
    id: "proj-06",
    text: "How do you report project status so that senior people get the truth quickly, including the bad news?",
    competencies: ["communication", "ethics"],
    keywords: ["status reporting", "rag status", "steering committee", "governance"],
  },
  {
    id: "proj-07",
    text: "How do you run a project kick-off so that everyone leaves with the same understanding of goals, roles and what success looks like?",
    competencies: ["communication", "leadership"],
    keywords: ["kick-off", "raci", "roles and responsibilities", "alignment"],
  },
  {
    id: "proj-08",
    text: "Costs on your project are creeping above plan. How do you get the budget back under control?",
    competencies: ["ownership", "decision_making"],
    keywords: ["project budget", "cost control", "forecasting", "earned value"],
    followUp: "When would you go back to the sponsor for more money?",
  },
  {
    id: "proj-09",
    text: "Two projects in your portfolio need the same specialist in the same fortnight. What do you do?",
    competencies: ["prioritisation", "stakeholder_management"],
    keywords: ["resource allocation", "portfolio", "capacity", "pmo"],
  },
  {
    id: "proj-10",
    text: "How do you close a project so that its lessons actually reach the next one?",
    competencies: ["learning", "communication"],
    keywords: ["lessons learned", "retrospective", "project closure", "handover"],
    followUp: "Give me one lesson you carried from one project to another.",
  },
]);
