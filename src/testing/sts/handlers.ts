import type { ActionHandler } from "../handler.js";
import { assumeRoleHandler } from "./assume-role.js";
import { assumeRoleWithOidcHandler } from "./assume-role-with-oidc.js";
import { getCallerIdentityHandler } from "./get-caller-identity.js";

/** The emulated actions of sts. */
export const STS_HANDLERS: readonly ActionHandler[] = [
  assumeRoleHandler,
  assumeRoleWithOidcHandler,
  getCallerIdentityHandler,
];
