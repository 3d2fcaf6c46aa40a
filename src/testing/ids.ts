import { randomInt } from "node:crypto";

const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const DIGITS = "0123456789";

/** A random id `prefix` + `length` characters of `alphabet` that `taken` does not hold yet. */
function uniqueId(prefix: string, alphabet: string, length: number, taken: (id: string) => boolean): string {
  for (;;) {
    let id = prefix;
    for (let i = 0; i < length; i++) id += alphabet[randomInt(alphabet.length)];
    if (!taken(id)) return id;
  }
}

/** A new `NumberPoolNo`, shaped like the documented `NP123456`: `NP` and ten digits. */
export function newNumberPoolNo(taken: (id: string) => boolean): string {
  return uniqueId("NP", DIGITS, 10, taken);
}

/** A new `CenBandwidthPackageId`, shaped like the documented `cbp-4c2zaavbvh5fx****`. */
export function newCenBandwidthPackageId(taken: (id: string) => boolean): string {
  return uniqueId("cbp-", LOWER_ALNUM, 17, taken);
}

/** A new CEN id, shaped like the documented `cen-7qthudw0ll6jmc****`. */
export function newCenId(taken: (id: string) => boolean): string {
  return uniqueId("cen-", LOWER_ALNUM, 18, taken);
}
