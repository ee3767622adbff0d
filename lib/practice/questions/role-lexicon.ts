/**
 * Terms that signal a role family, with weights. Job titles weigh most ("product manager"), then tools and methods
 * specific to one family ("kubernetes", "figma"), then broad words ("roadmap", "brand"). A term may point at several
 * families (an engineering manager is both a people leader and an engineer).
 *
 * Longer terms are matched first and consume their words, so "product manager" does not also count as "manager", and
 * "data warehouse" not as the operations "warehouse".
 */
import type { RoleFamily } from "./types";

type Lexicon = Partial<Record<RoleFamily, Record<string, number>>>;

export const ROLE_LEXICON: Lexicon = {
  software_engineering: {
    "software engineer": 6, "software developer": 6, "software engineering": 4, developer: 3, engineer: 2,
    engineering: 1, programmer: 3, programming: 2, backend: 3, "back end": 3, frontend: 3, "front end": 3,
    "full stack": 4, fullstack: 4, devops: 3, sre: 4, "site reliability": 4, "platform engineer": 5,
    "mobile engineer": 5, ios: 2, android: 2, kubernetes: 2, docker: 1.5, microservices: 2, api: 1, apis: 1,
    typescript: 2, javascript: 2, react: 1.5, "node js": 1.5, nodejs: 1.5, java: 2, golang: 2, rust: 2, "c++": 2,
    "c#": 2, ruby: 1.5, rails: 1.5, django: 1.5, aws: 1, gcp: 1, azure: 1, "ci cd": 1.5, terraform: 1.5,
    "distributed systems": 2, "system design": 2, "code review": 1.5, "tech lead": 4, "technical lead": 4,
    architect: 2, "solutions architect": 4, "qa engineer": 5, "test automation": 2, embedded: 2, firmware: 2,
    "security engineer": 5, graphql: 1.5, linux: 1, git: 1, software: 1, "web developer": 6,
    "engineering manager": 3, "head of engineering": 3, cto: 3,
  },
  data: {
    "data engineer": 6, "data scientist": 6, "data analyst": 6, "analytics engineer": 6, "ml engineer": 6,
    "machine learning engineer": 6, "data science": 4, "data engineering": 4, "machine learning": 3, analytics: 2,
    analyst: 2, sql: 2, etl: 3, elt: 3, pipeline: 1.5, "data pipeline": 3, "data warehouse": 3, dbt: 3, airflow: 3,
    spark: 3, kafka: 2, snowflake: 3, bigquery: 3, redshift: 3, databricks: 3, tableau: 2, "power bi": 2, looker: 2,
    statistics: 2, statistical: 2, python: 1, pandas: 2, data: 1, dashboard: 1, experimentation: 1.5,
    "deep learning": 3, nlp: 2, "ai engineer": 5, llm: 2, "data modelling": 3, "business intelligence": 3,
    "bi developer": 5, "data platform": 3,
  },
  product_management: {
    "product manager": 6, "product owner": 5, "product management": 5, "head of product": 6, "product lead": 5,
    "product director": 6, "group product manager": 6, roadmap: 2, "product discovery": 3, discovery: 1.5, prd: 2,
    "user stories": 1, backlog: 1, "product strategy": 3, "product led": 2, growth: 0.5, "product sense": 2,
    "jobs to be done": 2, "product analytics": 2, "feature adoption": 2, product: 0.5,
  },
  design: {
    designer: 4, "product designer": 6, "ux designer": 6, "ui designer": 6, "ux researcher": 6, "user researcher": 6,
    "content designer": 6, "graphic designer": 6, ux: 3, ui: 2, "user experience": 3, "interaction design": 3,
    figma: 3, sketch: 1, prototyping: 2, prototype: 1.5, wireframe: 2, wireframes: 2, usability: 2,
    "user research": 2, "design system": 3, "visual design": 3, accessibility: 1.5, wcag: 2, "graphic design": 4,
    "service design": 3, typography: 2, portfolio: 1, design: 1,
  },
  marketing: {
    marketing: 2, marketer: 4, "marketing manager": 6, "head of marketing": 6, "growth marketing": 5,
    "growth marketer": 6, "product marketing": 5, "content marketing": 4, "performance marketing": 5,
    "email marketing": 3, brand: 2, seo: 3, sem: 2, ppc: 3, "paid social": 3, "paid media": 3, campaign: 2,
    campaigns: 2, copywriter: 4, copywriting: 3, "social media": 2, "demand generation": 4, "demand gen": 4,
    "lead generation": 2, hubspot: 1.5, marketo: 2, positioning: 2, messaging: 1, "go to market": 2, gtm: 2,
    "public relations": 3, influencer: 2, "google ads": 3, "content strategy": 2,
  },
  sales: {
    sales: 3, "account executive": 6, "business development": 4, bdr: 5, sdr: 5, "sales development": 5,
    "sales manager": 6, "sales representative": 6, "enterprise sales": 5, "b2b sales": 5, "inside sales": 5,
    "account manager": 3, quota: 3, "sales pipeline": 3, prospecting: 3, closing: 1.5, "cold calling": 3,
    outbound: 2, negotiation: 1, salesforce: 2, crm: 1, deal: 1.5, meddic: 3, territory: 2, commission: 2,
    "key account": 3, "new business": 2, arr: 1, revenue: 0.5,
  },
  customer_success: {
    "customer success": 6, "customer success manager": 6, csm: 5, "account manager": 2, "customer support": 4,
    "customer service": 4,
    "technical account manager": 6, "implementation manager": 5, "support engineer": 5, support: 1, churn: 2,
    renewal: 2, renewals: 2, retention: 1, nps: 1.5, csat: 2, "customer experience": 2, onboarding: 1,
    zendesk: 3, intercom: 2, helpdesk: 3, tickets: 1.5, escalation: 1, qbr: 3, upsell: 1.5, expansion: 1,
    customer: 0.5,
  },
  operations: {
    operations: 3, "operations manager": 6, "head of operations": 6, ops: 2, "supply chain": 4, logistics: 4,
    warehouse: 1.5, procurement: 3, fulfilment: 3, fulfillment: 3, inventory: 3, "process improvement": 3,
    lean: 2, "six sigma": 3, sla: 1.5, "vendor management": 2, facilities: 3, "business operations": 4,
    "revenue operations": 5, revops: 4, "chief of staff": 4, workflow: 1, "capacity planning": 2,
    "health and safety": 3, manufacturing: 3, "production planning": 3, operational: 1.5, scheduling: 1,
  },
  finance: {
    finance: 3, financial: 2, accountant: 5, accounting: 4, "fp&a": 5, "financial analyst": 6,
    "finance manager": 6, controller: 4, "financial controller": 6, cfo: 5, bookkeeping: 4, audit: 2, auditor: 4,
    tax: 3, budgeting: 2, budget: 1, forecast: 1, "p&l": 2, "balance sheet": 3, "cash flow": 2, ifrs: 3, gaap: 3,
    "month end": 3, reconciliation: 2, "accounts payable": 4, "accounts receivable": 4, treasury: 3, valuation: 2,
    "financial modelling": 4, "financial model": 4, erp: 1, variance: 1.5, cpa: 3, acca: 3, cima: 3,
    "chartered accountant": 5, "investment banking": 4, "private equity": 4,
  },
  people_hr: {
    hr: 4, "human resources": 5, "people partner": 6, "hr business partner": 6, hrbp: 6, recruiter: 5,
    recruitment: 4, recruiting: 3, "talent acquisition": 5, talent: 1.5, "people operations": 5, "people team": 3,
    "employee relations": 4, compensation: 3, benefits: 1.5, reward: 1, payroll: 3, "learning and development": 4,
    "l&d": 4, "employee engagement": 3, engagement: 1, "employment law": 4, cipd: 4, "workforce planning": 3,
    dei: 2, diversity: 1, inclusion: 1, grievance: 3, disciplinary: 3, hiring: 1, hris: 4, workday: 2,
    "head of people": 6,
  },
  project_management: {
    "project manager": 6, "programme manager": 6, "program manager": 6, "project management": 5,
    "delivery manager": 5, "project coordinator": 5, pmo: 5, "scrum master": 5, prince2: 4, pmp: 4,
    "agile coach": 4, project: 1, gantt: 3, "critical path": 3, "raid log": 3, "risk register": 2, milestones: 2,
    waterfall: 2, scrum: 1.5, kanban: 1, jira: 1, "steering committee": 3, "change control": 2,
    "project plan": 3, "programme management": 5, "program management": 5,
  },
  leadership_management: {
    "head of": 3, director: 3, vp: 3, "vice president": 3, "engineering manager": 6, "team lead": 3,
    "team leader": 3, "line manager": 3, "line management": 4, "people manager": 5, "people management": 5,
    "direct reports": 4, "managing a team": 4, "manage a team": 4, "lead a team": 3, "leading a team": 3,
    leadership: 1.5, manager: 1, "senior leadership": 2, "general manager": 5, "managing director": 5,
    founder: 2, "org design": 2, headcount: 2, cto: 5, ceo: 4, coo: 4, cfo: 3, "head of product": 3,
    "head of engineering": 6, "head of marketing": 3, "head of operations": 3, "head of people": 3,
  },
};
