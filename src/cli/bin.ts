#!/usr/bin/env node
// The `volcengine-ts` bin. No top-level await: tsup also builds this entry as CommonJS.
import pkg from "../../package.json" with { type: "json" };
import { builtinServices, catalog, runCli } from "./index.js";

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk: string) => {
      text += chunk;
    });
    process.stdin.on("end", () => resolve(text));
    process.stdin.on("error", reject);
  });
}

runCli(process.argv.slice(2), {
  io: {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    isTTY: process.stdout.isTTY === true,
  },
  env: process.env,
  services: builtinServices(),
  catalog,
  version: pkg.version,
}).then((code) => {
  process.exitCode = code;
});
