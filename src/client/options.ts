import type { CredentialsInput, Env } from "../credentials/types.js";
import type { Transport } from "../http/transport.js";
import type { AttemptEvent } from "./attempt-event.js";
import type { ResponseMetadata } from "./envelope.js";
import type { RetryBudgetOptions } from "./retry-budget.js";
import type { BackoffOptions, RetryDelayFunction } from "./retry-policy.js";

/** Retry settings shared by the client options and the per-call options. */
export interface RetryOptions {
  /** Attempts per call, the first included. Default 3; 1 turns retries off. */
  maxAttempts?: number;
  /** Back-off before each retry: base and cap of the full-jitter exponential delay, or a function. */
  retryDelay?: BackoffOptions | RetryDelayFunction;
  /** Time allowed for one attempt, in ms. Default 30 000. A timed-out idempotent attempt is retried. */
  timeoutMs?: number;
  /** Time allowed for the whole call, back-off included, in ms. Default: `maxAttempts × timeoutMs + 10 000`. */
  deadlineMs?: number;
}

/** Options of `VolcClient`. */
export interface VolcClientOptions extends RetryOptions {
  /**
   * Region named in the credential scope. Default `"cn-beijing"`; in `volcengine-ts`, `VOLCENGINE_REGION`
   * and then the CLI profile's `region` come first.
   */
  region?: string;
  /**
   * Keys or an async provider of them, looked up at the first call. Default: in `volcengine-ts`, the
   * official SDKs' chain (environment → OIDC → CLI configuration → `~/.volc/config` → ECS instance role);
   * in `volcengine-ts/fetch`, the environment only.
   */
  credentials?: CredentialsInput;
  /**
   * Replaces every service's host, e.g. `"http://127.0.0.1:8080"` (the emulator, a gateway). Default: each
   * operation's documented host; in `volcengine-ts`, `VOLCENGINE_ENDPOINT`, the CLI profile's `endpoint`
   * and the endpoint rules (`endpointResolver`, bootstrap regions) come first.
   */
  endpoint?: string;
  /** One service's endpoint, by service name: `{ cen: "https://cen.example" }`. Wins over `endpoint`. */
  endpoints?: Readonly<Record<string, string>>;
  /** The environment variables the client and its default credentials read. Default `process.env`. For tests. */
  env?: Env;
  /** What moves the bytes. Default: undici in `volcengine-ts`, fetch in `volcengine-ts/fetch`. */
  transport?: Transport;
  /** The per-client retry budget, or `false` for none. */
  retryBudget?: RetryBudgetOptions | false;
  /** Called after every attempt with what happened (no secrets: signing headers are redacted). */
  onAttempt?: (event: AttemptEvent) => void;
  /** The clock, in ms since the epoch. For tests. Default `Date.now`. */
  now?: () => number;
  /** Source of randomness for back-off jitter, in [0, 1). For tests. Default `Math.random`. */
  random?: () => number;
}

/** Options of one `send`. */
export interface SendOptions extends RetryOptions {
  /** Aborts the call: the attempt in flight and any pending back-off stop at once. */
  signal?: AbortSignal;
}

/**
 * A result with the metadata of its answer on a non-enumerable `$metadata` (so it never pollutes JSON).
 * A bare `Result` (`true`, as some vms actions answer) cannot carry it: it comes as it is.
 */
export type WithMetadata<T> = T extends object ? T & { readonly $metadata: ResponseMetadata } : T;

/**
 * The arguments of `send` after the operation: its input, then the call's options. The input may be
 * left out when the operation has no required parameter (or none at all, as sts `GetCallerIdentity`).
 */
export type SendArgs<Input> =
  Partial<Input> extends Input
    ? [input?: Input, options?: SendOptions]
    : Record<never, never> extends Input
      ? [input?: Input, options?: SendOptions]
      : [input: Input, options?: SendOptions];
