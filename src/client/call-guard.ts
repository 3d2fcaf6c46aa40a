/**
 * One call's way out. Whatever the call is waiting for (credentials, a transport that does not honour
 * its abort signal, a back-off), it stops at once when the caller aborts or the client closes. It costs
 * nothing until something waits on it: no promise or timer is made for a call that only sends.
 */
export class CallGuard {
  /** Why the call stopped, once it has. */
  reason: unknown = undefined;
  #listeners: ((reason: unknown) => void)[] | undefined;
  readonly #signal: AbortSignal | undefined;
  readonly #onAbort: (() => void) | undefined;

  constructor(signal: AbortSignal | undefined) {
    this.#signal = signal;
    if (signal) {
      this.#onAbort = () => this.stop(signal.reason);
      signal.addEventListener("abort", this.#onAbort, { once: true });
    }
  }

  /** Stops the call with `reason` (the first reason wins) and tells every listener. */
  stop(reason: unknown): void {
    if (this.reason !== undefined) return;
    this.reason = reason;
    for (const listener of this.#listeners ?? []) listener(reason);
    this.#listeners = undefined;
  }

  /**
   * Calls `listener` with the reason when the call stops (at once if it has). Returns the function that
   * takes it back.
   */
  onStop(listener: (reason: unknown) => void): () => void {
    if (this.reason !== undefined) {
      listener(this.reason);
      return () => {};
    }
    this.#listeners ??= [];
    this.#listeners.push(listener);
    return () => {
      const index = this.#listeners?.indexOf(listener) ?? -1;
      if (index >= 0) this.#listeners?.splice(index, 1);
    };
  }

  /**
   * Settles with `promise`, or rejects as soon as the call stops, or with `limitError()` once `limitMs`
   * has passed.
   */
  race<T>(promise: Promise<T>, limitMs: number, limitError: () => Error): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(limitError()), limitMs);
      const off = this.onStop(reject);
      const done = () => {
        clearTimeout(timer);
        off();
      };
      promise.then(
        (value) => {
          done();
          resolve(value);
        },
        (error: unknown) => {
          done();
          reject(error);
        },
      );
    });
  }

  /** Waits `ms`, or rejects as soon as the call stops (the timer is cleared then). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        resolve();
      }, ms);
      const off = this.onStop((reason) => {
        clearTimeout(timer);
        reject(reason);
      });
    });
  }

  /** Releases the abort listener; call once the call has ended. */
  dispose(): void {
    if (this.#onAbort) this.#signal?.removeEventListener("abort", this.#onAbort);
    this.#listeners = undefined;
  }
}
