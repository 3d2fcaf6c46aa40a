/**
 * `npm run demo`: the SDK end to end with no account and no network. It starts the emulator on a free
 * loopback port and runs the examples against it through the real SDK path (signer → undici or fetch →
 * HTTP → emulator, which checks each signature over the bytes it received), then closes everything.
 */
import { EMULATOR_CREDENTIALS, startEmulator } from "../src/testing/index.js";
import { main as cenLifecycle } from "./cen-lifecycle.js";
import { main as integrationScript } from "./integration-script.js";
import { main as nodeApp } from "./node-app.js";
import { main as privacyNumbers } from "./privacy-numbers.js";

const say = (line: string) => console.log(`   ${line}`);

async function demo(): Promise<void> {
  // Short transitions (Creating → Available…), so that the waiters of step 5 do not keep you waiting.
  const server = await startEmulator({ cens: ["cen-demo"], transitionMs: 300 });
  const env = {
    VOLCENGINE_ENDPOINT: server.url,
    VOLCENGINE_ACCESS_KEY: EMULATOR_CREDENTIALS.accessKeyId,
    VOLCENGINE_SECRET_KEY: EMULATOR_CREDENTIALS.secretKey,
  };
  console.log(`Emulator listening on ${server.url} (test key ${EMULATOR_CREDENTIALS.accessKeyId})\n`);
  try {
    console.log("1. examples/node-app.ts: a number pool and a bandwidth package bound to CEN cen-demo");
    const app = await nodeApp({ ...env, CEN_ID: "cen-demo" }, say);
    say(`→ NumberPoolNo ${app.numberPoolNo}, CenBandwidthPackageId ${app.cenBandwidthPackageId}`);

    console.log("\n2. examples/integration-script.ts, run twice with RUN_ID=release-42");
    const first = await integrationScript({ ...env, RUN_ID: "release-42" }, say);
    const again = await integrationScript({ ...env, RUN_ID: "release-42" }, say);
    say(
      `→ same package both times (same ClientToken): ${first.cenBandwidthPackageId === again.cenBandwidthPackageId}`,
    );

    console.log("\n3. examples/serverless.ts (the fetch client), invoked twice");
    Object.assign(process.env, env); // the function reads its endpoint and keys from its environment
    const { handler } = await import("./serverless.js");
    const ok = await handler({ bandwidth: 20, requestKey: "evt-1" });
    say(`{ bandwidth: 20 } → ${ok.statusCode} ${ok.body}`);
    const requestsBefore = server.emulator.stats.requests;
    const bad = await handler({ local: "Asia", peer: "Asia", bandwidth: 1 });
    say(
      `{ local: "Asia", peer: "Asia", bandwidth: 1 } → ${bad.statusCode}, a ValidationError caught before sending:`,
    );
    for (const issue of (JSON.parse(bad.body) as { issues: { path: string; message: string }[] }).issues) {
      say(`  - ${issue.path}: ${issue.message}`);
    }
    say(`requests sent for it: ${server.emulator.stats.requests - requestsBefore}`);

    console.log("\n4. A ServiceError from the emulator: examples/node-app.ts with a CEN that does not exist");
    await nodeApp({ ...env, CEN_ID: "cen-does-not-exist" }, say).catch((error: unknown) => {
      if (!(error instanceof Error) || error.name !== "ServiceError") throw error;
      say(`→ ${error.message}`);
    });

    console.log(
      "\n5. examples/cen-lifecycle.ts: a CEN from creation to clean-up, with paginate and the waiters",
    );
    const life = await cenLifecycle({ ...env, RUN_ID: "demo" }, say);
    say(
      `→ DeleteCen too early answered ${life.tooEarly}; ${life.lapsing.length} prepaid packages left to lapse`,
    );

    console.log("\n6. examples/privacy-numbers.ts: privacy numbers for orders, from a pool of 3 numbers");
    const privacy = await privacyNumbers(env, say, (pool) => server.emulator.addNumbers(pool, 3));
    say(`→ ${privacy.bound.length} orders bound, ${privacy.occupiedAt} found the pool full, all unbound`);

    const { stats } = server.emulator;
    const created = Object.values(stats.createdByKind).reduce((sum, n) => sum + n, 0);
    console.log(
      `\nThe emulator verified ${stats.requests} signed requests, created ${created} resources ` +
        `and answered ${stats.idempotentReplays} repeated create from its ClientToken.`,
    );
  } finally {
    await server.close();
  }
}

demo().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
