import { inspect } from "node:util";

/**
 * Every way an error can be shown: message, stack, JSON and util.inspect, and the same for its causes.
 * Tests look for secrets in it.
 */
export function renderings(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; e !== undefined && e !== null && depth < 6; depth++) {
    parts.push(String(e), inspect(e, { depth: 10, showHidden: true, getters: true }));
    try {
      parts.push(JSON.stringify(e));
    } catch {
      // circular causes are rendered by inspect above
    }
    if (e instanceof Error) parts.push(e.stack ?? "");
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join("\n");
}
