/** The claims of an access token. `typ` keeps other JWTs signed with the key from passing. */
export interface AccessTokenClaims {
  sub: string;
  /** The session (refresh-token family) the token belongs to. */
  sid: string;
  typ: "access";
  iat: number;
  exp: number;
  iss: string;
  aud: string;
}

export const ACCESS_TOKEN_TYPE = "access";
export const JWT_ALGORITHM = "HS256";
