import { AssumeRoleWithOIDC } from "../../services/sts/assume-role-with-oidc.js";
import { apiError } from "../api-error.js";
import { defineHandler } from "../handler.js";
import { StsErrors } from "./errors.js";
import { oidcClaims } from "./oidc-token.js";

/**
 * sts `AssumeRoleWithOIDC`, answered unsigned as the service does: for a token the emulator was told to
 * trust (`oidcTokens` option, `emulator.trustOidcToken`) and a seeded role, mints a session as
 * `AssumeRole` does and answers its `Credentials` (with the expiry both as `ExpiredTime` and as
 * `Expiration`, the two names the official SDKs read), `AssumedRoleUser` and `OIDCTokenInfo` (the claims
 * of a JWT-shaped token). Anything else: `AccessDenied` 403.
 */
export const assumeRoleWithOidcHandler = defineHandler({
  operation: AssumeRoleWithOIDC,
  issueRules: [],
  handle(input, ctx) {
    const role = input.RoleTrn;
    const trusted = ctx.oidcTokenRoles(input.OIDCToken);
    if (trusted === undefined) {
      throw apiError(
        StsErrors.AccessDenied,
        "The OIDC token is not one this emulator trusts (tell it with createEmulator({ oidcTokens: [...] }) or emulator.trustOidcToken).",
      );
    }
    if (!ctx.roles.has(role) || (trusted.length > 0 && !trusted.includes(role))) {
      throw apiError(StsErrors.AccessDenied, `The OIDC token cannot assume role ${role} in this emulator.`);
    }
    const { credentials, user } = ctx.issueSession({
      roleTrn: role,
      sessionName: input.RoleSessionName,
      durationSeconds: input.DurationSeconds,
    });
    const claims = oidcClaims(input.OIDCToken);
    return {
      Credentials: { ...credentials, Expiration: credentials.ExpiredTime },
      AssumedRoleUser: user,
      OIDCTokenInfo: {
        Subject: claims.sub,
        Issuer: claims.iss,
        ClientIds: claims.aud,
      },
    };
  },
});
