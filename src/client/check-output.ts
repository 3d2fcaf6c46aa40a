import { MalformedResponseError } from "../errors.js";
import type { AnyOperation, Operation } from "./operation.js";
import { fits, formatIssuePath, parseAnswer } from "./validate.js";

/**
 * Checks an answer's `Result` against the operation's output schema, so that the typed result cannot
 * lie: a required field (the id of what was created, say) must be there with its documented type.
 * Leniently: fields the SDK does not know are kept, optional fields may be absent, and a `null` counts
 * as absent (servers send `null` for empty lists).
 *
 * @returns the answer's `Result` itself (result schemas only check, they never transform), or, when it
 *   fits only once its `null`s are read as absent, a copy without them.
 * @throws {MalformedResponseError} naming the first field that does not fit. For a write the service
 *   did act, so the error says the operation may have taken effect.
 */
export function checkOutput(op: AnyOperation, result: unknown, requestId: string, status: number): unknown {
  if (fits(op.output, result)) return result;
  // Rare: only answers that do not fit as sent pay for the copy without nulls.
  const cleaned = withoutNulls(result);
  const parsed = parseAnswer(op.output, cleaned);
  if (parsed.success) return cleaned;
  const [first] = parsed.error.issues;
  const more = parsed.error.issues.length - 1;
  const where = first ? `Result${first.path.length > 0 ? `.${formatIssuePath(first.path)}` : ""}` : "Result";
  const problem = first?.message ?? "does not fit the documented result";
  throw new MalformedResponseError({
    service: op.service,
    action: op.action,
    requestId,
    status,
    excerpt: "",
    reason: `${where}: ${problem}${more > 0 ? ` (and ${more} more problem${more > 1 ? "s" : ""})` : ""}`,
    mayHaveSucceeded: op.idempotent !== true,
  });
}

/** A copy of a JSON value with the object properties whose value is `null` left out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  // fromEntries defines own properties: a "__proto__" key stays a key.
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]) => (item === null ? [] : [[key, withoutNulls(item)]])),
  );
}
