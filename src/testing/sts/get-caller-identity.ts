import { GetCallerIdentity } from "../../services/sts/get-caller-identity.js";
import { defineHandler } from "../handler.js";

/**
 * sts `GetCallerIdentity`: who signed the call. The emulator's own test keys are users of account
 * `2100000000`; keys minted by `AssumeRole`, `AssumeRoleWithOIDC` or the IMDS stand-in are sessions of
 * their role (`IdentityType` `AssumedRole`, `Trn` `trn:sts::<account>:assumed-role/<role>/<session>`).
 */
export const getCallerIdentityHandler = defineHandler({
  operation: GetCallerIdentity,
  issueRules: [],
  handle(_input, ctx) {
    const { Tags: _tags, ...identity } = ctx.callerIdentity();
    return identity;
  },
});
