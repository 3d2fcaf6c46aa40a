import type { ApiErrorSpec } from "../api-error.js";

/** The errors the emulated sts answers with. */
export const StsErrors = {
  /**
   * The gateway's `AccessDenied` (SPEC §3: 403, CodeN 100013): a role that cannot be assumed, or an
   * OIDC token the emulator does not trust. (The live service's codes for an untrusted OIDC token are
   * not documented in the sources at hand; this is the documented refusal.)
   */
  AccessDenied: {
    status: 403,
    code: "AccessDenied",
    codeN: 100013,
    message: "You are not authorized to perform this operation.",
  },
} as const satisfies Record<string, ApiErrorSpec>;
