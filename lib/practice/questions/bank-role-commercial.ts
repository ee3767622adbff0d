/** Role-specific questions for marketing, sales and customer success roles. */
import { roleSpecificQuestions } from "./define";

export const MARKETING_QUESTIONS = roleSpecificQuestions("marketing", [
  {
    id: "mkt-01",
    text: "How would you plan the go-to-market for a new product aimed at small businesses, on a modest budget?",
    competencies: ["prioritisation", "innovation"],
    keywords: ["go-to-market", "launch", "positioning", "smb", "marketing budget"],
    followUp: "Which channel would you bet on first, and why?",
  },
  {
    id: "mkt-02",
    text: "How do you split a marketing budget across channels, and when would you move money from one to another?",
    competencies: ["decision_making", "prioritisation"],
    keywords: ["channel mix", "paid media", "roi", "attribution", "marketing budget"],
  },
  {
    id: "mkt-03",
    text: "Cost per acquisition on paid social has doubled in two months. Walk me through how you would diagnose it.",
    competencies: ["ownership", "decision_making"],
    keywords: ["cac", "paid social", "performance marketing", "ads", "conversion rate"],
    followUp: "What would you stop spending on tomorrow?",
  },
  {
    id: "mkt-04",
    text: "How would you develop positioning and messaging for a product entering a crowded market?",
    competencies: ["customer_focus", "innovation"],
    keywords: ["positioning", "messaging", "brand", "competitors", "product marketing"],
  },
  {
    id: "mkt-05",
    text: "How do you measure the impact of brand or content work that does not convert directly?",
    competencies: ["decision_making", "stakeholder_management"],
    keywords: ["brand", "content marketing", "attribution", "awareness", "share of voice"],
    followUp: "How would you defend that budget to a sceptical CFO?",
  },
  {
    id: "mkt-06",
    text: "Walk me through how you would build a content and SEO strategy for a B2B software company from nothing.",
    competencies: ["innovation", "ambiguity"],
    keywords: ["seo", "content strategy", "b2b", "saas", "organic traffic"],
  },
  {
    id: "mkt-07",
    text: "How do you agree with sales on what counts as a qualified lead, and what happens when they disagree?",
    competencies: ["stakeholder_management", "teamwork"],
    keywords: ["mql", "lead generation", "demand generation", "crm", "hubspot", "lead scoring"],
    followUp: "Which number would you both be measured on?",
  },
  {
    id: "mkt-08",
    text: "How would you set up lifecycle emails to improve retention for a consumer app? What would you test first?",
    competencies: ["customer_focus", "innovation"],
    keywords: ["lifecycle marketing", "email marketing", "crm", "retention", "segmentation"],
  },
  {
    id: "mkt-09",
    text: "How do you make sure your marketing claims and your use of customer data stay within the rules?",
    competencies: ["ethics", "ownership"],
    keywords: ["gdpr", "consent", "compliance", "advertising standards", "privacy"],
    followUp: "Tell me about a claim you rewrote or a campaign you stopped.",
  },
]);

export const SALES_QUESTIONS = roleSpecificQuestions("sales", [
  {
    id: "sales-01",
    text: "Walk me through your sales process in your most recent role, from first contact to signed contract.",
    competencies: ["ownership", "customer_focus"],
    keywords: ["sales cycle", "prospecting", "closing", "discovery call"],
    followUp: "Where do most of your deals stall, and what do you do about it?",
  },
  {
    id: "sales-02",
    text: "Sell me something your current company offers, as if I were a sceptical buyer with ten minutes to spare.",
    competencies: ["influence", "communication"],
    keywords: ["pitch", "objection handling", "value proposition"],
  },
  {
    id: "sales-03",
    text: "How do you qualify an opportunity? Which framework do you use, and when do you walk away?",
    competencies: ["decision_making", "prioritisation"],
    keywords: ["qualification", "meddic", "bant", "discovery call"],
    followUp: "Tell me about a deal you should have walked away from sooner.",
  },
  {
    id: "sales-04",
    text: "A prospect tells you your price is 30% higher than a competitor's. How do you respond?",
    competencies: ["influence", "customer_focus"],
    keywords: ["pricing", "negotiation", "objection handling", "competitors", "discount"],
  },
  {
    id: "sales-05",
    text: "How do you build your pipeline so that you hit quota every quarter, not just the good ones?",
    competencies: ["ownership", "prioritisation"],
    keywords: ["quota", "sales pipeline", "prospecting", "outbound", "salesforce"],
    followUp: "What does your weekly prospecting routine look like?",
  },
  {
    id: "sales-06",
    text: "How would you break into a large enterprise account where you have no contacts at all?",
    competencies: ["influence", "ambiguity", "stakeholder_management"],
    keywords: ["enterprise sales", "account-based", "stakeholder mapping", "cold outreach", "outbound"],
  },
  {
    id: "sales-07",
    text: "Your biggest deal is stuck in procurement and the quarter ends in two weeks. What do you do?",
    competencies: ["delivery_under_pressure", "stakeholder_management"],
    keywords: ["procurement", "closing", "negotiation", "legal", "end of quarter"],
    followUp: "What would you refuse to give away to close it?",
  },
  {
    id: "sales-08",
    text: "How do you keep your forecast accurate, and what do you do when a deal you committed slips?",
    competencies: ["communication", "ownership"],
    keywords: ["forecasting", "commit", "sales pipeline", "crm hygiene"],
  },
  {
    id: "sales-09",
    text: "How do you hand a newly signed customer over to the account or success team so the relationship does not suffer?",
    competencies: ["teamwork", "customer_focus"],
    keywords: ["handover", "onboarding", "account management", "customer success"],
  },
  {
    id: "sales-10",
    text: "A customer asks you to commit to a feature that is not on the roadmap yet. What do you say?",
    competencies: ["ethics", "customer_focus"],
    keywords: ["overpromising", "roadmap", "honesty", "product feedback"],
    followUp: "How do you keep the deal alive without promising it?",
  },
]);

export const CUSTOMER_SUCCESS_QUESTIONS = roleSpecificQuestions("customer_success", [
  {
    id: "cs-01",
    text: "How would you spot that an account is at risk of churning before the customer tells you?",
    competencies: ["customer_focus", "ownership"],
    keywords: ["churn", "health score", "usage data", "renewal", "churn risk"],
    followUp: "What would you do in the first week after spotting it?",
  },
  {
    id: "cs-02",
    text: "Walk me through how you would run the first 90 days for a new enterprise customer.",
    competencies: ["customer_focus", "stakeholder_management"],
    keywords: ["onboarding", "implementation", "time to value", "enterprise", "success plan"],
  },
  {
    id: "cs-03",
    text: "A key customer emails your CEO to complain about repeated outages. What do you do in the next 48 hours?",
    competencies: ["stakeholder_management", "delivery_under_pressure"],
    keywords: ["escalation", "outage", "executive sponsor", "crisis", "incident"],
    followUp: "How would you rebuild trust over the following quarter?",
  },
  {
    id: "cs-04",
    text: "How do you run a quarterly business review that the customer actually finds worth their time?",
    competencies: ["communication", "customer_focus"],
    keywords: ["qbr", "business review", "roi", "value realisation"],
  },
  {
    id: "cs-05",
    text: "How do you find expansion opportunities in your accounts without damaging their trust in you?",
    competencies: ["influence", "ethics"],
    keywords: ["expansion", "upsell", "cross-sell", "net revenue retention"],
    followUp: "Tell me about an upsell you decided not to push.",
  },
  {
    id: "cs-06",
    text: "How do you manage a book of sixty accounts when each of them wants more of your time than you have?",
    competencies: ["prioritisation", "customer_focus"],
    keywords: ["book of business", "segmentation", "tech touch", "portfolio"],
  },
  {
    id: "cs-07",
    text: "How do you turn what customers tell you into changes the product team will actually act on?",
    competencies: ["influence", "stakeholder_management"],
    keywords: ["product feedback", "feature requests", "voice of the customer"],
    followUp: "Which request did you champion that got built?",
  },
  {
    id: "cs-08",
    text: "A large customer wants a refund that is outside policy. How do you decide what to do?",
    competencies: ["decision_making", "ethics"],
    keywords: ["refund", "policy", "retention", "support"],
  },
  {
    id: "cs-09",
    text: "Which metrics would you use to judge whether a customer success team is doing a good job?",
    competencies: ["decision_making", "ownership"],
    keywords: ["net revenue retention", "gross retention", "csat", "nps", "churn rate"],
    followUp: "Which of those can the team game, and how would you stop that?",
  },
  {
    id: "cs-10",
    text: "The support queue is full of tickets about the same problem. How would you bring that number down for good?",
    competencies: ["innovation", "customer_focus"],
    keywords: ["customer support", "tickets", "help centre", "self-service", "zendesk"],
  },
]);
