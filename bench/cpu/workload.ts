/**
 * What every contender of the client-CPU bench sends and what the loopback server answers: two request
 * shapes (a cen GET whose parameters include tags, a vms POST with a JSON body), the same keys for all,
 * and one fixed success envelope per action.
 */

/** The credentials every contender signs with. The loopback server does not check signatures. */
export const BENCH_CREDENTIALS = {
  accessKeyId: "AKLTbenchAccessKeyId",
  secretKey: "YmVuY2hTZWNyZXRBY2Nlc3NLZXk=",
} as const;

export const BENCH_REGION = "cn-beijing";

/** One request shape: the operation's wire identity and the parameters each call sends. */
export interface Shape {
  /** Short label for the table. */
  label: string;
  service: string;
  version: string;
  action: string;
  method: "GET" | "POST";
  /** Parameters as the caller writes them (nested tags). A fresh `ClientToken` is added per call where the action takes one. */
  params: Record<string, unknown>;
  /** Whether the action takes a `ClientToken` (every contender then sends a fresh one per call). */
  clientToken: boolean;
}

export const SHAPES = {
  cen: {
    label: "cen CreateCenBandwidthPackage GET, 8 params + 2 tags",
    service: "cen",
    version: "2020-04-01",
    action: "CreateCenBandwidthPackage",
    method: "GET",
    params: {
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      Bandwidth: 10,
      PeriodUnit: "Year",
      Period: 1,
      CenBandwidthPackageName: "bench-package",
      Tags: [
        { Key: "env", Value: "prod" },
        { Key: "team", Value: "network" },
      ],
    },
    clientToken: true,
  },
  vms: {
    label: "vms CreateNumberPool POST, JSON body",
    service: "vms",
    version: "2022-01-01",
    action: "CreateNumberPool",
    method: "POST",
    params: { Name: "默认号码池", ServiceType: 100, SubServiceType: 101 },
    clientToken: false,
  },
} as const satisfies Record<string, Shape>;

export type ShapeName = keyof typeof SHAPES;

/** The success envelope the loopback server answers `action` with (the same bytes for every contender). */
export function answerFor(action: string): string {
  const metadata = {
    RequestId: "20250102030405010203040506070809",
    Action: action,
    Version: action === "CreateNumberPool" ? "2022-01-01" : "2020-04-01",
    Service: action === "CreateNumberPool" ? "vms" : "cen",
    Region: BENCH_REGION,
  };
  const result =
    action === "CreateNumberPool"
      ? { Name: "默认号码池", NumberPoolNo: "NP163517154204092175", ServiceType: 100, SubServiceType: 101 }
      : { CenBandwidthPackageId: "cbp-4c2zaavbvh5fx0000" };
  return JSON.stringify({ ResponseMetadata: metadata, Result: result });
}

/**
 * Flattens nested parameters into Volcengine's dotted keys (`Tags.1.Key`), for the contenders that
 * do not flatten by themselves (the floor and `@volcengine/openapi`).
 */
export function flatten(params: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const add = (name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) add(`${name}.${i + 1}`, value[i]);
    } else if (typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) add(`${name}.${key}`, inner);
    } else out[name] = value as string | number | boolean;
  };
  for (const [key, value] of Object.entries(params)) add(key, value);
  return out;
}
