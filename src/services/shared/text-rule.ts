import * as z from "zod/mini";

/** A set of allowed characters: a one-character pattern and how messages name it. */
export interface CharSet {
  /** Matches exactly one allowed character, e.g. `/^[A-Za-z0-9]$/u`. */
  pattern: RegExp;
  /** Plain-words name for messages, e.g. `"letters, digits, Chinese characters and . _ -"`. */
  label: string;
}

/** The documented rule for one text parameter. Lengths count characters (code points), as the API does. */
export interface TextRule {
  /** How messages name the value, e.g. `"name"`, `"tag key"`. */
  what: string;
  min: number;
  max: number;
  /** What the first character must be, when the API says (e.g. a letter, digit or Chinese character). */
  first?: CharSet | undefined;
  /** The characters allowed anywhere; others are listed in the message. */
  allowed?: CharSet | undefined;
  /** Further rules of this parameter: each returns a message when the value breaks it. */
  more?: readonly ((value: string) => string | undefined)[] | undefined;
}

/**
 * A string parameter held to a {@link TextRule}. Every part of the rule that is broken is reported, each
 * with its own message, in one issue per part.
 *
 * @example
 * ```ts
 * const Name = text({ what: "name", min: 1, max: 128, allowed: { pattern: /^[a-z]$/u, label: "a–z" } });
 * ```
 */
export function text(rule: TextRule): z.ZodMiniString<string> {
  return z.string().check(textRuleCheck(rule));
}

/**
 * The check behind {@link text}, for adding a {@link TextRule} to a string schema built elsewhere.
 *
 * @example
 * ```ts
 * const Token = z.string().check(textRuleCheck({ what: "token", min: 1, max: 64 }));
 * ```
 */
export function textRuleCheck(rule: TextRule): z.core.$ZodCheck<string> {
  const allowedRun = rule.allowed && wholeString(rule.allowed.pattern);
  return z.superRefine<string>((value, ctx) => {
    // Fast path, for the valid values nearly every call carries: no surrogate pair (so length counts
    // characters), length in range, first and every character allowed. One regex test each.
    if (
      !HAS_SURROGATE.test(value) &&
      value.length >= rule.min &&
      value.length <= rule.max &&
      (rule.first === undefined || value === "" || rule.first.pattern.test(value[0] as string)) &&
      (allowedRun === undefined || allowedRun.test(value))
    ) {
      for (const extra of rule.more ?? []) {
        const message = extra(value);
        if (message !== undefined) ctx.addIssue({ code: "custom", message, input: value });
      }
      return;
    }
    const report = (message: string) => ctx.addIssue({ code: "custom", message, input: value });
    const chars = [...value];
    if (chars.length < rule.min || chars.length > rule.max) report(lengthMessage(rule, chars.length));

    const head = chars[0];
    const badHead = head !== undefined && rule.first !== undefined && !rule.first.pattern.test(head);
    if (badHead && rule.first) {
      report(`${rule.what} must start with ${rule.first.label}; got ${JSON.stringify(head)}`);
    }
    if (rule.allowed) {
      // A bad first character is already reported above: list only the others.
      const found = new Set(chars.slice(badHead ? 1 : 0).filter((c) => !rule.allowed?.pattern.test(c)));
      if (found.size > 0) {
        const list = [...found].map((c) => JSON.stringify(c)).join(", ");
        report(`${rule.what} may contain only ${rule.allowed.label}; found ${list}`);
      }
    }
    for (const extra of rule.more ?? []) {
      const message = extra(value);
      if (message !== undefined) report(message);
    }
  });
}

const HAS_SURROGATE = /[\uD800-\uDFFF]/;

/** `/^[…]$/u` (one allowed character) → `/^[…]*$/u` (a string of them); undefined for other shapes. */
function wholeString(pattern: RegExp): RegExp | undefined {
  const m = /^\^(\[.*\])\$$/.exec(pattern.source);
  return m ? new RegExp(`^${m[1]}*$`, pattern.flags) : undefined;
}

function lengthMessage(rule: TextRule, length: number): string {
  const range = rule.min === 0 ? `at most ${rule.max}` : `${rule.min}–${rule.max}`;
  return `${rule.what} must be ${range} characters long; got ${length}`;
}
