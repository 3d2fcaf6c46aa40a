import { describe, expect, it } from "vitest";
import { canonicalQueryString, formatXDate, parseXDate, percentEncode } from "../../src/signing/index.js";

describe("percentEncode", () => {
  it.each([
    ["", ""],
    ["AZaz09-_.~", "AZaz09-_.~"],
    [" ", "%20"],
    ["*!'()", "%2A%21%27%28%29"],
    ["+=&/?#%", "%2B%3D%26%2F%3F%23%25"],
    ["é", "%C3%A9"],
    ["中文", "%E4%B8%AD%E6%96%87"],
    ["😀", "%F0%9F%98%80"],
    ["a\u0000b\u007f", "a%00b%7F"],
    ["pkg a*b~c!(d)'e", "pkg%20a%2Ab~c%21%28d%29%27e"],
  ])("%j → %s", (input, expected) => {
    expect(percentEncode(input)).toBe(expected);
  });

  it("encodes a lone surrogate as U+FFFD, as TextEncoder does, instead of throwing", () => {
    expect(percentEncode("a\uD800b")).toBe("a%EF%BF%BDb");
    expect(percentEncode("\uDC00")).toBe("%EF%BF%BD");
    expect(percentEncode("\uD83D")).toBe("%EF%BF%BD");
    expect(percentEncode("\uDE00\uD83D")).toBe("%EF%BF%BD%EF%BF%BD");
  });

  it("returns the very same string when nothing needs escaping", () => {
    const s = "CreateCenBandwidthPackage";
    expect(percentEncode(s)).toBe(s);
  });
});

describe("canonicalQueryString", () => {
  it("sorts by encoded key in byte order, not by raw key", () => {
    // Raw order would put "a.b" (0x2E) before "a/b" (0x2F); encoded, "a%2Fb" (%, 0x25) comes first.
    expect(canonicalQueryString({ "a.b": "1", "a/b": "2" })).toBe("a%2Fb=2&a.b=1");
    // Byte order puts "10" before "9", and upper case before lower case.
    expect(canonicalQueryString({ "9": "x", "10": "y", b: "1", B: "2" })).toBe("10=y&9=x&B=2&b=1");
    // A prefix sorts first.
    expect(canonicalQueryString({ "Tags.1.Key": "k", Tags: "t" })).toBe("Tags=t&Tags.1.Key=k");
  });

  it("stringifies numbers and booleans", () => {
    expect(canonicalQueryString({ N: 2, F: 1.5, Neg: -3, T: true, No: false, Big: 1e21 })).toBe(
      "Big=1e%2B21&F=1.5&N=2&Neg=-3&No=false&T=true",
    );
  });

  it("gives an empty string for no parameters and leaves out undefined/null at run time", () => {
    expect(canonicalQueryString({})).toBe("");
    const loose = { A: "1", B: undefined, C: null } as unknown as Record<string, string>;
    expect(canonicalQueryString(loose)).toBe("A=1");
  });

  it("breaks ties between keys that encode alike on the encoded value", () => {
    // Both keys are U+FFFD once encoded; the pair order must not depend on insertion order.
    expect(canonicalQueryString({ "\uD800": "b", "\uFFFD": "a" })).toBe("%EF%BF%BD=a&%EF%BF%BD=b");
    expect(canonicalQueryString({ "\uFFFD": "b", "\uD800": "a" })).toBe("%EF%BF%BD=a&%EF%BF%BD=b");
  });

  it("sorts large queries (past the insertion-sort limit) the same way", () => {
    const query: Record<string, string> = {};
    const keys = Array.from({ length: 120 }, (_, i) => `CenBandwidthPackageIds.${i + 1}`);
    for (const key of [...keys].reverse()) query[key] = `cbp-${key.length}`;
    const expected = [...keys]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((k) => `${k}=cbp-${k.length}`)
      .join("&");
    expect(canonicalQueryString(query)).toBe(expected);
  });
});

describe("X-Date", () => {
  it("formats UTC as YYYYMMDDTHHMMSSZ", () => {
    expect(formatXDate(new Date("2025-01-02T03:04:05.678Z"))).toBe("20250102T030405Z");
    expect(formatXDate(new Date("1999-12-31T23:59:59.999Z"))).toBe("19991231T235959Z");
    expect(formatXDate(new Date("0042-06-07T08:09:10Z"))).toBe("00420607T080910Z");
  });

  it("is not fooled by its one-entry memo", () => {
    expect(formatXDate(new Date("2025-01-02T03:04:05.100Z"))).toBe("20250102T030405Z");
    expect(formatXDate(new Date("2025-01-02T03:04:05.900Z"))).toBe("20250102T030405Z");
    expect(formatXDate(new Date("2025-01-02T03:04:06.000Z"))).toBe("20250102T030406Z");
    expect(formatXDate(new Date("1970-01-01T00:00:00.000Z"))).toBe("19700101T000000Z");
    expect(formatXDate(new Date("1969-12-31T23:59:59.500Z"))).toBe("19691231T235959Z");
  });

  it("refuses an invalid date or a year that does not fit in four digits", () => {
    expect(() => formatXDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatXDate(new Date("+010000-01-01T00:00:00Z"))).toThrow(RangeError);
  });

  it("parses what it formats", () => {
    expect(parseXDate("20250102T030405Z")?.toISOString()).toBe("2025-01-02T03:04:05.000Z");
    expect(parseXDate("00420607T080910Z")?.toISOString()).toBe("0042-06-07T08:09:10.000Z");
    expect(parseXDate("20240229T000000Z")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it.each([
    "",
    "2025-01-02T03:04:05Z",
    "20250102T030405",
    "20250102t030405z",
    "20250102T030405.000Z",
    " 20250102T030405Z",
    "20251302T000000Z",
    "20250230T000000Z",
    "20230229T000000Z",
    "20250100T000000Z",
    "20250102T240000Z",
    "20250102T006000Z",
    "20250102T000060Z",
    "２０２５0102T030405Z",
  ])("rejects %j", (s) => {
    expect(parseXDate(s)).toBeUndefined();
  });
});
