import { CredentialsError } from "../errors.js";
import { processEnv } from "./from-env.js";
import type { CredentialProvider, Credentials, Env } from "./types.js";

/** The ECS instance metadata service, as every official SDK reaches it. */
export const ECS_METADATA_ENDPOINT = "http://100.96.0.96";
const TOKEN_PATH = "/latest/api/token";
const ROLES_PATH = "/volcstack/latest/iam/security_credentials";
const TOKEN_TTL_HEADER = "X-volc-ecs-metadata-token-ttl-seconds";
const TOKEN_HEADER = "X-volc-ecs-metadata-token";
/** Six hours, as the official SDKs ask. */
const TOKEN_TTL_SECONDS = "21600";
/** Attempts per metadata request when the service answers 429 or 5xx (a network failure ends at once). */
const ATTEMPTS = 3;

/** Options of {@link fromEcsRole}. */
export interface EcsRoleOptions {
  /** The instance's role. Default: `VOLCENGINE_ECS_METADATA`, else the first role the metadata service lists. */
  role?: string | undefined;
  /**
   * The metadata service (tests, private clouds). Default: `VOLCENGINE_ECS_METADATA_ENDPOINT`, else
   * `http://100.96.0.96`.
   */
  endpoint?: string | undefined;
  /** Time allowed for each metadata request, in ms. Default 1000: off ECS, the chain must not hang here. */
  timeoutMs?: number | undefined;
  /** The environment to read. Default `process.env`. */
  env?: Env | undefined;
  /** The fetch to call. Default `globalThis.fetch` (never a proxy: the metadata service is on the instance). */
  fetch?: typeof globalThis.fetch | undefined;
}

/** Why the metadata service could not be reached at all (off ECS), as opposed to answering with an error. */
export class MetadataUnreachableError extends CredentialsError {}

/** Whether `VOLCENGINE_ECS_METADATA_DISABLED` turns the ECS instance role off (`true`, any case). */
export function ecsMetadataDisabled(env: Env): boolean {
  return (env.VOLCENGINE_ECS_METADATA_DISABLED ?? "").trim().toLowerCase() === "true";
}

/**
 * Credentials of the ECS instance's role, from the instance metadata service (IMDSv2, as the official
 * SDKs): a session token (`PUT /latest/api/token`), the role's name (the option, `VOLCENGINE_ECS_METADATA`,
 * or the first the service lists), then `GET /volcstack/latest/iam/security_credentials/{role}`.
 * Temporary: a client refreshes them before their `ExpiredTime`. Each request is bounded by `timeoutMs`
 * (default 1 s), so that off ECS the lookup fails fast; `VOLCENGINE_ECS_METADATA_DISABLED=true` turns it off.
 *
 * @example
 * ```ts
 * new VolcClient({ credentials: fromEcsRole({ role: "web" }) });
 * ```
 */
export function fromEcsRole(options: EcsRoleOptions = {}): CredentialProvider {
  return async () => {
    const env = options.env ?? processEnv();
    if (ecsMetadataDisabled(env)) {
      throw new CredentialsError("ECS instance role: turned off by VOLCENGINE_ECS_METADATA_DISABLED=true");
    }
    const base = (options.endpoint ?? env.VOLCENGINE_ECS_METADATA_ENDPOINT ?? ECS_METADATA_ENDPOINT).replace(
      /\/+$/,
      "",
    );
    const get = (path: string, init: RequestInit) => metadataRequest(base, path, init, options);
    // No session token: whatever answered (if anything did) is no metadata service, so this is no ECS
    // instance. Failures after a token was given are the role's own.
    const token = (
      await get(TOKEN_PATH, { method: "PUT", headers: { [TOKEN_TTL_HEADER]: TOKEN_TTL_SECONDS } }).catch(
        (error: unknown) => {
          if (error instanceof MetadataUnreachableError) throw error;
          const reason = (error as Error).message.replace(/^ECS instance role: /, "");
          throw new MetadataUnreachableError(
            `ECS instance role: ${base} gave no metadata session token (${reason}); is this an ECS instance?`,
          );
        },
      )
    ).trim();
    if (token === "") {
      throw new MetadataUnreachableError(`ECS instance role: ${base} answered an empty session token`);
    }
    const headers = { [TOKEN_HEADER]: token };
    const role =
      options.role?.trim() ||
      env.VOLCENGINE_ECS_METADATA?.trim() ||
      firstRole(await get(`${ROLES_PATH}?type=user&format=json`, { headers }), base);
    const answer = await get(`${ROLES_PATH}/${encodeURIComponent(role)}`, { headers });
    return toCredentials(answer, role);
  };
}

/** One metadata request: its body on HTTP 200, retried on 429 and 5xx, a `CredentialsError` otherwise. */
async function metadataRequest(
  base: string,
  path: string,
  init: RequestInit,
  options: EcsRoleOptions,
): Promise<string> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const where = `${base}${path.split("?")[0]}`;
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    let body: string;
    try {
      response = await fetchFn(`${base}${path}`, {
        ...init,
        signal: AbortSignal.timeout(options.timeoutMs ?? 1000),
      });
      body = await response.text();
    } catch (error) {
      const reason =
        error instanceof Error && error.name === "TimeoutError" ? "no answer in time" : causeOf(error);
      throw new MetadataUnreachableError(
        `ECS instance role: the metadata service ${base} could not be reached (${reason}); is this an ECS instance?`,
      );
    }
    if (response.status === 200) return body;
    const transient = response.status === 429 || response.status >= 500;
    if (!transient || attempt >= ATTEMPTS) {
      // Never quote the body: it may hold keys.
      throw new CredentialsError(
        `ECS instance role: ${init.method ?? "GET"} ${where} answered HTTP ${response.status}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
}

/** The first role of a listing: a JSON array of names, or one name per line. */
function firstRole(listing: string, base: string): string {
  let roles: unknown;
  try {
    roles = JSON.parse(listing);
  } catch {
    roles = listing.split("\n");
  }
  const names = (Array.isArray(roles) ? roles : []).filter(
    (r): r is string => typeof r === "string" && r.trim() !== "",
  );
  const first = names[0]?.trim();
  if (first === undefined) {
    throw new CredentialsError(`ECS instance role: the instance has no role attached (${base} lists none)`);
  }
  return first;
}

function toCredentials(answer: string, role: string): Credentials {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(answer) as Record<string, unknown>;
  } catch {
    throw new CredentialsError(
      `ECS instance role ${role}: the metadata service answered something that is not JSON`,
    );
  }
  const text = (name: string) => {
    const value = parsed?.[name];
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const accessKeyId = text("AccessKeyId");
  const secretKey = text("SecretAccessKey");
  const expiration = new Date(text("ExpiredTime") ?? Number.NaN);
  const missing = [
    accessKeyId ? "" : "AccessKeyId",
    secretKey ? "" : "SecretAccessKey",
    Number.isNaN(expiration.getTime()) ? "a readable ExpiredTime" : "",
  ].filter(Boolean);
  if (!accessKeyId || !secretKey || missing.length > 0) {
    throw new CredentialsError(
      `ECS instance role ${role}: the metadata service answered without ${missing.join(", ")}`,
    );
  }
  return {
    accessKeyId,
    secretKey,
    sessionToken: text("SessionToken"),
    expiration,
    source: `ECS instance role ${role}`,
  };
}

function causeOf(error: unknown): string {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message.slice(0, 100) : "unknown error";
}
