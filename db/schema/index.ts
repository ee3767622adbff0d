/**
 * The schema, one module per area: the candidate side (users, profiles, practice, consents, audit) and the hiring
 * teams' organisations. drizzle-kit, the data map and the client all read this index.
 */
export * from "./core";
export * from "./organisations";
export * from "./assessments";
export * from "./reviews";
export * from "./privacy";
export * from "./billing";
