/** The Authorization header of an access token, for supertest's `.set(bearer(token))`. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
