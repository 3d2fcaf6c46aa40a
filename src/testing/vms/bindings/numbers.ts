import { randomInt } from "node:crypto";
import { apiError, formatMessage } from "../../api-error.js";
import { areaCodeOf, capitalOf } from "../cities.js";
import { PrivacyErrors } from "../privacy-errors.js";
import type { NumberRecord, PrivacyStore } from "../privacy-store.js";

/** How the caller asked for a number to be picked (the city fields of the bind actions). */
export interface Wanted {
  CityCode?: string | undefined;
  CityCodeByPhoneNo?: "A" | "B" | undefined;
  DegradeCityList?: readonly string[] | undefined;
  RandomFlag?: number | undefined;
  PhoneNoA?: string | undefined;
  PhoneNoB?: string | undefined;
}

/** An `IllegalArgument` answer naming `field`. */
export function illegal(field: string, detail: string) {
  const spec = PrivacyErrors.IllegalArgument;
  return apiError({ ...spec, message: formatMessage(spec.message, field) }, detail);
}

/** The pool, or `IllegalArgument` when there is none of that number. */
export function mustPool(store: PrivacyStore, poolNo: string, field = "NumberPoolNo") {
  const pool = store.pools.get(poolNo);
  if (pool === undefined) throw illegal(field, `There is no number pool ${poolNo}.`);
  return pool;
}

/**
 * The number given for a binding (`PhoneNoX`, `PhoneNoY`): one of the pool's, enabled, and free
 * (`PhoneNoXOccupied` when a bound binding holds it).
 */
export function takeNumber(store: PrivacyStore, poolNo: string, number: string, field: string): NumberRecord {
  const record = store.numbers.get(number);
  if (record === undefined || record.NumberPoolNo !== poolNo) {
    throw illegal(field, `${number} is not a number of pool ${poolNo}.`);
  }
  if (record.NumberStatusCode !== 1) throw illegal(field, `${number} is disabled.`);
  const holder = store.holderOf(number);
  if (holder) throw apiError(PrivacyErrors.PhoneNoXOccupied, `${number} is bound (${holder.SubId}).`);
  return record;
}

/**
 * Picks a free, enabled number of the pool, in the documented order: `CityCode`, else the city of A (or
 * of B with `CityCodeByPhoneNo` "B", when the emulator can tell it from a fixed-line area code), then
 * each `DegradeCityList` city (`"PNPC"`: the provincial capital of the city wanted). When the caller named
 * no city (no `CityCode`, no `DegradeCityList`) and none of those matched, any free number will do.
 * `RandomFlag` 1 picks at random among the matches; otherwise the oldest number. `exclude`: numbers
 * already taken by the same call.
 *
 * @throws ApiError `PhoneNoXOccupied` when no number fits.
 */
export function pickNumber(
  store: PrivacyStore,
  poolNo: string,
  wanted: Wanted,
  exclude: readonly string[] = [],
): NumberRecord {
  const free = store.numbers
    .list()
    .filter(
      (n) =>
        n.NumberPoolNo === poolNo &&
        n.NumberStatusCode === 1 &&
        !exclude.includes(n.Number) &&
        store.holderOf(n.Number) === undefined,
    );
  const own =
    wanted.CityCode ??
    areaCodeOf(wanted.CityCodeByPhoneNo === "B" ? (wanted.PhoneNoB ?? wanted.PhoneNoA) : wanted.PhoneNoA);
  const cities = [
    own,
    ...(wanted.DegradeCityList ?? []).map((c) => (c === "PNPC" ? own && capitalOf(own) : c)),
  ];
  for (const city of cities) {
    if (city === undefined) continue;
    const matches = free.filter((n) => n.CityCode === city);
    if (matches.length > 0) return choose(matches, wanted.RandomFlag);
  }
  const named = wanted.CityCode !== undefined || (wanted.DegradeCityList?.length ?? 0) > 0;
  if (!named && free.length > 0) return choose(free, wanted.RandomFlag);
  const where = named ? ` in ${cities.filter((c) => c !== undefined).join(", ")}` : "";
  throw apiError(PrivacyErrors.PhoneNoXOccupied, `Pool ${poolNo} has no free number${where}.`);
}

function choose(numbers: readonly NumberRecord[], randomFlag: number | undefined): NumberRecord {
  return numbers[randomFlag === 1 ? randomInt(numbers.length) : 0] as NumberRecord;
}

/** The number a bind call holds: the one it names (`given`), else one picked as `wanted` says. */
export function numberFor(
  store: PrivacyStore,
  poolNo: string,
  given: string | undefined,
  wanted: Wanted,
  field: string,
  exclude: readonly string[] = [],
): NumberRecord {
  mustPool(store, poolNo, field === "PhoneNoY" ? "NumberPoolNoY" : "NumberPoolNo");
  return given === undefined
    ? pickNumber(store, poolNo, wanted, exclude)
    : takeNumber(store, poolNo, given, field);
}
