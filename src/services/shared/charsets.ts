import type { CharSet } from "./text-rule.js";

// Character classes of the documented text rules. "Letters" are ASCII letters; "Chinese" is the CJK
// Unified Ideographs block (U+4E00–U+9FFF) and its extension A (U+3400–U+4DBF). Each pattern matches one
// character; the `u` flag makes a character a code point, never half a surrogate pair. Literals rather
// than built patterns, so that bundlers can drop the ones a build does not use.

/** What a name or description must start with: a letter, a digit or a Chinese character. */
export const LETTER_DIGIT_CHINESE: CharSet = {
  pattern: /^[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff]$/u,
  label: "a letter, digit or Chinese character",
};

/** Characters of a resource name (e.g. `CenBandwidthPackageName`). */
export const NAME_CHARS: CharSet = {
  pattern: /^[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff._-]$/u,
  label: "letters, digits, Chinese characters and . _ -",
};

/** Characters of a description: also `,` space `=` and the Chinese comma and full stop. */
export const DESCRIPTION_CHARS: CharSet = {
  pattern: /^[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff,._ =\-，。]$/u,
  label: "letters, digits, Chinese characters, space and , . _ = - ， 。",
};

/** Characters of a tag key or value. No Chinese here: the tag docs allow letters, digits and these signs. */
export const TAG_CHARS: CharSet = {
  pattern: /^[A-Za-z0-9 _.:/=+\-@]$/u,
  label: "letters, digits, space and _ . : / = + - @",
};

/** ASCII (U+0000–U+007F), as `ClientToken` requires. */
export const ASCII_CHARS: CharSet = {
  pattern: /^[\u0000-\u007f]$/u,
  label: "ASCII characters",
};
