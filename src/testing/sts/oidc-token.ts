/** What a test OIDC token claims. */
export interface OidcClaims {
  /** `sub`, e.g. `"system:serviceaccount:default:deployer"`. */
  sub?: string | undefined;
  /** `iss`, e.g. `"https://oidc.vke.example"`. */
  iss?: string | undefined;
  /** `aud`. */
  aud?: string[] | undefined;
}

const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/**
 * A JWT-shaped OIDC token for tests (`header.claims.signature`, the signature random): what a VKE pod or
 * a CI job would find in its token file. Trust it with `emulator.trustOidcToken(token)`.
 *
 * @example
 * ```ts
 * const token = createOidcToken({ sub: "system:serviceaccount:default:ci" });
 * emulator.trustOidcToken(token);
 * await writeFile(tokenFile, token);
 * ```
 */
export function createOidcToken(claims: OidcClaims = {}): string {
  const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT" }));
  const body = base64url(
    JSON.stringify({
      iss: claims.iss ?? "https://oidc.emulator.test",
      sub: claims.sub ?? "system:serviceaccount:default:emulator",
      aud: claims.aud ?? ["sts.volcengineapi.com"],
      iat: 1_700_000_000,
      nonce: globalThis.crypto.randomUUID(),
    }),
  );
  return `${header}.${body}.${base64url(globalThis.crypto.randomUUID())}`;
}

/** The claims of a JWT-shaped token, or none when it is not one. */
export function oidcClaims(token: string): OidcClaims {
  try {
    const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<
      string,
      unknown
    >;
    const text = (value: unknown) => (typeof value === "string" ? value : undefined);
    const aud = Array.isArray(claims.aud)
      ? claims.aud.filter((a) => typeof a === "string")
      : text(claims.aud);
    return { sub: text(claims.sub), iss: text(claims.iss), aud: typeof aud === "string" ? [aud] : aud };
  } catch {
    return {};
  }
}
