/** Counters of what an emulator saw and did, for assertions such as "nothing was created twice". */
export interface EmulatorStats {
  /** Requests received, whatever became of them (answered, refused, faulted). */
  requests: number;
  /** Requests received per `Action` as sent (`"(none)"` when there was none). */
  requestsByAction: Record<string, number>;
  /** Requests carried out successfully (a fault struck "after" may still have replaced the answer). */
  succeeded: number;
  /** Error answers per `Error.Code` (injected error faults included). */
  errorsByCode: Record<string, number>;
  /** Resources created per kind, e.g. `{ CenBandwidthPackage: 2 }`. */
  createdByKind: Record<string, number>;
  /** Resources created per name given at creation (`Name`, `CenBandwidthPackageName`). */
  createdByName: Record<string, number>;
  /** Requests per `ClientToken` (idempotency token) carried; replays included. */
  clientTokens: Record<string, number>;
  /** Requests answered from a token's first result, creating nothing. */
  idempotentReplays: number;
  /** Faults applied, all kinds. */
  faultsApplied: number;
  /** Faults applied per kind, e.g. `{ reset: 1, error: 2 }`. */
  faultsByKind: Record<string, number>;
}

/** Keeps the counters; `snapshot()` hands out a copy that later requests do not change. */
export class StatsRecorder {
  #stats: EmulatorStats = emptyStats();

  request(action: string | undefined): void {
    this.#stats.requests++;
    bump(this.#stats.requestsByAction, action ?? "(none)");
  }

  answered(errorCode: string | undefined): void {
    if (errorCode === undefined) this.#stats.succeeded++;
    else bump(this.#stats.errorsByCode, errorCode);
  }

  created(kind: string, name: string | undefined): void {
    bump(this.#stats.createdByKind, kind);
    if (name !== undefined) bump(this.#stats.createdByName, name);
  }

  clientToken(token: string): void {
    bump(this.#stats.clientTokens, token);
  }

  replayed(): void {
    this.#stats.idempotentReplays++;
  }

  fault(kind: string): void {
    this.#stats.faultsApplied++;
    bump(this.#stats.faultsByKind, kind);
  }

  createdWithName(name: string): number {
    return this.#stats.createdByName[name] ?? 0;
  }

  snapshot(): EmulatorStats {
    return structuredClone(this.#stats);
  }

  reset(): void {
    this.#stats = emptyStats();
  }
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function emptyStats(): EmulatorStats {
  return {
    requests: 0,
    requestsByAction: {},
    succeeded: 0,
    errorsByCode: {},
    createdByKind: {},
    createdByName: {},
    clientTokens: {},
    idempotentReplays: 0,
    faultsApplied: 0,
    faultsByKind: {},
  };
}
