/**
 * The official `@volcengine/openapi` signer (lib/base/sign.js, crypto-js), for interop tests: called as
 * its Service calls it (`new Signer(request, service).addAuthorization(credentials, date)`), but handed
 * Host and the body hash so that it signs the headers SPEC §1.3 signs.
 */
import { createRequire } from "node:module";
import { sha256 } from "./fixtures.js";

// Loaded with require: its CommonJS `exports.default` would otherwise reach us differently under tsx and vitest.
const requireCjs = createRequire(import.meta.url);
const { default: OfficialSigner } = requireCjs(
  "@volcengine/openapi/lib/base/sign.js",
) as typeof import("@volcengine/openapi/lib/base/sign.js");

/** What the official signer is given. */
export interface OfficialSignInput {
  method: string;
  host: string;
  query: Record<string, string | number | boolean>;
  body?: string;
  region: string;
  service: string;
  credentials: { accessKeyId: string; secretKey: string; sessionToken?: string };
  date: Date;
}

/**
 * Signs with the official signer. It signs every header it is given (bar a small deny-list) and adds
 * X-Content-Sha256 only when there is a body, so Host and the body hash are passed in explicitly to make
 * it sign `host;x-content-sha256;x-date` as SPEC §1.3 does.
 */
export function officialSign(input: OfficialSignInput): {
  headers: Record<string, string>;
  canonical: string;
} {
  const signer = new OfficialSigner(
    {
      region: input.region,
      method: input.method,
      pathname: "/",
      params: input.query,
      headers: { Host: input.host, "X-Content-Sha256": sha256(input.body ?? "") },
      body: input.body,
    },
    input.service,
  );
  signer.addAuthorization(input.credentials, input.date);
  return { headers: signer.request.headers as Record<string, string>, canonical: signer.canonicalString() };
}
