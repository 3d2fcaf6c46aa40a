/**
 * The canonical query string (SPEC §1.2): what is signed, and exactly what the client puts in the URL.
 */
import { percentEncode } from "./percent-encode.js";

/** A query parameter value before encoding; numbers and booleans are sent as `String(value)`. */
export type QueryParamValue = string | number | boolean;

/** Below this many pairs an insertion sort on two parallel arrays beats `Array.prototype.sort`. */
const INSERTION_SORT_LIMIT = 24;

/**
 * Builds the canonical query string: every key and value {@link percentEncode}d, pairs sorted by encoded
 * key in byte order (ties, possible only when two keys differ by a lone surrogate, by encoded value),
 * joined as `k=v&k=v`. Numbers and booleans are stringified (`String(n)`, `true`/`false`); a value that
 * is `undefined` or `null` at run time is left out, as a missing optional parameter is not sent.
 *
 * The result is both the signed query and the URL's query: put it after `?` verbatim, never re-encode it.
 *
 * @example
 * ```ts
 * const query = canonicalQueryString({ Version: "2020-04-01", Action: "DescribeCens", PageSize: 20 });
 * // "Action=DescribeCens&PageSize=20&Version=2020-04-01"
 * const url = `https://open.volcengineapi.com/?${query}`;
 * ```
 */
export function canonicalQueryString(query: Readonly<Record<string, QueryParamValue>>): string {
  const keys: string[] = [];
  const values: string[] = [];
  for (const rawKey of Object.keys(query)) {
    const raw = query[rawKey];
    if (raw === undefined || raw === null) continue;
    keys.push(percentEncode(rawKey));
    values.push(typeof raw === "string" ? percentEncode(raw) : percentEncode(String(raw)));
  }
  const n = keys.length;
  if (n === 0) return "";
  if (n <= INSERTION_SORT_LIMIT) return joinInsertionSorted(keys, values);
  const order = keys.map((_, i) => i).sort((a, b) => comparePairs(keys, values, a, b));
  let out = "";
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    out += j === 0 ? `${keys[i]}=${values[i]}` : `&${keys[i]}=${values[i]}`;
  }
  return out;
}

/** Sorts the pairs in place (they are ASCII, so string order is byte order) and joins them. */
function joinInsertionSorted(keys: string[], values: string[]): string {
  const n = keys.length;
  for (let i = 1; i < n; i++) {
    const key = keys[i]!;
    const value = values[i]!;
    let j = i - 1;
    while (j >= 0) {
      const other = keys[j]!;
      if (other < key || (other === key && values[j]! <= value)) break;
      keys[j + 1] = other;
      values[j + 1] = values[j]!;
      j--;
    }
    keys[j + 1] = key;
    values[j + 1] = value;
  }
  let out = `${keys[0]}=${values[0]}`;
  for (let i = 1; i < n; i++) out += `&${keys[i]}=${values[i]}`;
  return out;
}

function comparePairs(keys: readonly string[], values: readonly string[], a: number, b: number): number {
  const ka = keys[a]!;
  const kb = keys[b]!;
  if (ka !== kb) return ka < kb ? -1 : 1;
  const va = values[a]!;
  const vb = values[b]!;
  return va < vb ? -1 : va > vb ? 1 : 0;
}
