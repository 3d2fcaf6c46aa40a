// Shared pieces of the runtime tests: temporary files, a transport that records what was sent, a real
// forwarding proxy on loopback, and a logger that keeps every line.
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { HttpRequest, Transport } from "../../src/index.js";

/** A fresh directory under the system's temporary directory. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "volc-runtime-"));
}

/** Writes `content` (JSON when not a string) to `name` in `dir`; returns the path. */
export async function writeIn(dir: string, name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

/** One request as a transport was given it. */
export interface Sent {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
  /** From the Authorization header: the access key, region and service of the credential scope. */
  scope: { accessKeyId: string; region: string; service: string } | undefined;
}

/** Hands each request to `inner` (or answers `answer`) and records it. */
export function recording(inner: Transport | undefined, sent: Sent[], answer?: unknown): Transport {
  return {
    async send(req: HttpRequest) {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
      const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/request/.exec(headers.authorization ?? "");
      sent.push({
        method: req.method,
        url: new URL(req.url),
        headers,
        body: req.body ? Buffer.from(req.body).toString("utf8") : "",
        scope: scope
          ? { accessKeyId: scope[1] ?? "", region: scope[2] ?? "", service: scope[3] ?? "" }
          : undefined,
      });
      if (inner) return inner.send(req);
      return {
        status: 200,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          ResponseMetadata: { RequestId: "20261129000000000000000000ABCDEF", Action: "A", Version: "V" },
          Result: answer ?? {},
        }),
      };
    },
  };
}

/** What a {@link startProxy} proxy saw. */
export interface ProxySeen {
  /** `connect` for a CONNECT tunnel (https), `absolute` for an absolute-form request (http). */
  kind: "connect" | "absolute";
  /** `host:port` of a tunnel; the whole URL of an absolute-form request. */
  target: string;
  /** The `Proxy-Authorization` header it came with. */
  authorization: string | undefined;
}

/** A running forwarding proxy. */
export interface RunningProxy {
  url: string;
  port: number;
  readonly seen: readonly ProxySeen[];
  close(): Promise<void>;
}

/**
 * A real HTTP proxy on loopback: CONNECT tunnels (for https endpoints) and absolute-form requests (for
 * http ones), forwarded to their targets. With `auth` (a whole `Proxy-Authorization` value), anything
 * else is answered 407.
 */
export async function startProxy(options: { auth?: string } = {}): Promise<RunningProxy> {
  const seen: ProxySeen[] = [];
  const sockets = new Set<Socket>();
  const allowed = (req: IncomingMessage) =>
    options.auth === undefined || req.headers["proxy-authorization"] === options.auth;
  const server = createServer((req, res) => {
    seen.push({ kind: "absolute", target: req.url ?? "", authorization: req.headers["proxy-authorization"] });
    if (!allowed(req)) {
      req.resume();
      res.writeHead(407, { "proxy-authenticate": 'Basic realm="test"' }).end();
      return;
    }
    const target = new URL(req.url ?? "");
    const { "proxy-authorization": _auth, "proxy-connection": _conn, ...headers } = req.headers;
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: target.pathname + target.search,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  server.on("connect", (req: IncomingMessage, socket: Socket, head: Buffer) => {
    sockets.add(socket);
    seen.push({ kind: "connect", target: req.url ?? "", authorization: req.headers["proxy-authorization"] });
    if (!allowed(req)) {
      socket.end("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n");
      return;
    }
    const [host, port] = (req.url ?? "").split(":");
    const upstream = connect(Number(port), host ?? "127.0.0.1", () => {
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A logger that keeps every line, by level. */
export function capturingLogger() {
  const lines: { level: string; message: string }[] = [];
  const at = (level: string) => (message: string) => {
    lines.push({ level, message });
  };
  return {
    lines,
    logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") },
    text: () => lines.map((l) => `${l.level} ${l.message}`).join("\n"),
  };
}

/** The test certificate and key for `127.0.0.1` (see fixtures/README.md). */
export const LOOPBACK_TLS = {
  cert: readFileSync(new URL("./fixtures/loopback-cert.pem", import.meta.url), "utf8"),
  key: readFileSync(new URL("./fixtures/loopback-key.pem", import.meta.url), "utf8"),
};

/** An environment in which no source of the credential chain is configured (a home without files), ECS off. */
export const NOTHING: Record<string, string> = {
  HOME: "/nonexistent/volcengine-ts-test-home",
  VOLCENGINE_ECS_METADATA_DISABLED: "true",
};
