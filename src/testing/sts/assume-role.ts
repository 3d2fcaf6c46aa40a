import { AssumeRole } from "../../services/sts/assume-role.js";
import { apiError } from "../api-error.js";
import { defineHandler } from "../handler.js";
import { StsErrors } from "./errors.js";

/**
 * sts `AssumeRole`: for a role seeded with the emulator's `roles` option (or `emulator.addRole`), mints a
 * temporary key pair (`AKTP…`) with a session token (`STS2…`), makes the emulator accept it until
 * `DurationSeconds` (default 3600) from its clock, and answers with the documented `Result`; session
 * `Tags` are kept with the session (`emulator.identityOf`). Any other role: `AccessDenied` 403. Past
 * `ExpiredTime`, requests signed with the pair are refused with `InvalidSecretToken` 401. Roles have no
 * session-duration limit or trust policy here: any caller that authenticates may assume any seeded role,
 * for up to the 43200 s the operation allows.
 */
export const assumeRoleHandler = defineHandler({
  operation: AssumeRole,
  issueRules: [],
  handle(input, ctx) {
    const role = input.RoleTrn;
    if (!ctx.roles.has(role)) {
      throw apiError(
        StsErrors.AccessDenied,
        `${ctx.caller.accessKeyId} cannot assume role ${role}: no such role in this emulator ` +
          "(seed it with createEmulator({ roles: [...] }) or emulator.addRole).",
      );
    }
    const { credentials, user } = ctx.issueSession({
      roleTrn: role,
      sessionName: input.RoleSessionName,
      durationSeconds: input.DurationSeconds,
      tags: input.Tags?.map(({ Key, Value }) => ({ Key, Value })),
    });
    return { Credentials: credentials, AssumedRoleUser: user };
  },
});
