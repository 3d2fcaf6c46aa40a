// The table helpers of the voice families' rule tests.
import { expect, it } from "vitest";
import type { AnyOperation } from "../../../src/client/operation.js";
import { validateInput } from "../../../src/client/validate.js";
import { type BadRow, expectOneIssue } from "../issues.js";

/** A refused input of one operation. */
export type OpRow = BadRow & { op: AnyOperation };

/** An accepted input of one operation: [operation, what it shows, input]. */
export type AcceptedRow = [AnyOperation, string, Record<string, unknown>];

/** One row per required parameter of `input` (all of its keys by default): that one left out. */
export function missingRows<T extends object>(
  op: AnyOperation,
  input: T,
  keys: readonly (keyof T & string)[] = Object.keys(input) as (keyof T & string)[],
): OpRow[] {
  return keys.map((key) => {
    const { [key]: _, ...rest } = input;
    return { op, rule: `${key} missing`, input: rest, path: key, message: /^required parameter is missing$/ };
  });
}

/** A test per row: the input raises exactly its one issue, at its path, with its message. */
export function itRefusesEach(rows: readonly OpRow[]): void {
  it.each(rows.map((row) => ({ ...row, action: row.op.action })))("$action: $rule → $path", (row) =>
    expectOneIssue(row.op, row),
  );
}

/** A test per row: the input is accepted as it is. */
export function itAcceptsEach(rows: readonly AcceptedRow[]): void {
  it.each(rows.map(([op, rule, input]) => ({ action: op.action, op, rule, input })))(
    "$action: $rule",
    ({ op, input }) => {
      expect(validateInput(op, input)).toEqual(input);
    },
  );
}
