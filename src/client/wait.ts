import {
  ClientClosedError,
  CredentialsError,
  ServiceError,
  TimeoutError,
  ValidationError,
  VolcError,
} from "../errors.js";
import type { AnyOperation, InputOf, OutputOf } from "./operation.js";
import type { SendArgs, SendOptions } from "./options.js";
import type { Sender } from "./sender.js";
import { sleep } from "./sleep.js";

/** Options of {@link waitFor}. */
export interface WaitOptions<Output> {
  /** True once the answer is what is waited for (a status reached, say). */
  until: (output: Output) => boolean;
  /**
   * Error codes that end the wait successfully: a resource being deleted is gone once its describe
   * answers `…NotFound`. The wait then resolves with `undefined`.
   */
  doneOn?: readonly string[] | undefined;
  /** Give up after this many ms. Default 300 000 (5 minutes). */
  timeoutMs?: number | undefined;
  /** Stops waiting at once, rejecting with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** First delay between polls, in ms; it grows by half at each poll. Default 1 000. */
  minDelayMs?: number | undefined;
  /** Longest delay between polls, in ms. Default 15 000. */
  maxDelayMs?: number | undefined;
  /** What is waited for, for the timeout's message, e.g. `"CEN cen-123 to be Available"`. */
  description?: string | undefined;
  /** Options of each poll's `send` (its own `timeoutMs`, retries…). */
  sendOptions?: Omit<SendOptions, "signal"> | undefined;
}

/**
 * Polls an operation until its answer satisfies `until`: at once, then after a jittered delay that grows
 * from `minDelayMs` (1 s) to `maxDelayMs` (15 s). Resolves with the answer that satisfied it.
 *
 * An error that waiting cannot clear ends the wait at once: invalid input (`ValidationError`), missing
 * credentials, and any non-retryable service error (`AccessDenied`, `InvalidParameter`…), except a
 * `…NotFound` (a resource just created may not be visible yet) unless `doneOn` lists it. Transient
 * failures, which `send` has already retried, only cost a poll. After `timeoutMs` (5 minutes) it rejects
 * with a `TimeoutError` of kind `"waiter"` that carries the last answer seen (`lastOutput`).
 *
 * @example
 * ```ts
 * const cen = await waitFor(volc, DescribeCenAttributes, { CenId }, {
 *   until: (c) => c.Status === "Available",
 *   timeoutMs: 120_000,
 * });
 * ```
 */
export async function waitFor<Op extends AnyOperation>(
  client: Sender,
  op: Op,
  input: InputOf<Op>,
  options: WaitOptions<OutputOf<Op>> & { doneOn: readonly string[] },
): Promise<OutputOf<Op> | undefined>;
export async function waitFor<Op extends AnyOperation>(
  client: Sender,
  op: Op,
  input: InputOf<Op>,
  options: WaitOptions<OutputOf<Op>>,
): Promise<OutputOf<Op>>;
export async function waitFor<Op extends AnyOperation>(
  client: Sender,
  op: Op,
  input: InputOf<Op>,
  options: WaitOptions<OutputOf<Op>>,
): Promise<OutputOf<Op> | undefined> {
  const { until, doneOn = [], signal, minDelayMs = 1000, maxDelayMs = 15_000 } = options;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const deadline = Date.now() + timeoutMs;
  let lastOutput: OutputOf<Op> | undefined;
  let lastError: unknown;
  let delayMs = minDelayMs;
  const sendOptions = { ...options.sendOptions, signal };
  for (;;) {
    signal?.throwIfAborted();
    try {
      const args = [input, sendOptions] as unknown as SendArgs<InputOf<Op>>;
      lastOutput = await client.send(op, ...args);
      if (until(lastOutput)) return lastOutput;
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof ServiceError && doneOn.includes(error.code)) return undefined;
      if (!mayClearByWaiting(error)) throw error;
      lastError = error;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new TimeoutError({
        service: op.service,
        action: op.action,
        timeoutMs,
        kind: "waiter",
        lastOutput,
        waitingFor: options.description,
        requestId: (lastError as VolcError | undefined)?.requestId,
        cause: lastOutput === undefined ? lastError : undefined,
      });
    }
    // Full jitter over the upper half: polls from many waiters spread out, and none comes too soon.
    await sleep(Math.min(left, delayMs * (0.5 + Math.random() / 2)), signal);
    delayMs = Math.min(maxDelayMs, delayMs * 1.5);
  }
}

/** Whether polling again could bring another answer than this error. */
function mayClearByWaiting(error: unknown): boolean {
  if (!(error instanceof VolcError)) return false;
  if (
    error instanceof ValidationError ||
    error instanceof CredentialsError ||
    error instanceof ClientClosedError
  ) {
    return false;
  }
  if (error instanceof ServiceError) return error.retryable || /NotFound$/.test(error.code);
  // Connection failures, timeouts, unreadable answers: the service may answer the next poll.
  return true;
}
