import { TimeoutError, type VolcError } from "../errors.js";

/** Settings of the per-client retry budget (the token bucket of AWS SDK v3's standard retry strategy). */
export interface RetryBudgetOptions {
  /** Tokens the bucket holds when full. Default 500. */
  capacity?: number;
  /** Tokens a retry costs. Default 5. */
  retryCost?: number;
  /** Tokens a retry after a timeout costs (timeouts hint at overload). Default 10. */
  timeoutRetryCost?: number;
  /** Tokens a first-attempt success puts back. Default 1. */
  successRefund?: number;
}

/**
 * A token bucket shared by every call of one client. Each retry takes tokens; successes put some back.
 * During an outage the bucket empties after about a hundred retries and failures then surface at once,
 * so that the outage does not become a retry storm.
 */
export class RetryBudget {
  readonly #capacity: number;
  readonly #retryCost: number;
  readonly #timeoutRetryCost: number;
  readonly #successRefund: number;
  #tokens: number;

  constructor(options: RetryBudgetOptions = {}) {
    this.#capacity = options.capacity ?? 500;
    this.#retryCost = options.retryCost ?? 5;
    this.#timeoutRetryCost = options.timeoutRetryCost ?? 10;
    this.#successRefund = options.successRefund ?? 1;
    this.#tokens = this.#capacity;
  }

  /** Tokens left. */
  get available(): number {
    return this.#tokens;
  }

  /** Takes the cost of retrying after `error`; returns the tokens taken, or 0 when the budget is spent. */
  acquire(error: VolcError): number {
    const cost = error instanceof TimeoutError ? this.#timeoutRetryCost : this.#retryCost;
    if (this.#tokens < cost) return 0;
    this.#tokens -= cost;
    return cost;
  }

  /** Records a success: returns what its retries took, or the small refund of a first-try success. */
  release(taken: number): void {
    this.#tokens = Math.min(this.#capacity, this.#tokens + (taken > 0 ? taken : this.#successRefund));
  }
}
