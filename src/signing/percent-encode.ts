/**
 * RFC 3986 percent-encoding as the signature wants it (SPEC §1.2).
 */

/** 1 for the unreserved ASCII characters `A-Z a-z 0-9 - _ . ~`, which stay as they are; 0 otherwise. */
const UNRESERVED = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~") {
  UNRESERVED[ch.charCodeAt(0)] = 1;
}

/** `%XX` (upper-case hex) for every byte value. */
const PERCENT: readonly string[] = Array.from(
  { length: 256 },
  (_, byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
);

/** U+FFFD, what a lone surrogate becomes in UTF-8 (as `TextEncoder` and `Buffer.from` encode it). */
const REPLACEMENT_CHARACTER = "%EF%BF%BD";

/**
 * Percent-encodes `s` as UTF-8 with upper-case hex, leaving only `A-Z a-z 0-9 - _ . ~` as they are:
 * space is `%20` (never `+`), and `* ! ' ( )` are encoded too, unlike `encodeURIComponent`.
 * A lone surrogate (not valid UTF-16) is encoded as U+FFFD, as `TextEncoder` does, instead of throwing.
 *
 * @example
 * ```ts
 * percentEncode("pkg a*b~c!(d)'e"); // "pkg%20a%2Ab~c%21%28d%29%27e"
 * percentEncode("中文");             // "%E4%B8%AD%E6%96%87"
 * ```
 */
export function percentEncode(s: string): string {
  const n = s.length;
  // Fast path: most keys and values (Action, Version, numbers, ids) need no escaping at all.
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || UNRESERVED[c] === 0) return encodeFrom(s, i);
  }
  return s;
}

/** Encodes `s` from index `start` on (everything before it is unreserved), copying unreserved runs whole. */
function encodeFrom(s: string, start: number): string {
  const n = s.length;
  let out = s.slice(0, start);
  let runStart = start;
  for (let i = start; i < n; i++) {
    const at = i;
    const c = s.charCodeAt(i);
    let encoded: string;
    if (c < 0x80) {
      if (UNRESERVED[c] === 1) continue;
      encoded = PERCENT[c]!;
    } else if (c < 0x800) {
      encoded = PERCENT[0xc0 | (c >> 6)]! + PERCENT[0x80 | (c & 0x3f)]!;
    } else if (c < 0xd800 || c >= 0xe000) {
      encoded = PERCENT[0xe0 | (c >> 12)]! + PERCENT[0x80 | ((c >> 6) & 0x3f)]! + PERCENT[0x80 | (c & 0x3f)]!;
    } else {
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        encoded =
          PERCENT[0xf0 | (cp >> 18)]! +
          PERCENT[0x80 | ((cp >> 12) & 0x3f)]! +
          PERCENT[0x80 | ((cp >> 6) & 0x3f)]! +
          PERCENT[0x80 | (cp & 0x3f)]!;
      } else {
        encoded = REPLACEMENT_CHARACTER;
      }
    }
    out += at > runStart ? s.slice(runStart, at) + encoded : encoded;
    runStart = i + 1;
  }
  return runStart < n ? out + s.slice(runStart) : out;
}
