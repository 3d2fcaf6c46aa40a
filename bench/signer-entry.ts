/**
 * Runs `benchSigner()` of `bench/signer.ts` and prints its results as JSON on stdout: the entry that
 * `run.ts` builds and starts on plain `node`, so that the signers run as the package build compiles them.
 */
import { benchSigner } from "./signer.js";

process.stdout.write(`${JSON.stringify(await benchSigner())}\n`);
