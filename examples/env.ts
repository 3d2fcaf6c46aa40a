import { pathToFileURL } from "node:url";

// What every example reads from its environment: where Volcengine is. Credentials are read by the
// client itself (VOLCENGINE_ACCESS_KEY / VOLCENGINE_SECRET_KEY / VOLCENGINE_SESSION_TOKEN).

/** The variable that points the examples at an endpoint (the emulator, a gateway) instead of Volcengine. */
export const ENDPOINT_VARIABLE = "VOLCENGINE_ENDPOINT";

/**
 * The endpoint to use: `VOLCENGINE_ENDPOINT` when set, otherwise `undefined`, which sends each
 * operation to its real Volcengine host.
 */
export function endpointFrom(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = env[ENDPOINT_VARIABLE]?.trim();
  return value ? value : undefined;
}

/** Whether this module is the one Node was asked to run (`tsx examples/x.ts`), not an import. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  return moduleUrl === pathToFileURL(entry).href;
}
