/**
 * One call's way out. Whatever the call is waiting for (credentials, a transport that does not honour
 * its abort signal, a back-off), it stops at once when the caller aborts, the call's deadline passes or
 * the client closes: every wait is raced against {@link CallGuard.stopped}.
 */
export class CallGuard {
  /** Rejects with the reason the call must stop; never settles for a call that ends normally. */
  readonly stopped: Promise<never>;
  /** Why the call stopped, once it has. */
  reason: unknown = undefined;
  #reject: (reason: unknown) => void = () => {};
  readonly #deadline: ReturnType<typeof setTimeout>;
  readonly #signal: AbortSignal | undefined;
  readonly #onAbort: (() => void) | undefined;
  #listeners: (() => void)[] | undefined;

  constructor(deadlineMs: number, deadlineError: () => Error, signal: AbortSignal | undefined) {
    this.stopped = new Promise<never>((_, reject) => {
      this.#reject = reject;
    });
    // Most calls never stop: a rejection nobody is racing at that moment is expected, not unhandled.
    this.stopped.catch(() => {});
    this.#deadline = setTimeout(() => this.stop(deadlineError()), deadlineMs);
    this.#signal = signal;
    if (signal) {
      this.#onAbort = () => this.stop(signal.reason);
      signal.addEventListener("abort", this.#onAbort, { once: true });
    }
  }

  /** Stops the call with `reason` (the first reason wins). */
  stop(reason: unknown): void {
    if (this.reason !== undefined) return;
    this.reason = reason;
    this.#reject(reason);
    for (const listener of this.#listeners ?? []) listener();
  }

  /** Settles with `promise`, or rejects as soon as the call stops. */
  race<T>(promise: Promise<T>): Promise<T> {
    if (this.reason !== undefined) {
      promise.catch(() => {});
      return Promise.reject(this.reason);
    }
    return Promise.race([promise, this.stopped]);
  }

  /** Waits `ms`, or rejects as soon as the call stops (the timer is cleared then). */
  sleep(ms: number): Promise<void> {
    return this.race(
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        this.onStop(() => clearTimeout(timer));
      }),
    );
  }

  /** Runs `listener` when the call stops (at once if it already has). */
  onStop(listener: () => void): void {
    if (this.reason !== undefined) {
      listener();
      return;
    }
    this.#listeners ??= [];
    this.#listeners.push(listener);
  }

  /** Releases the deadline timer and the abort listener; call once the call has ended. */
  dispose(): void {
    clearTimeout(this.#deadline);
    if (this.#onAbort) this.#signal?.removeEventListener("abort", this.#onAbort);
    this.#listeners = undefined;
  }
}
