import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer as createNetServer, type Socket } from "node:net";

/** A loopback server under a test's control: it counts connections and drops them all on close. */
export interface Loopback {
  url: string;
  /** Connections accepted so far. */
  readonly connections: number;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 that answers every request with `answer` (which may also never answer). */
export async function startHttp(
  answer: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<Loopback> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => answer(req, res));
  });
  return listen(server, "http");
}

/**
 * A TCP server that accepts connections, reads what comes and never answers: a hung backend, or a
 * proxy that accepts CONNECT and stays silent.
 */
export async function startSilent(): Promise<Loopback> {
  return listen(
    createNetServer((socket) => {
      socket.resume();
    }),
    "http",
  );
}

async function listen(
  server: ReturnType<typeof createServer> | ReturnType<typeof createNetServer>,
  scheme: string,
): Promise<Loopback> {
  const sockets = new Set<Socket>();
  let connections = 0;
  server.on("connection", (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A Volcengine success envelope around `result`. */
export function envelope(result: unknown, requestId = "20261129000000000000000000ABCDEF"): string {
  return JSON.stringify({
    ResponseMetadata: { RequestId: requestId, Action: "A", Version: "V", Service: "s", Region: "cn-beijing" },
    Result: result,
  });
}
