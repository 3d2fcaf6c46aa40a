import type { CharSet } from "./text-rule.js";

// Character classes of the documented text rules. "Letters" are ASCII letters; "Chinese characters" are
// the Han script: every CJK Unified Ideographs block and extension (𠀀 in Extension B too), the
// compatibility ideographs and the CJK radicals. Each pattern matches one character; the `u` flag makes a
// character a code point, never half a surrogate pair. Literals rather than built patterns, so that
// bundlers can drop the ones a build does not use.

/** What a name or description must start with: a letter, a digit or a Chinese character. */
export const LETTER_DIGIT_CHINESE: CharSet = {
  pattern: /^[A-Za-z0-9\p{Script=Han}]$/u,
  label: "a letter, digit or Chinese character",
};

/** Characters of a resource name (e.g. `CenBandwidthPackageName`). */
export const NAME_CHARS: CharSet = {
  pattern: /^[A-Za-z0-9\p{Script=Han}._-]$/u,
  label: "letters, digits, Chinese characters and . _ -",
};

/** Characters of a description: also `,` space `=` and the Chinese comma and full stop. */
export const DESCRIPTION_CHARS: CharSet = {
  pattern: /^[A-Za-z0-9\p{Script=Han},._ =\-，。]$/u,
  label: "letters, digits, Chinese characters, space and , . _ = - ， 。",
};

/** Characters of a tag key or value. No Chinese here: the tag docs allow letters, digits and these signs. */
export const TAG_CHARS: CharSet = {
  pattern: /^[A-Za-z0-9 _.:/=+\-@]$/u,
  label: "letters, digits, space and _ . : / = + - @",
};

/** Visible ASCII (U+0021–U+007E), as tokens such as `ClientToken` take: no space, no control character. */
export const VISIBLE_ASCII: CharSet = {
  pattern: /^[\u0021-\u007e]$/u,
  label: "visible ASCII characters (no space or control character)",
};
