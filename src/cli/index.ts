/**
 * The command line's core, built as `dist/cli-core.js` (not a public entry): `runCli` with the
 * built-in services and catalog, for tests that run it with services of their own.
 *
 * @module
 */

import catalogData from "./catalog.generated.json" with { type: "json" };
import type { Catalog } from "./catalog.js";
import { type CliService, discoverServices } from "./registry.js";
import { SERVICE_MODULES } from "./services.generated.js";

export { type CliContext, type CliIo, EXIT, runCli } from "./main.js";
export { type CliService, discoverServices } from "./registry.js";

/** The generated descriptions of every operation, parameter and waiter. */
export const catalog: Catalog = catalogData as Catalog;

/** The services of the package's entries (`volcengine-ts/cen`, `/vms`, `/sts`…). */
export function builtinServices(): CliService[] {
  return discoverServices(SERVICE_MODULES);
}
