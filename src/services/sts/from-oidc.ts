import type { Sender } from "../../client/sender.js";
import { processEnv } from "../../credentials/from-env.js";
import type { CredentialProvider, Env } from "../../credentials/types.js";
import { CredentialsError } from "../../errors.js";
import { AssumeRoleWithOIDC, type AssumeRoleWithOIDCOutput } from "./assume-role-with-oidc.js";
import { stsFailure, stsSender, toTemporaryCredentials } from "./temporary-credentials.js";

/** Options of {@link fromOidc}; each defaults to its `VOLCENGINE_OIDC_…` variable. */
export interface OidcOptions {
  /** The role to assume. Default `VOLCENGINE_OIDC_ROLE_TRN`. */
  roleTrn?: string | undefined;
  /** The file holding the OIDC token, re-read at every refresh. Default `VOLCENGINE_OIDC_TOKEN_FILE`. */
  tokenFile?: string | undefined;
  /** Default `VOLCENGINE_OIDC_ROLE_SESSION_NAME`, else `volcengine-ts-<ms since the epoch>`. */
  roleSessionName?: string | undefined;
  /** A JSON policy narrowing the session. Default `VOLCENGINE_OIDC_ROLE_POLICY`. */
  policy?: string | undefined;
  /** Default 3600. */
  durationSeconds?: number | undefined;
  /** The STS host or URL. Default `VOLCENGINE_OIDC_STS_ENDPOINT`, else the client's endpoint rules (`sts.volcengineapi.com`). */
  stsEndpoint?: string | undefined;
  /** The environment to read. Default `process.env`. */
  env?: Env | undefined;
  /** The client to send `AssumeRoleWithOIDC` with. Default: the client this provider is given to. */
  client?: Sender | undefined;
}

/**
 * Credentials of a role for the holder of an OIDC token (CI systems, VKE pods), from STS
 * `AssumeRoleWithOIDC` (sent unsigned): the role from `VOLCENGINE_OIDC_ROLE_TRN`, the token read from
 * `VOLCENGINE_OIDC_TOKEN_FILE` at each refresh (a rotated token is picked up), and optionally
 * `VOLCENGINE_OIDC_ROLE_SESSION_NAME`, `VOLCENGINE_OIDC_ROLE_POLICY` and `VOLCENGINE_OIDC_STS_ENDPOINT`.
 * A client given this provider refreshes the credentials a minute before they expire.
 *
 * @example
 * ```ts
 * const volc = new VolcClient({ credentials: fromOidc() }); // the VOLCENGINE_OIDC_… variables
 * ```
 */
export function fromOidc(options: OidcOptions = {}): CredentialProvider {
  return async (context) => {
    const env = options.env ?? processEnv();
    const roleTrn = options.roleTrn ?? env.VOLCENGINE_OIDC_ROLE_TRN;
    const tokenFile = options.tokenFile ?? env.VOLCENGINE_OIDC_TOKEN_FILE;
    if (!roleTrn || !tokenFile) {
      throw new CredentialsError(
        `OIDC needs a role and a token file: ${roleTrn ? "" : "VOLCENGINE_OIDC_ROLE_TRN "}${tokenFile ? "" : "VOLCENGINE_OIDC_TOKEN_FILE "}is not set`,
      );
    }
    const token = await readToken(tokenFile);
    const endpoint = options.stsEndpoint ?? env.VOLCENGINE_OIDC_STS_ENDPOINT;
    const client = stsSender(
      options.client,
      context,
      { endpoint: endpoint && !/^https?:\/\//i.test(endpoint) ? `https://${endpoint}` : endpoint },
      "fromOidc",
    );
    const policy = options.policy ?? env.VOLCENGINE_OIDC_ROLE_POLICY;
    let result: AssumeRoleWithOIDCOutput;
    try {
      result = await client.send(AssumeRoleWithOIDC, {
        RoleTrn: roleTrn,
        OIDCToken: token,
        RoleSessionName:
          options.roleSessionName ?? env.VOLCENGINE_OIDC_ROLE_SESSION_NAME ?? `volcengine-ts-${Date.now()}`,
        DurationSeconds: options.durationSeconds ?? 3600,
        ...(policy ? { Policy: policy } : {}),
      });
    } catch (error) {
      throw stsFailure(
        error,
        `Could not assume role ${roleTrn} with the OIDC token of ${tokenFile}`,
        AssumeRoleWithOIDC.action,
      );
    }
    return toTemporaryCredentials(result?.Credentials, {
      action: AssumeRoleWithOIDC.action,
      what: roleTrn,
      source: `OIDC ${roleTrn}`,
    });
  };
}

/** The token in `file`, trimmed; never quoted in an error. */
async function readToken(file: string): Promise<string> {
  const { readFile } = await import("node:fs/promises");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CredentialsError(
      `Could not read the OIDC token file ${file}${typeof code === "string" ? ` (${code})` : ""}`,
    );
  }
  const token = text.trim();
  if (token === "") throw new CredentialsError(`The OIDC token file ${file} is empty`);
  return token;
}
