import type * as z from "zod/mini";
import { text } from "../shared/text-rule.js";

// CIDR blocks (`DestinationCidrBlock`): an IPv4 or IPv6 address, a slash and a prefix length. Only the
// notation is checked (the docs state no rule on host bits), and, for service routes, the documented
// ranges.

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HEXTET = /^[0-9a-fA-F]{1,4}$/;

/** An IPv4 address as 4 octets, or undefined. */
function ipv4(address: string): number[] | undefined {
  return IPV4.test(address) ? address.split(".").map(Number) : undefined;
}

/** An IPv6 address (with `::`, without an embedded IPv4 part) as 8 numbers, or undefined. */
function ipv6(address: string): number[] | undefined {
  const halves = address.split("::");
  if (halves.length > 2) return undefined;
  const parts = halves.map((half) => (half === "" ? [] : half.split(":")));
  if (!parts.every((list) => list.every((h) => HEXTET.test(h)))) return undefined;
  const [head = [], tail = []] = parts;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  return [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill("0"), ...tail].map((h) =>
    Number.parseInt(h, 16),
  );
}

/** A parsed CIDR block: its address as numbers (4 octets or 8 hextets) and its prefix length. */
interface Cidr {
  family: 4 | 6;
  address: number[];
  prefix: number;
}

function parseCidr(value: string): Cidr | undefined {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(value);
  if (!match) return undefined;
  const [, address = "", length = ""] = match;
  const prefix = Number(length);
  const v4 = ipv4(address);
  if (v4) return prefix <= 32 ? { family: 4, address: v4, prefix } : undefined;
  const v6 = ipv6(address);
  return v6 && prefix <= 128 ? { family: 6, address: v6, prefix } : undefined;
}

const notation = (value: string) =>
  parseCidr(value) === undefined
    ? `must be a CIDR block such as 10.0.0.0/16 or fd00::/64; got ${JSON.stringify(value.slice(0, 48))}`
    : undefined;

/** A CIDR block, IPv4 (`192.168.0.0/16`) or IPv6 (`fd00::/64`). */
export const CidrSchema: z.ZodMiniString<string> = text({
  min: 1,
  max: Number.POSITIVE_INFINITY,
  more: [notation],
});

/** Whether a parsed block lies inside 100.64.0.0/10 or fd00:64::/32. */
function inServiceRange(cidr: Cidr): boolean {
  const [a = 0, b = 0] = cidr.address;
  if (cidr.family === 4) return cidr.prefix >= 10 && a === 100 && b >= 64 && b <= 127;
  return cidr.prefix >= 32 && a === 0xfd00 && b === 0x64;
}

/** The CIDR block of a service route: inside `100.64.0.0/10` or `fd00:64::/32`. */
export const ServiceCidrSchema: z.ZodMiniString<string> = text({
  min: 1,
  max: Number.POSITIVE_INFINITY,
  more: [
    (value) => {
      const cidr = parseCidr(value);
      if (cidr === undefined) return notation(value);
      return inServiceRange(cidr)
        ? undefined
        : `must lie inside 100.64.0.0/10 or fd00:64::/32 (the ranges of cloud services); got ${value}`;
    },
  ],
});
