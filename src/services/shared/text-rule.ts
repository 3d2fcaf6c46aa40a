import * as z from "zod/mini";

/**
 * The text policy every string parameter follows, whatever else its own rule says:
 *
 * 1. **Well-formed Unicode**: no lone surrogate (it would reach the server as U+FFFD, another value).
 * 2. **No control characters** (U+0000–U+001F, U+007F–U+009F): they are never part of a name, an id or
 *    a token, and a NUL or a newline in one is a bug upstream. Parameters documented as multi-line
 *    text (`multiline`) may hold tab, line feed and carriage return.
 * 3. **Lengths count characters** (code points), as the API does; a value far beyond its limit is
 *    refused by its length alone, without reading every character.
 * 4. Names and descriptions add their documented character sets ({@link CharSet}); "Chinese character"
 *    means the Han script, every CJK block and extension included.
 *
 * Tokens (visible ASCII) and codes (non-negative integers) have rules of their own beside this one.
 */

/** A set of allowed characters: a one-character pattern and how messages name it. */
export interface CharSet {
  /** Matches exactly one allowed character, e.g. `/^[A-Za-z0-9]$/u`. */
  pattern: RegExp;
  /** Plain-words name for messages, e.g. `"letters, digits, Chinese characters and . _ -"`. */
  label: string;
}

/** The documented rule for one text parameter. Lengths count characters (code points), as the API does. */
export interface TextRule {
  min: number;
  /** Longest allowed; `Infinity` when the API documents no limit. */
  max: number;
  /** What the first character must be, when the API says (e.g. a letter, digit or Chinese character). */
  first?: CharSet | undefined;
  /** The characters allowed anywhere; others are listed in the message. */
  allowed?: CharSet | undefined;
  /** Multi-line text: tab, line feed and carriage return are allowed (other control characters are not). */
  multiline?: boolean | undefined;
  /** Further rules of this parameter: each returns a message when the value breaks it. */
  more?: readonly ((value: string) => string | undefined)[] | undefined;
}

/**
 * A string parameter held to a {@link TextRule} and to the text policy above. Every part of the rule that
 * is broken is reported, each with its own message. Messages do not repeat the parameter's name: the
 * issue's path says it.
 *
 * @example
 * ```ts
 * const Name = text({ min: 1, max: 128, allowed: { pattern: /^[a-z]$/u, label: "a–z" } });
 * ```
 */
export function text(rule: TextRule): z.ZodMiniString<string> {
  return z.string().check(textRuleCheck(rule));
}

/** No lone surrogate or control character: any surrogate at all sends a value to the slow path. */
const CLEAN = /^[^\u0000-\u001f\u007f-\u009f\ud800-\udfff]*$/;
const CLEAN_MULTILINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]*$/;
const CONTROL = /^[\u0000-\u001f\u007f-\u009f]$/;
const CONTROL_MULTILINE = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]$/;
const LONE_SURROGATE = /^[\ud800-\udfff]$/;

/**
 * The check behind {@link text}, for adding a {@link TextRule} to a string schema built elsewhere.
 *
 * @example
 * ```ts
 * const Token = z.string().check(textRuleCheck({ min: 1, max: 64 }));
 * ```
 */
export function textRuleCheck(rule: TextRule): z.core.$ZodCheck<string> {
  const allowedRun = rule.allowed && wholeString(rule.allowed.pattern);
  const clean = rule.multiline ? CLEAN_MULTILINE : CLEAN;
  return z.superRefine<string>((value, ctx) => {
    // UTF-16 units are at least as many as characters: past twice the limit, it is too long for sure,
    // and the characters are not read (a hostile 10-million-character value is refused at once).
    if (value.length > rule.max * 2) {
      ctx.addIssue({
        code: "custom",
        message: lengthMessage(rule, `more than ${rule.max * 2}`),
        input: value,
      });
      return;
    }
    // Fast path, for the valid values nearly every call carries: no surrogate (so length counts
    // characters), no control character, length in range, first and every character allowed.
    if (
      clean.test(value) &&
      value.length >= rule.min &&
      value.length <= rule.max &&
      (rule.first === undefined || value === "" || rule.first.pattern.test(value[0] as string)) &&
      (allowedRun === undefined || allowedRun.test(value))
    ) {
      runMore(rule, value, ctx);
      return;
    }
    // The slow path, for values that break a rule (or hold surrogate pairs): say what each part broke.
    const report = (message: string) => ctx.addIssue({ code: "custom", message, input: value });
    const chars = [...value];
    if (chars.length < rule.min || chars.length > rule.max) {
      report(lengthMessage(rule, String(chars.length)));
    }
    const control = rule.multiline ? CONTROL_MULTILINE : CONTROL;
    const controls = distinct(chars.filter((c) => control.test(c)));
    if (controls.length > 0) report(`must not contain control characters; found ${list(controls)}`);
    if (chars.some((c) => LONE_SURROGATE.test(c)))
      report("must be well-formed Unicode (it holds a lone surrogate)");

    const head = chars[0];
    const badHead = head !== undefined && rule.first !== undefined && !rule.first.pattern.test(head);
    if (badHead && rule.first) report(`must start with ${rule.first.label}; got ${JSON.stringify(head)}`);
    if (rule.allowed) {
      // A bad first character, a control character or a lone surrogate is reported above already.
      const allowed = rule.allowed;
      const found = distinct(
        chars
          .slice(badHead ? 1 : 0)
          .filter((c) => !allowed.pattern.test(c) && !control.test(c) && !LONE_SURROGATE.test(c)),
      );
      if (found.length > 0) report(`may contain only ${allowed.label}; found ${list(found)}`);
    }
    runMore(rule, value, ctx);
  });
}

function runMore(rule: TextRule, value: string, ctx: z.core.$RefinementCtx<string>): void {
  for (const extra of rule.more ?? []) {
    const message = extra(value);
    if (message !== undefined) ctx.addIssue({ code: "custom", message, input: value });
  }
}

/** At most the first ten distinct values, in order of appearance. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].slice(0, 10);
}

/** Characters for a message, quoted as JSON, with every one that would not print spelt out ("\u0000"). */
function list(chars: readonly string[]): string {
  return chars
    .map((c) => JSON.stringify(c).replace(/[\u007f-\u009f]/, (d) => `\\u00${d.charCodeAt(0).toString(16)}`))
    .join(", ");
}

/** `/^[…]$/u` (one allowed character) → `/^[…]*$/u` (a string of them); undefined for other shapes. */
function wholeString(pattern: RegExp): RegExp | undefined {
  const m = /^\^(\[.*\])\$$/.exec(pattern.source);
  return m ? new RegExp(`^${m[1]}*$`, pattern.flags) : undefined;
}

function lengthMessage(rule: TextRule, got: string): string {
  if (rule.max === Number.POSITIVE_INFINITY)
    return rule.min === 1 ? "must not be empty" : `must be at least ${rule.min} characters long; got ${got}`;
  const range = rule.min === 0 ? `at most ${rule.max}` : `${rule.min}–${rule.max}`;
  return `must be ${range} characters long; got ${got}`;
}
