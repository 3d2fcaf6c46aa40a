// Raw signed requests, built with the SDK's signer and sent with fetch over loopback: they drive the
// emulator the way any client would, without the SDK's client in between.
import { canonicalQueryString, type SigningCredentials, signRequest } from "../../src/signing/index.js";
import { EMULATOR_CREDENTIALS } from "../../src/testing/index.js";

export interface RawRequest {
  method?: string;
  /** Query parameters besides Action and Version. */
  query?: Record<string, string | number | boolean>;
  action?: string | undefined;
  version?: string | undefined;
  /** The body sent. */
  body?: string | Uint8Array;
  /** The body signed, when it is not the one sent (tampering). */
  signedBody?: string | Uint8Array;
  contentType?: string;
  credentials?: SigningCredentials;
  service?: string;
  region?: string;
  date?: Date;
  /** Last-minute changes to the headers sent (after signing). */
  mutate?: (headers: Record<string, string>) => void;
  /** The query string sent, when it is not the signed one. */
  sentQuery?: string;
}

export interface Envelope {
  ResponseMetadata: {
    RequestId: string;
    Action: string;
    Version: string;
    Service: string;
    Region: string;
    Error?: { Code: string; CodeN?: number; Message: string };
  };
  Result?: Record<string, unknown>;
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  envelope: Envelope;
}

export const CEN = { service: "cen", action: "CreateCenBandwidthPackage", version: "2020-04-01" } as const;
export const VMS = { service: "vms", action: "CreateNumberPool", version: "2022-01-01" } as const;

/** Signs and sends a request to `baseUrl` (with `fetchFn`, global fetch by default); parses the answer. */
export async function sendRaw(
  baseUrl: string,
  req: RawRequest,
  fetchFn: (url: string, init: RequestInit) => Promise<Response> = fetch,
): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  const query: Record<string, string | number | boolean> = { ...req.query };
  if (req.action !== undefined) query.Action = req.action;
  if (req.version !== undefined) query.Version = req.version;
  const signed = signRequest(
    {
      method: req.method ?? "GET",
      host: url.host,
      path: "/",
      query,
      body: req.signedBody ?? req.body,
    },
    req.credentials ?? EMULATOR_CREDENTIALS,
    { region: req.region ?? "cn-beijing", service: req.service ?? "cen", date: req.date ?? new Date() },
  );
  const headers: Record<string, string> = { ...signed };
  if (req.contentType !== undefined) headers["Content-Type"] = req.contentType;
  req.mutate?.(headers);
  const response = await fetchFn(`${url.origin}/?${req.sentQuery ?? canonicalQueryString(query)}`, {
    method: req.method ?? "GET",
    headers,
    body: req.body as BodyInit | undefined,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, envelope: JSON.parse(text) as Envelope };
}

/** A cen CreateCenBandwidthPackage GET with these parameters (flattened by the caller). */
export function cenRequest(
  query: Record<string, string | number | boolean>,
  extra: RawRequest = {},
): RawRequest {
  return {
    ...CEN,
    query: { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia", ...query },
    ...extra,
  };
}

/** A vms CreateNumberPool POST with a JSON body. */
export function vmsJsonRequest(body: unknown, extra: RawRequest = {}): RawRequest {
  return {
    ...VMS,
    method: "POST",
    body: JSON.stringify(body),
    contentType: "application/json; charset=utf-8",
    ...extra,
  };
}

/** The error code of an answer, or undefined for a success. */
export function codeOf(answer: RawAnswer): string | undefined {
  return answer.envelope.ResponseMetadata.Error?.Code;
}
