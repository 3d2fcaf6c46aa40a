import type { AnyOperation, InputOf, OutputOf } from "../client/operation.js";
import type { Authenticated } from "./authenticate.js";
import type { EmulatorCredentials } from "./credentials.js";
import type { IssueRule } from "./issues.js";
import type { EmulatorState } from "./state.js";
import type { CallerIdentity, MintedSession, SessionSpec } from "./sts/sessions.js";

/** Limits an emulator enforces. */
export interface EmulatorQuotas {
  /** CEN instances per account (`QuotaExceeded.Cen`). Default 5, as documented. */
  cens?: number;
  /** CEN bandwidth packages per account (`QuotaExceeded.CenBandwidthPackage`). Default 100. */
  cenBandwidthPackages?: number;
  /** vms number pools per account (`QuotaExceeded`). Default 1000. */
  numberPools?: number;
}

/** What a handler may use besides its input. */
export interface HandlerContext {
  readonly state: EmulatorState;
  readonly quotas: Readonly<Required<EmulatorQuotas>>;
  /** The emulator's clock, in ms since the epoch. */
  readonly nowMs: number;
  /** How long a transitional status (`Creating`, `Deleting`…) lasts, in ms of the emulator's clock. */
  readonly transitionMs: number;
  /** Who called. */
  readonly caller: Authenticated;
  /** Records a created resource in the stats (by kind, and by the name it was given). */
  created(kind: string, name: string | undefined): void;
  /** Role TRNs that can be assumed (sts `AssumeRole`). */
  readonly roles: ReadonlySet<string>;
  /** Makes the emulator accept a newly issued key pair (until its `expiration`, when it has one). */
  acceptCredentials(credentials: EmulatorCredentials): void;
  /** Mints a role session on the emulator's clock and makes the emulator accept its keys until they expire. */
  issueSession(spec: SessionSpec): MintedSession;
  /**
   * The roles an OIDC token may assume (empty: any seeded role), or undefined when the emulator was not
   * told to trust the token.
   */
  oidcTokenRoles(token: string): readonly string[] | undefined;
  /** Who signed the request (sts `GetCallerIdentity`). */
  callerIdentity(): CallerIdentity;
}

/**
 * The business behaviour of one action. The operation value (the same one the client sends) gives the
 * service, action, version, wire shape, input rules and idempotency token; the handler adds what only a
 * server knows: stored resources, quotas, conflicts.
 */
export interface ActionHandler<Op extends AnyOperation = AnyOperation> {
  readonly operation: Op;
  /**
   * Which documented error each broken input rule gets, by wire path (`Tags.2.Key` → `InvalidTagKey.Malformed`).
   * Unlisted: `MissingParameter` for a missing parameter, `InvalidParameter` for anything else.
   */
  readonly issueRules: readonly IssueRule[];
  /**
   * Carries out a valid request and returns its `Result`; throws an `ApiError` for a documented business
   * error. Runs only for input that passed the operation's schema, and never for a replayed `ClientToken`.
   */
  handle(input: InputOf<Op>, context: HandlerContext): OutputOf<Op>;
}

/**
 * Declares the handler of one operation, typing its input and result from the operation.
 *
 * @example
 * ```ts
 * export const createThing = defineHandler({
 *   operation: CreateThing,
 *   issueRules: [],
 *   handle(input, ctx) { return { ThingId: "t-1" }; },
 * });
 * ```
 */
export function defineHandler<Op extends AnyOperation>(handler: ActionHandler<Op>): ActionHandler {
  return handler as unknown as ActionHandler;
}
