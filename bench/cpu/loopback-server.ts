/**
 * The loopback server of the client-CPU bench, run in its own process (`fork`) so that its CPU is not
 * counted against the client. Answers every request with the fixed success envelope of its `Action`
 * (read from the query), after reading the whole body. Tells its parent the port over IPC, and exits
 * when the parent disconnects.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { answerFor } from "./workload.js";

const answers = new Map<string, Buffer>();

function answer(url: string): Buffer {
  const start = url.indexOf("Action=") + "Action=".length;
  const end = url.indexOf("&", start);
  const action = url.slice(start, end === -1 ? undefined : end);
  let body = answers.get(action);
  if (body === undefined) {
    body = Buffer.from(answerFor(action));
    answers.set(action, body);
  }
  return body;
}

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const body = answer(req.url ?? "");
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 61_000;

server.listen(0, "127.0.0.1", () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on("disconnect", () => {
  server.closeAllConnections();
  server.close();
  process.exit(0);
});
