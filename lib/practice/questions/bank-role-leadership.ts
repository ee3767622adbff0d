/**
 * Role-specific questions for people leaders, and the general ones that suit any role. The general set is what a
 * role-specific session falls back on when the profile names no recognisable family, or the family runs short.
 */
import { roleSpecificQuestions } from "./define";

export const LEADERSHIP_MANAGEMENT_QUESTIONS = roleSpecificQuestions("leadership_management", [
  {
    id: "lead-01",
    text: "How do you set goals for your team and keep track of progress without micromanaging?",
    competencies: ["leadership", "ownership"],
    keywords: ["okrs", "goal setting", "autonomy", "team performance"],
    followUp: "How do you notice a goal is going off track before the deadline?",
  },
  {
    id: "lead-02",
    text: "One of your strongest performers has seen their results drop sharply over two months. How do you handle it?",
    competencies: ["mentoring", "leadership"],
    keywords: ["performance management", "wellbeing", "one-to-ones", "underperformance"],
  },
  {
    id: "lead-03",
    text: "How do you decide who to hire, and how do you avoid building a team of people just like you?",
    competencies: ["decision_making", "ethics"],
    keywords: ["hiring", "interviewing", "diversity", "team building"],
    followUp: "Tell me about a hire that did not work out.",
  },
  {
    id: "lead-04",
    text: "How do you build psychological safety in a team, and how would you know if it was missing?",
    competencies: ["leadership", "teamwork"],
    keywords: ["psychological safety", "team culture", "trust", "engagement"],
  },
  {
    id: "lead-05",
    text: "How do you develop the managers who report to you?",
    competencies: ["mentoring", "leadership"],
    keywords: ["managing managers", "coaching", "leadership development", "succession planning"],
    followUp: "Who have you grown into your own successor?",
  },
  {
    id: "lead-06",
    text: "You are taking over a team with low morale that has just missed a big target. What do you do in your first 90 days?",
    competencies: ["leadership", "ambiguity"],
    keywords: ["turnaround", "morale", "new manager", "first 90 days"],
  },
  {
    id: "lead-07",
    text: "How do you allocate a limited headcount budget across competing needs in your organisation?",
    competencies: ["prioritisation", "decision_making"],
    keywords: ["headcount", "budget", "resourcing", "org design"],
    followUp: "How do you explain the decision to the managers who lost out?",
  },
  {
    id: "lead-08",
    text: "How do you protect your team from constant interruptions and shifting requests from other departments?",
    competencies: ["stakeholder_management", "prioritisation"],
    keywords: ["stakeholders", "focus", "planning", "intake process"],
  },
  {
    id: "lead-09",
    text: "How do you communicate a company decision to your team when you personally disagree with it?",
    competencies: ["communication", "ethics"],
    keywords: ["change", "disagree and commit", "transparency"],
    followUp: "Where is the line at which you would not carry the message?",
  },
  {
    id: "lead-10",
    text: "How do you structure your one-to-ones, and what do you do when they turn into status updates?",
    competencies: ["mentoring", "communication"],
    keywords: ["one-to-ones", "coaching", "career conversations", "feedback"],
  },
]);

export const GENERAL_QUESTIONS = roleSpecificQuestions("general", [
  {
    id: "gen-01",
    text: "Walk me through your CV, focusing on the decisions that brought you to where you are now.",
    competencies: ["communication", "decision_making"],
    keywords: ["career history", "background", "career change"],
    followUp: "Which of those moves would you make differently?",
  },
  {
    id: "gen-02",
    text: "Why do you want this role, and why is now the right time in your career?",
    competencies: ["learning", "communication"],
    keywords: ["motivation", "career goals", "career change"],
  },
  {
    id: "gen-03",
    text: "What would you aim to have achieved by the end of your first 90 days in this role?",
    competencies: ["prioritisation", "ambiguity"],
    keywords: ["first 90 days", "onboarding", "quick wins"],
    followUp: "What would you deliberately not try to change in that time?",
  },
  {
    id: "gen-04",
    text: "Which piece of work are you proudest of, and what exactly was your own contribution to it?",
    competencies: ["ownership", "communication"],
    keywords: ["achievement", "impact", "results"],
  },
  {
    id: "gen-05",
    text: "What do you know about our business, and where do you think this role could make the biggest difference?",
    competencies: ["customer_focus", "innovation"],
    keywords: ["company research", "industry", "strategy", "competitors"],
  },
  {
    id: "gen-06",
    text: "How do you keep your skills and knowledge current in your field?",
    competencies: ["learning", "ownership"],
    keywords: ["professional development", "courses", "certification", "reading"],
    followUp: "What is something you learned recently that you have already put to use?",
  },
  {
    id: "gen-07",
    text: "What kind of manager and team bring out your best work? Tell me about a time you had that.",
    competencies: ["teamwork", "communication"],
    keywords: ["working style", "team culture", "management style"],
  },
  {
    id: "gen-08",
    text: "Where do you want to be in three years, and how does this role help you get there?",
    competencies: ["learning", "decision_making"],
    keywords: ["career goals", "progression", "ambition", "promotion"],
  },
  {
    id: "gen-09",
    text: "What is one weakness that has held you back at work, and what are you doing about it?",
    competencies: ["learning", "failure"],
    keywords: ["weakness", "self-awareness", "development areas"],
    followUp: "How would a former manager describe that weakness?",
  },
  {
    id: "gen-10",
    text: "If you joined and found the team's tools and habits very different from what you are used to, how would you adapt?",
    competencies: ["ambiguity", "teamwork"],
    keywords: ["adaptability", "new environment", "ways of working"],
  },
]);
