import type * as z from "zod/mini";
import { integerBetween } from "../shared/integer.js";
import { type CharSet, text } from "../shared/text-rule.js";

/**
 * Characters of `RoleSessionName`: ASCII letters, digits and `_ - . @ = ,`, 1–64 of them. No published
 * Volcengine pattern was at hand when this was written: the rule follows the session-name rules of other
 * STS services (AWS `[\w+=,.@-]`, Alibaba `. @ - _`) and keeps to characters that need no escaping in a
 * TRN or an audit log. Loosen it if the service is found to accept a name this refuses.
 */
const SESSION_NAME_CHARS: CharSet = {
  pattern: /^[A-Za-z0-9_.@=,-]$/u,
  label: "letters, digits and _ - . @ = ,",
};

/** `RoleSessionName`: 1–64 characters of {@link SESSION_NAME_CHARS}. */
export const RoleSessionNameSchema: z.ZodMiniString<string> = text({
  min: 1,
  max: 64,
  allowed: SESSION_NAME_CHARS,
});

/** `Policy`: a JSON policy document (a JSON object), at most 2048 characters. */
export const PolicySchema: z.ZodMiniString<string> = text({
  min: 0,
  max: 2048,
  multiline: true,
  more: [policyDocumentProblem],
});

/** `DurationSeconds`: 900–43200 seconds. */
export const DurationSecondsSchema: z.ZodMiniNumber<number> = integerBetween(900, 43200, "seconds");

/** Says what is wrong with a policy document, or nothing when it is a JSON object. Never quotes it. */
function policyDocumentProblem(value: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return "Policy must be a JSON policy document; it is not valid JSON";
  }
  if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return undefined;
  const kind = Array.isArray(parsed) ? "an array" : parsed === null ? "null" : `a ${typeof parsed}`;
  return `Policy must be a JSON policy document (a JSON object such as {"Statement":[…]}); got ${kind}`;
}
