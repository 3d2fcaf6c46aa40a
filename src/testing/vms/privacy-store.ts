import { Table } from "../store/table.js";
import { areaCodeOf, GENERATED_CITIES } from "./cities.js";

/** A vms number pool, as `CreateNumberPool` made it. */
export interface NumberPoolRecord {
  NumberPoolNo: string;
  Name: string;
  ServiceType: number;
  SubServiceType: number;
  /** ISO 8601 time of creation, from the emulator's clock. */
  CreateTime: string;
  /** Access key id of the caller that created it. */
  CreatedBy: string;
}

/** A number of a pool, seeded with `emulator.addNumbers`. */
export interface NumberRecord {
  Number: string;
  NumberPoolNo: string;
  /** Area code of its city (`"010"`), empty when unknown (a mobile number given by the caller). */
  CityCode: string;
  /** `0` mobile, `1` fixed line. */
  NumberTypeCode: number;
  /** `1` in use, `2` disabled by the user. */
  NumberStatusCode: number;
  /** `yyyy-MM-dd HH:mm:ss`, from the emulator's clock. */
  PurchaseTime: string;
}

/** The kinds of binding: AXB (AX when it has no B), AXN, AXNE, AXYB (its AX part) and a YB relation. */
export type BindingKind = "AXB" | "AXN" | "AXNE" | "AXYB" | "YB";

/** A privacy-number binding. */
export interface BindingRecord {
  SubId: string;
  Kind: BindingKind;
  /** The pool of the number the binding holds (X, or Y for a YB relation). */
  NumberPoolNo: string;
  PhoneNoA?: string | undefined;
  PhoneNoB?: string | undefined;
  PhoneNoX?: string | undefined;
  PhoneNoY?: string | undefined;
  PhoneNoE?: string | undefined;
  /** The AXYB binding of a YB relation. */
  ParentSubId?: string | undefined;
  /** `1` bound, `0` ended (unbound, or expired on the emulator's clock). */
  Status: number;
  /** Unix seconds. */
  EnableTime: number;
  /** Unix seconds. */
  ExpireTime: number;
  RecordFlag: number;
  CallDisplayType?: number | undefined;
  UserData?: string | undefined;
  OutId?: string | undefined;
}

/**
 * What the emulator keeps for number pools, numbers and privacy-number bindings. A binding holds one
 * number (its X, or the Y of a YB relation) while it is bound; it ends, freeing the number, when it is
 * unbound or when its `ExpireTime` passes on the emulator's clock (every read settles that first).
 * Ended bindings stay listed with `Status` 0.
 */
export class PrivacyStore {
  readonly pools: Table<NumberPoolRecord>;
  readonly numbers: Table<NumberRecord>;
  readonly #bindings: Table<BindingRecord>;
  readonly #now: () => number;
  #serial = 0;

  constructor(now: () => number, transitionMs: () => number) {
    this.#now = now;
    this.pools = new Table(now, transitionMs);
    this.numbers = new Table(now, transitionMs);
    this.#bindings = new Table(now, transitionMs);
  }

  /** Every binding, oldest first, with the ones whose time has passed ended. */
  bindings(): BindingRecord[] {
    this.#settle();
    return this.#bindings.list();
  }

  /** The binding with this id, ended or not. */
  binding(subId: string): BindingRecord | undefined {
    this.#settle();
    return this.#bindings.get(subId);
  }

  /** Keeps a new binding under a new `SubId`. */
  bind(record: Omit<BindingRecord, "SubId">): BindingRecord {
    const SubId = this.#bindings.newId("S", 18, "0123456789");
    return this.#bindings.insert(SubId, { SubId, ...record });
  }

  /** Ends a binding and its YB relations. */
  unbind(binding: BindingRecord): void {
    binding.Status = 0;
    for (const child of this.#bindings.list()) if (child.ParentSubId === binding.SubId) child.Status = 0;
  }

  /** The bound binding that holds `number` now, if any. */
  holderOf(number: string): BindingRecord | undefined {
    return this.bindings().find((b) => b.Status === 1 && heldNumber(b) === number);
  }

  /**
   * Adds numbers to a pool: `count` generated fixed-line numbers spread over a few cities (010, 021, 020,
   * 0755, 0571), or the numbers given (a fixed-line number's city is read from its area code).
   *
   * @returns the numbers added.
   */
  addNumbers(poolNo: string, countOrNumbers: number | readonly string[]): string[] {
    if (!this.pools.has(poolNo)) throw new Error(`addNumbers: no number pool ${poolNo}`);
    const numbers = typeof countOrNumbers === "number" ? this.#generate(countOrNumbers) : [...countOrNumbers];
    for (const number of numbers) {
      const owner = this.numbers.get(number);
      if (owner) throw new Error(`addNumbers: ${number} is already in pool ${owner.NumberPoolNo}`);
    }
    const bought = new Date(this.#now()).toISOString().replace("T", " ").slice(0, 19);
    for (const number of numbers) {
      const fixed = number.startsWith("0");
      this.numbers.insert(number, {
        Number: number,
        NumberPoolNo: poolNo,
        CityCode: areaCodeOf(number) ?? "",
        NumberTypeCode: fixed ? 1 : 0,
        NumberStatusCode: 1,
        PurchaseTime: bought,
      });
    }
    return numbers;
  }

  /** Forgets every resource. */
  clear(): void {
    this.pools.clear();
    this.numbers.clear();
    this.#bindings.clear();
  }

  #generate(count: number): string[] {
    const out: string[] = [];
    while (out.length < count) {
      const city = GENERATED_CITIES[this.#serial % GENERATED_CITIES.length] as string;
      this.#serial++;
      const number = `${city}6${String(this.#serial).padStart(10 - city.length, "0")}`;
      if (!this.numbers.has(number)) out.push(number);
    }
    return out;
  }

  #settle(): void {
    const nowSeconds = this.#now() / 1000;
    for (const binding of this.#bindings.list()) {
      if (binding.Status === 1 && binding.ExpireTime <= nowSeconds) this.unbind(binding);
    }
  }
}

/** The number a binding holds while bound: its X, or the Y of a YB relation. */
export function heldNumber(binding: BindingRecord): string | undefined {
  return binding.Kind === "YB" ? binding.PhoneNoY : binding.PhoneNoX;
}
