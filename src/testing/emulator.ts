import { sleep } from "../client/sleep.js";
import { ApiError, apiError, formatMessage, GatewayErrors } from "./api-error.js";
import { type Authenticated, authenticate } from "./authenticate.js";
import { accountIdOf } from "./cen/account.js";
import { isoTime } from "./cen/time.js";
import {
  EMULATOR_CREDENTIALS,
  EMULATOR_STS_CREDENTIALS,
  type EmulatorCredentials,
  KeyStore,
  refuseExpired,
} from "./credentials.js";
import { type AnswerMetadata, errorResponse, successResponse } from "./envelope.js";
import { faultAnswer } from "./fault-answers.js";
import { type Fault, FaultInjector, phaseOf } from "./faults.js";
import type { ActionHandler, EmulatorQuotas, HandlerContext } from "./handler.js";
import { HANDLERS } from "./handlers.js";
import { type IncomingRequest, readIncoming } from "./incoming.js";
import { checkParams } from "./issues.js";
import { decodeParams } from "./params.js";
import { ActionRegistry } from "./registry.js";
import { RequestIdGenerator } from "./request-id.js";
import { stableJson } from "./stable-json.js";
import { EmulatorState, type EmulatorStateView } from "./state.js";
import { type EmulatorStats, StatsRecorder } from "./stats.js";
import {
  type CallerIdentity,
  type IssuedCredentials,
  identityOf,
  type MintedSession,
  mintSession,
  type SessionSpec,
} from "./sts/sessions.js";
import type { EmulatorRequest, EmulatorResponse, HandleOptions } from "./wire.js";

/** Options of {@link createEmulator}. */
export interface EmulatorOptions {
  /** Key pairs accepted. Default: {@link EMULATOR_CREDENTIALS} and {@link EMULATOR_STS_CREDENTIALS}. */
  credentials?: readonly EmulatorCredentials[];
  /** Limits; see {@link EmulatorQuotas} for the defaults. */
  quotas?: EmulatorQuotas;
  /** The emulator's clock, in ms since the epoch (checked against X-Date, sent in `Date`). Default `Date.now`. */
  now?: () => number;
  /** CEN instance ids that exist from the start, `Available` (for `CenId`). */
  cens?: readonly string[];
  /**
   * How long a transitional status (`Creating`, `Deleting`, `Attaching`…) lasts on the emulator's clock,
   * in ms. Default 1000; 0 makes every change immediate.
   */
  transitionMs?: number;
  /** How far X-Date may be from the clock, either way, in ms. Default 900 000 (15 minutes, as documented). */
  timestampToleranceMs?: number;
  /**
   * Role TRNs that sts `AssumeRole` can assume, e.g. `["trn:iam::2100000000:role/deployer"]`. Default none:
   * any other role is refused with `AccessDenied` 403.
   */
  roles?: readonly string[];
  /**
   * Actions to serve besides the built-in ones, e.g. an operation a test defines (written with
   * `defineHandler`). Their operations must not repeat a built-in service, action and version.
   */
  handlers?: readonly ActionHandler[];
  /**
   * OIDC tokens that sts `AssumeRoleWithOIDC` accepts (for any seeded role), e.g. from
   * `createOidcToken()`. Default none. See `emulator.trustOidcToken` to limit a token to some roles.
   */
  oidcTokens?: readonly string[];
}

const DEFAULT_QUOTAS: Readonly<Required<EmulatorQuotas>> = {
  cens: 5,
  cenBandwidthPackages: 100,
  numberPools: 1000,
};

/**
 * An in-memory Volcengine: it authenticates every request with the SDK's own signer, routes it by the
 * credential scope's service and its Action and Version, checks it with the operation's own schema,
 * keeps what it creates and answers with the documented envelopes and codes. Adapters carry its
 * answers: {@link emulatorTransport}, `emulatorHandlers` (from `volcengine-ts/testing/msw`), {@link startEmulator}.
 */
export class Emulator {
  /** Fault injection: what the next requests suffer. */
  readonly faults: FaultInjector = new FaultInjector();
  readonly #options: EmulatorOptions;
  readonly #keys: KeyStore;
  readonly #quotas: Readonly<Required<EmulatorQuotas>>;
  readonly #now: () => number;
  readonly #state: EmulatorState;
  readonly #stats = new StatsRecorder();
  readonly #registry: ActionRegistry;
  readonly #requestIds = new RequestIdGenerator();
  readonly #roles: Set<string>;
  /** Trusted OIDC tokens, with the roles each may assume (empty: any seeded role). */
  readonly #oidcTokens = new Map<string, readonly string[]>();

  constructor(options: EmulatorOptions = {}) {
    this.#options = options;
    this.#keys = new KeyStore(options.credentials ?? [EMULATOR_CREDENTIALS, EMULATOR_STS_CREDENTIALS]);
    this.#quotas = { ...DEFAULT_QUOTAS, ...options.quotas };
    this.#now = options.now ?? Date.now;
    this.#registry = new ActionRegistry([...HANDLERS, ...(options.handlers ?? [])]);
    this.#state = new EmulatorState(this.#now, () => this.#options.transitionMs ?? 1000);
    this.#seed();
    this.#roles = new Set(options.roles);
    for (const token of options.oidcTokens ?? []) this.trustOidcToken(token);
  }

  /**
   * Answers one request. Rejects only with `options.signal`'s reason, when the client gave up during a
   * slow fault; every other outcome, errors included, is an answer.
   */
  async handle(request: EmulatorRequest, options: HandleOptions = {}): Promise<EmulatorResponse> {
    const { signal } = options;
    signal?.throwIfAborted();
    const req = readIncoming(request);
    this.#stats.request(req.action);
    const fault = this.faults.take(req.action, req.authorization?.service);
    if (fault === undefined) return this.#process(req);
    this.#stats.fault(fault.kind);
    if (phaseOf(fault) === "before") {
      if (fault.kind !== "slow") return this.#faultAnswer(fault, req, undefined);
      await sleep(fault.delayMs, signal);
      return this.#process(req);
    }
    const answer = this.#process(req);
    if (fault.kind !== "slow") return this.#faultAnswer(fault, req, answer);
    await sleep(fault.delayMs, signal);
    return answer;
  }

  /** Queues faults for the next requests, in order (same as `faults.enqueue(...faults)`). */
  injectFaults(faults: readonly Fault[]): void {
    this.faults.enqueue(...faults);
  }

  /** A snapshot of the counters. */
  get stats(): EmulatorStats {
    return this.#stats.snapshot();
  }

  /** What the emulator holds: number pools, bandwidth packages, CENs. */
  get state(): EmulatorStateView {
    return this.#state;
  }

  /** How many resources were created with this name (for "never created twice" checks). */
  countCreatedByName(name: string): number {
    return this.#stats.createdWithName(name);
  }

  /**
   * Makes a CEN instance exist, `Available` at once and owned by the account of {@link EMULATOR_CREDENTIALS},
   * so bandwidth packages can name it in `CenId`.
   *
   * @returns its id: the one given, or a new `cen-…` one.
   */
  addCen(id?: string): string {
    const cens = this.#state.cen.cens;
    const cenId = id ?? cens.newId("cen-", 18);
    const now = isoTime(this.#now());
    cens.insert(cenId, {
      CenId: cenId,
      CenName: cenId,
      Description: "",
      ProjectName: "default",
      Status: "Available",
      Tags: [],
      CreationTime: now,
      UpdateTime: now,
      CreatedBy: EMULATOR_CREDENTIALS.accessKeyId,
      AccountId: accountIdOf(EMULATOR_CREDENTIALS.accessKeyId),
    });
    return cenId;
  }

  /**
   * Puts numbers in a vms number pool, as buying them would: `count` generated fixed-line numbers
   * (spread over the cities 010, 021, 020, 0755 and 0571, so that binds can pick by `CityCode` and
   * `DegradeCityList`), or the numbers given. They start enabled and free.
   *
   * @returns the numbers added.
   * @throws Error when the pool does not exist or a number is already in a pool.
   */
  addNumbers(NumberPoolNo: string, countOrNumbers: number | readonly string[]): string[] {
    return this.#state.vms.privacy.addNumbers(NumberPoolNo, countOrNumbers);
  }

  /** Accepts one more key pair. */
  addCredentials(credentials: EmulatorCredentials): void {
    this.#keys.add(credentials);
  }

  /** Makes a role assumable by sts `AssumeRole`, e.g. `"trn:iam::2100000000:role/deployer"`. */
  addRole(trn: string): void {
    this.#roles.add(trn);
  }

  /**
   * Makes sts `AssumeRoleWithOIDC` accept an OIDC token (any string; `createOidcToken()` makes a
   * JWT-shaped one), for the `roles` given or, by default, any seeded role.
   */
  trustOidcToken(token: string, roles: readonly string[] = []): void {
    this.#oidcTokens.set(token, roles);
  }

  /**
   * Mints temporary credentials of a role session, accepted by this emulator until they expire (what sts
   * hands out; the IMDS stand-in serves these). The role need not be seeded.
   *
   * @example
   * ```ts
   * const issued = emulator.issueCredentials({ roleTrn: "trn:iam::2100000000:role/web", sessionName: "i-1" });
   * ```
   */
  issueCredentials(spec: SessionSpec): IssuedCredentials {
    return this.#issue(spec).credentials;
  }

  /** Who a key pair the emulator accepts belongs to, session tags included; undefined for an unknown key. */
  identityOf(accessKeyId: string): CallerIdentity | undefined {
    const key = this.#keys.get(accessKeyId);
    return key && identityOf(key);
  }

  #issue(spec: SessionSpec): MintedSession {
    const minted = mintSession(spec, this.#now());
    this.#keys.add(minted.key);
    return minted;
  }

  /** The role TRNs that sts `AssumeRole` can assume. */
  get roles(): string[] {
    return [...this.#roles];
  }

  /** The emulator's clock, in ms since the epoch. */
  now(): number {
    return this.#now();
  }

  /** `service action version` of every action served. */
  actions(): string[] {
    return this.#registry.list();
  }

  /**
   * Forgets resources, tokens, counters and faults; keeps the accepted keys (temporary ones issued by
   * `AssumeRole` included, until they expire) and the roles, and re-seeds the CENs given as options.
   */
  reset(): void {
    this.#state.reset();
    this.#seed();
    this.#stats.reset();
    this.faults.clear();
  }

  #seed(): void {
    for (const cen of this.#options.cens ?? []) this.addCen(cen);
  }

  #process(req: IncomingRequest): EmulatorResponse {
    const meta = this.#metadata(req);
    try {
      const unsigned = this.#unsigned(req);
      if (unsigned) meta.Service = unsigned.operation.service;
      const caller = unsigned
        ? { accessKeyId: "", region: "", service: unsigned.operation.service }
        : authenticate(req, {
            keys: this.#keys,
            nowMs: this.#now(),
            toleranceMs: this.#options.timestampToleranceMs ?? 900_000,
          });
      if (!unsigned) refuseExpired(this.#keys.get(caller.accessKeyId), this.#now());
      const handler = unsigned ?? this.#route(req, caller);
      const { params, gaps } = decodeParams(req, handler.operation);
      const input = checkParams(handler.operation, params, gaps, handler.issueRules);
      const result = this.#runIdempotent(handler, input, caller);
      this.#stats.answered(undefined);
      return successResponse(meta, result, this.#now());
    } catch (caught) {
      const error =
        caught instanceof ApiError
          ? caught
          : apiError(
              GatewayErrors.InternalError,
              `(emulator failure: ${caught instanceof Error ? caught.message : String(caught)})`,
            );
      this.#stats.answered(error.code);
      return errorResponse(meta, error, this.#now());
    }
  }

  /** The handler of an unsigned request to an action the service takes unsigned (`AssumeRoleWithOIDC`). */
  #unsigned(req: IncomingRequest): ActionHandler | undefined {
    if (req.headers.authorization !== undefined) return undefined;
    return this.#registry.findAnonymous(req.action ?? "", req.version ?? "");
  }

  #route(req: IncomingRequest, caller: Authenticated): ActionHandler {
    for (const [name, value] of [
      ["Action", req.action],
      ["Version", req.version],
    ] as const) {
      if (value === undefined || value === "") {
        const spec = GatewayErrors.MissingParameter;
        throw apiError({ ...spec, message: formatMessage(spec.message, name) });
      }
    }
    const action = req.action ?? "";
    const version = req.version ?? "";
    const handler = this.#registry.find(caller.service, action, version);
    if (handler !== undefined) return handler;
    const spec = GatewayErrors.InvalidActionOrVersion;
    throw apiError(
      {
        ...spec,
        message: formatMessage(spec.message, `${action} (Version ${version}) of service ${caller.service}`),
      },
      `The emulator serves: ${this.#registry.list().join("; ")}.`,
    );
  }

  /** Runs a handler, honouring the operation's idempotency token: same token and parameters, same result. */
  #runIdempotent(handler: ActionHandler, input: Record<string, unknown>, caller: Authenticated): unknown {
    const op = handler.operation;
    const field = op.idempotencyToken;
    const token = field === undefined ? undefined : input[field];
    if (field === undefined || typeof token !== "string") return handler.handle(input, this.#context(caller));
    this.#stats.clientToken(token);
    const key = `${op.service}\n${op.action}\n${token}`;
    const { [field]: _, ...rest } = input;
    const fingerprint = stableJson(rest);
    const seen = this.#state.idempotency.get(key);
    if (seen !== undefined) {
      if (seen.fingerprint !== fingerprint) {
        throw apiError(GatewayErrors.IdempotentParameterMismatch, `(${field} ${token})`);
      }
      this.#stats.replayed();
      return structuredClone(seen.result);
    }
    const result = handler.handle(input, this.#context(caller)) as Record<string, unknown>;
    this.#state.idempotency.set(key, { fingerprint, result: structuredClone(result) });
    return result;
  }

  #context(caller: Authenticated): HandlerContext {
    return {
      state: this.#state,
      quotas: this.#quotas,
      nowMs: this.#now(),
      transitionMs: this.#options.transitionMs ?? 1000,
      caller,
      created: (kind, name) => this.#stats.created(kind, name),
      roles: this.#roles,
      acceptCredentials: (credentials) => this.#keys.add(credentials),
      issueSession: (spec) => this.#issue(spec),
      oidcTokenRoles: (token) => this.#oidcTokens.get(token),
      callerIdentity: () =>
        identityOf(this.#keys.get(caller.accessKeyId) ?? { accessKeyId: caller.accessKeyId, secretKey: "" }),
    };
  }

  #faultAnswer(
    fault: Exclude<Fault, { kind: "slow" }>,
    req: IncomingRequest,
    real: EmulatorResponse | undefined,
  ) {
    const answer = faultAnswer(fault, this.#metadata(req), this.#now(), real);
    if (fault.kind === "error") this.#stats.answered(fault.code);
    return answer;
  }

  #metadata(req: IncomingRequest): AnswerMetadata {
    return {
      RequestId: this.#requestIds.next(this.#now()),
      Action: req.action ?? "",
      Version: req.version ?? "",
      Service: req.authorization?.service ?? "",
      Region: req.authorization?.region ?? "",
    };
  }
}

/**
 * Creates an emulator: in-memory state and a function from a request to an answer.
 *
 * @example
 * ```ts
 * import { createEmulator, emulatorTransport, EMULATOR_CREDENTIALS } from "volcengine-ts/testing";
 * const emulator = createEmulator({ cens: ["cen-abc"], quotas: { cenBandwidthPackages: 5 } });
 * const volc = new VolcClient({ transport: emulatorTransport(emulator), credentials: EMULATOR_CREDENTIALS });
 * ```
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}
