import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Emulator } from "./emulator.js";
import { beijingTime, EMULATOR_ACCOUNT_ID, type IssuedCredentials } from "./sts/sessions.js";

const TOKEN_PATH = "/latest/api/token";
const ROLES_PATH = "/volcstack/latest/iam/security_credentials";
const TOKEN_TTL_HEADER = "x-volc-ecs-metadata-token-ttl-seconds";
const TOKEN_HEADER = "x-volc-ecs-metadata-token";
/** Keys are handed out again until this long before they expire, as a metadata service rotates them. */
const ROTATE_BEFORE_MS = 5 * 60_000;
const JSON_TYPE = "application/json";

/** Options of {@link startImdsEmulator}. */
export interface ImdsEmulatorOptions {
  /** The instance's role. Default `"emulator-role"`; `null`: no role attached (the listing is empty). */
  role?: string | null;
  /**
   * Mints the role's keys on this emulator (so that they work against it), each lasting
   * `durationSeconds`. Without it, `credentials` are served.
   */
  emulator?: Emulator;
  /** Fixed keys to serve instead (with `expiration`; default: six hours from now). */
  credentials?: { accessKeyId: string; secretKey: string; sessionToken?: string; expiration?: Date };
  /** Lifetime of minted keys, in seconds. Default 21600 (six hours). */
  durationSeconds?: number;
  /** Port; 0 (the default) picks a free one. */
  port?: number;
  /** Address. Default `127.0.0.1`. */
  host?: string;
  /** The stand-in's clock, in ms since the epoch. Default: the emulator's, else `Date.now`. */
  now?: () => number;
}

/** One request the stand-in received (for assertions). */
export interface ImdsRequest {
  method: string;
  path: string;
  /** Whether it carried a session token the stand-in issued. */
  withToken: boolean;
}

/** A running IMDS stand-in. */
export interface RunningImds {
  /** Give it as `VOLCENGINE_ECS_METADATA_ENDPOINT` or `fromEcsRole({ endpoint })`. */
  url: string;
  /** Every request received, in order. */
  readonly requests: readonly ImdsRequest[];
  /** Answers the next `count` requests with HTTP `status` (a failing metadata service). */
  fail(status: number, count?: number): void;
  /** Stops listening and drops every open connection. */
  close(): Promise<void>;
}

/**
 * A stand-in for the ECS instance metadata service (IMDSv2, as the official SDKs use it), on loopback:
 * `PUT /latest/api/token` (with `X-volc-ecs-metadata-token-ttl-seconds`) gives a session token;
 * `GET /volcstack/latest/iam/security_credentials?type=user&format=json` lists the role;
 * `GET /volcstack/latest/iam/security_credentials/{role}` gives its keys (`AccessKeyId`,
 * `SecretAccessKey`, `SessionToken`, `ExpiredTime`, `CurrentTime`). Both GETs need the session token
 * (`401` without it); an unknown role is `404`. With `emulator`, the keys are minted on it and work
 * against it until they expire; the same keys are served until five minutes before their expiry.
 *
 * @example
 * ```ts
 * const emulator = createEmulator();
 * const imds = await startImdsEmulator({ role: "web", emulator });
 * const volc = new VolcClient({ transport: emulatorTransport(emulator), credentials: fromEcsRole({ endpoint: imds.url }) });
 * ```
 */
export async function startImdsEmulator(options: ImdsEmulatorOptions = {}): Promise<RunningImds> {
  const role = options.role === undefined ? "emulator-role" : options.role;
  const now = options.now ?? (() => options.emulator?.now() ?? Date.now());
  const tokens = new Set<string>();
  const requests: ImdsRequest[] = [];
  let failures: { status: number; count: number } | undefined;
  let current: IssuedCredentials | undefined;

  const keys = (): IssuedCredentials => {
    const { emulator, credentials } = options;
    if (emulator) {
      if (current === undefined || Date.parse(current.ExpiredTime) - now() <= ROTATE_BEFORE_MS) {
        current = emulator.issueCredentials({
          roleTrn: `trn:iam::${EMULATOR_ACCOUNT_ID}:role/${role}`,
          sessionName: "ecs-instance",
          durationSeconds: options.durationSeconds ?? 21600,
        });
      }
      return current;
    }
    const fixed = credentials ?? {
      accessKeyId: "AKTPImdsTestKey",
      secretKey: "imds-secret",
      sessionToken: "STSImds",
    };
    return {
      CurrentTime: beijingTime(now()),
      ExpiredTime: beijingTime(fixed.expiration?.getTime() ?? now() + 6 * 3600_000),
      AccessKeyId: fixed.accessKeyId,
      SecretAccessKey: fixed.secretKey,
      SessionToken: fixed.sessionToken ?? "",
    };
  };

  /** The answer to one request: status, body and content type. */
  const answer = (req: IncomingMessage): [number, string, string?] => {
    const url = new URL(req.url ?? "/", "http://imds");
    const token = req.headers[TOKEN_HEADER];
    const withToken = typeof token === "string" && tokens.has(token);
    requests.push({ method: req.method ?? "", path: `${url.pathname}${url.search}`, withToken });
    if (failures && failures.count > 0) {
      failures.count--;
      return [failures.status, "metadata service failure"];
    }
    if (url.pathname === TOKEN_PATH) {
      if (req.method !== "PUT") return [405, "method not allowed"];
      if (!req.headers[TOKEN_TTL_HEADER]) return [400, `missing ${TOKEN_TTL_HEADER}`];
      const issued = randomBytes(24).toString("base64url");
      tokens.add(issued);
      return [200, issued];
    }
    if (!url.pathname.startsWith(ROLES_PATH)) return [404, "not found"];
    if (req.method !== "GET") return [405, "method not allowed"];
    if (!withToken) return [401, "unauthorized: get a session token first (PUT /latest/api/token)"];
    const rest = url.pathname.slice(ROLES_PATH.length);
    if (rest === "" || rest === "/") return [200, JSON.stringify(role === null ? [] : [role]), JSON_TYPE];
    if (role === null || decodeURIComponent(rest.slice(1)) !== role) return [404, "no such role"];
    return [200, JSON.stringify(keys()), JSON_TYPE];
  };

  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const [status, body, type = "text/plain"] = answer(req);
      res.writeHead(status, { "content-type": type }).end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    requests,
    fail(status, count = 1) {
      failures = { status, count };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
