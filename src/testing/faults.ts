/**
 * Fault injection: what the next requests suffer instead of (or on top of) a normal answer. Faults are
 * queued and taken in order by the requests they match; a probabilistic mode adds random faults for
 * load tests, reproducibly from a seed.
 */

/**
 * When a fault strikes:
 * - `"before"`: the request never reaches the handler, so nothing is created (a gateway failure, a
 *   throttle, a connection lost on the way in);
 * - `"after"`: the handler runs and its effects stay (the resource IS created, the token is recorded),
 *   then the answer is replaced by the fault (a connection lost on the way out).
 *
 * For `slow`, the delay comes before or after the handler runs.
 */
export type FaultPhase = "before" | "after";

/** What every fault may say about which requests it strikes and when. */
export interface FaultTarget {
  /** Only requests with this `Action` take the fault; others pass it by, and it stays queued. */
  action?: string | undefined;
  /** Only requests whose credential scope names this service (`"cen"`, `"vms"`). */
  service?: string | undefined;
  /** How many matching requests take it (default 1). */
  times?: number | undefined;
  /** Default `"before"`, except `truncated`: `"after"` (it cuts the real answer short). */
  phase?: FaultPhase | undefined;
}

/** An error envelope with this status and code, e.g. 503 `ServiceUnavailable`, 429 `FlowLimitExceeded`. */
export interface ErrorFault extends FaultTarget {
  kind: "error";
  status: number;
  code: string;
  codeN?: number | undefined;
  /** Default: `"Injected fault."`. */
  message?: string | undefined;
  /** Sent as `Retry-After` (seconds, or an HTTP date). */
  retryAfter?: number | string | undefined;
}

/** The connection is dropped without an answer (the client sees a connection reset). */
export interface ResetFault extends FaultTarget {
  kind: "reset";
}

/** The answer comes `delayMs` late. A client that gives up first (timeout, abort) gets nothing. */
export interface SlowFault extends FaultTarget {
  kind: "slow";
  delayMs: number;
}

/** `Content-Length` announces the whole body, half of it is sent, then the connection is dropped. */
export interface TruncatedFault extends FaultTarget {
  kind: "truncated";
}

/** A body that is not JSON (default: HTTP 200 with a plain-text body), as a misbehaving proxy sends. */
export interface NonJsonFault extends FaultTarget {
  kind: "non-json";
  status?: number | undefined;
  body?: string | undefined;
}

/** An HTML "502 Bad Gateway" page, as a load balancer in front of the service sends. */
export interface Html502Fault extends FaultTarget {
  kind: "html-502";
}

/**
 * One injected fault.
 *
 * @example
 * ```ts
 * emulator.faults.enqueue(
 *   { kind: "error", status: 503, code: "ServiceUnavailable", retryAfter: 1 },
 *   { kind: "reset", phase: "after", action: "CreateCenBandwidthPackage" },
 * );
 * ```
 */
export type Fault = ErrorFault | ResetFault | SlowFault | TruncatedFault | NonJsonFault | Html502Fault;

/** The kinds of fault. */
export type FaultKind = Fault["kind"];

/** What a fault kind alone stands for in {@link RandomFaultOptions.kinds}. */
export const DEFAULT_FAULTS: Readonly<Record<FaultKind, Fault>> = {
  error: {
    kind: "error",
    status: 503,
    code: "ServiceUnavailable",
    message: "Injected fault: the service is unavailable.",
  },
  reset: { kind: "reset" },
  slow: { kind: "slow", delayMs: 200 },
  truncated: { kind: "truncated" },
  "non-json": { kind: "non-json" },
  "html-502": { kind: "html-502" },
};

/** Options of the probabilistic mode. */
export interface RandomFaultOptions {
  /** Probability, in [0, 1], that a request takes a fault. */
  rate: number;
  /** Faults to draw from, evenly; a kind alone stands for its {@link DEFAULT_FAULTS} entry. Default: all but `slow`. */
  kinds?: readonly (Fault | FaultKind)[] | undefined;
  /** Seed of the generator, so that a failing load test can be replayed. Default: random. */
  seed?: number | undefined;
  /** Only requests with this `Action`. */
  action?: string | undefined;
}

interface Queued {
  fault: Fault;
  left: number;
}

/**
 * The fault queue of one emulator (`emulator.faults`).
 *
 * @example
 * ```ts
 * emulator.faults.enqueue({ kind: "error", status: 500, code: "InternalError" });
 * emulator.faults.random({ rate: 0.1, kinds: ["reset", "error"], seed: 42 });
 * emulator.faults.clear();
 * ```
 */
export class FaultInjector {
  #queue: Queued[] = [];
  #random: { rate: number; faults: Fault[]; next: () => number; action: string | undefined } | undefined;

  /** Queues faults; each strikes the next request(s) it matches, in order. */
  enqueue(...faults: Fault[]): void {
    for (const fault of faults) this.#queue.push({ fault, left: Math.max(1, Math.floor(fault.times ?? 1)) });
  }

  /** Turns the probabilistic mode on (or off with `undefined`). Queued faults still come first. */
  random(options: RandomFaultOptions | undefined): void {
    if (options === undefined) {
      this.#random = undefined;
      return;
    }
    if (!(options.rate >= 0 && options.rate <= 1))
      throw new RangeError(`rate must be in [0, 1]; got ${options.rate}`);
    const kinds = options.kinds ?? (["error", "reset", "truncated", "non-json", "html-502"] as const);
    if (kinds.length === 0) throw new RangeError("kinds must name at least one fault");
    this.#random = {
      rate: options.rate,
      faults: kinds.map((k) => (typeof k === "string" ? DEFAULT_FAULTS[k] : k)),
      next: mulberry32(options.seed ?? Math.floor(Math.random() * 2 ** 32)),
      action: options.action,
    };
  }

  /** Empties the queue and turns the probabilistic mode off. */
  clear(): void {
    this.#queue = [];
    this.#random = undefined;
  }

  /** How many more requests queued faults will strike. */
  get pending(): number {
    return this.#queue.reduce((sum, q) => sum + q.left, 0);
  }

  /**
   * The fault a request takes, if any: the first queued one it matches, else maybe a random one. Called
   * by the emulator once per request; tests use {@link enqueue} and {@link random}.
   */
  take(action: string | undefined, service: string | undefined): Fault | undefined {
    const index = this.#queue.findIndex((q) => matches(q.fault, action, service));
    const queued = this.#queue[index];
    if (queued !== undefined) {
      queued.left--;
      if (queued.left === 0) this.#queue.splice(index, 1);
      return queued.fault;
    }
    const random = this.#random;
    if (random === undefined || (random.action !== undefined && random.action !== action)) return undefined;
    if (random.next() >= random.rate) return undefined;
    return random.faults[Math.floor(random.next() * random.faults.length)];
  }
}

function matches(fault: Fault, action: string | undefined, service: string | undefined): boolean {
  return (
    (fault.action === undefined || fault.action === action) &&
    (fault.service === undefined || fault.service === service)
  );
}

/** The phase a fault strikes in, its default filled in. */
export function phaseOf(fault: Fault): FaultPhase {
  return fault.phase ?? (fault.kind === "truncated" ? "after" : "before");
}

/** A small seeded generator of numbers in [0, 1) (mulberry32): enough for fault draws, reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
