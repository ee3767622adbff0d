/**
 * What the user types, and the API requires, before the account is deleted. Its own module (no zod) so the profile
 * page's form can import it without pulling a validator into the browser bundle.
 */
export const DELETE_ACCOUNT_PHRASE = "delete my account";
