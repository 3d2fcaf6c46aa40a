import { randomInt } from "node:crypto";
import { type ApiErrorSpec, apiError } from "../api-error.js";

/** A status change in progress: the record's `Status` becomes `then` at `at` (or the record goes, for `null`). */
interface Transition {
  at: number;
  then: string | null;
}

/** A record with the status field the lifecycle moves. */
type WithStatus = { Status?: string };

/**
 * One kind of resource an emulator keeps (CENs, bandwidth packages, number pools…): records by id, in
 * the order they were made, with transitional statuses that settle on the emulator's clock.
 *
 * `begin(id, "Creating", "Available")` sets `Status` to `Creating` now and to `Available` once the
 * emulator's `transitionMs` has passed; `begin(id, "Deleting", null)` removes the record then. Every read
 * settles what is due first, so a handler always sees the status a real service would show at that
 * moment.
 *
 * @example
 * ```ts
 * const cens = new Table<CenRecord>(() => ctx.nowMs, () => ctx.transitionMs);
 * cens.insert(id, { CenId: id, Status: "Creating", … });
 * cens.begin(id, "Creating", "Available");
 * cens.must(id, CenErrors.CenNotFound).Status; // "Creating", then "Available" a second later
 * ```
 */
export class Table<T extends object> {
  readonly #rows = new Map<string, T>();
  readonly #transitions = new Map<string, Transition>();
  readonly #now: () => number;
  readonly #transitionMs: () => number;

  constructor(now: () => number, transitionMs: () => number) {
    this.#now = now;
    this.#transitionMs = transitionMs;
  }

  /** How many records exist now. */
  get size(): number {
    this.#settle();
    return this.#rows.size;
  }

  /** Whether a record with this id exists now. */
  has(id: string): boolean {
    this.#settle();
    return this.#rows.has(id);
  }

  /** The record with this id, if it exists now. */
  get(id: string): T | undefined {
    this.#settle();
    return this.#rows.get(id);
  }

  /**
   * The record with this id, or the documented not-found error (`InvalidCen.NotFound`…) naming it.
   *
   * @throws ApiError `notFound`
   */
  must(id: string, notFound: ApiErrorSpec): T {
    const found = this.get(id);
    if (found === undefined) throw apiError(notFound, `(${id})`);
    return found;
  }

  /** Every record that exists now, oldest first. */
  list(): T[] {
    this.#settle();
    return [...this.#rows.values()];
  }

  /** Adds a record. */
  insert(id: string, record: T): T {
    this.#rows.set(id, record);
    return record;
  }

  /** Removes a record at once (and any change in progress). */
  delete(id: string): void {
    this.#rows.delete(id);
    this.#transitions.delete(id);
  }

  /**
   * Puts a record in the transitional status `now`, to become `then` (or be removed, for `null`) once
   * the emulator's `transitionMs` has passed on its clock. With `transitionMs` 0 the change is immediate.
   */
  begin(id: string, now: string, then: string | null): void {
    const record = this.#rows.get(id) as (T & WithStatus) | undefined;
    if (record === undefined) return;
    record.Status = now;
    this.#transitions.set(id, { at: this.#now() + this.#transitionMs(), then });
    this.#settle();
  }

  /**
   * Sets a record's status at once (a call cancelled, a review decided by a test), ending any change in
   * progress.
   */
  setStatus(id: string, status: string): void {
    const record = this.#rows.get(id) as (T & WithStatus) | undefined;
    if (record === undefined) return;
    this.#transitions.delete(id);
    record.Status = status;
  }

  /** Whether a status change of this record is still in progress. */
  changing(id: string): boolean {
    this.#settle();
    return this.#transitions.has(id);
  }

  /** A new id `prefix` + `length` random characters of `alphabet`, that no record holds. */
  newId(prefix: string, length = 17, alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"): string {
    for (;;) {
      let id = prefix;
      for (let i = 0; i < length; i++) id += alphabet[randomInt(alphabet.length)];
      if (!this.#rows.has(id)) return id;
    }
  }

  /** Forgets every record. */
  clear(): void {
    this.#rows.clear();
    this.#transitions.clear();
  }

  #settle(): void {
    if (this.#transitions.size === 0) return;
    const now = this.#now();
    for (const [id, change] of this.#transitions) {
      if (change.at > now) continue;
      this.#transitions.delete(id);
      if (change.then === null) this.#rows.delete(id);
      else {
        const record = this.#rows.get(id) as (T & WithStatus) | undefined;
        if (record) record.Status = change.then;
      }
    }
  }
}
