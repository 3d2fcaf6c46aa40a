import { expect } from "vitest";
import type { Operation } from "../../src/client/operation.js";
import { validateInput } from "../../src/client/validate.js";
import { ValidationError, type ValidationIssue } from "../../src/errors.js";

/** The issues `validateInput` throws for `input`; fails the test when the input is accepted. */
export function issuesOf(op: Operation, input: unknown): ValidationIssue[] {
  try {
    validateInput(op, input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.service).toBe(op.service);
    expect(validation.action).toBe(op.action);
    return [...validation.issues];
  }
  throw new Error(`expected a ValidationError, but ${op.action} accepted ${JSON.stringify(input)}`);
}

/** A message that says what is wrong, not zod's bare "Invalid input". */
export function expectSpecific(message: string): void {
  expect(message).not.toMatch(/^Invalid input/);
  expect(message.length).toBeGreaterThan(10);
}

/** A rejected input: the one issue it must raise. */
export interface BadRow {
  rule: string;
  input: unknown;
  path: string;
  message: RegExp;
}

/** Asserts that `row.input` fails with exactly one issue, at `row.path`, with a specific message. */
export function expectOneIssue(op: Operation, row: BadRow): void {
  const issues = issuesOf(op, row.input);
  expect(issues.map((i) => i.path)).toEqual([row.path]);
  const [issue] = issues;
  expect(issue?.message).toMatch(row.message);
  expectSpecific(issue?.message ?? "");
}
