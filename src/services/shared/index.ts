/**
 * Parameter rules shared by several services: tags, billing period, names, descriptions, client tokens,
 * integers and the cross-field check helper. Operations import from the single files, so that a bundle
 * carries only the rules it uses; this index is for browsing and for later services.
 *
 * @module
 */
export {
  ALLOWED_PERIODS,
  billingPeriodCheck,
  PeriodSchema,
  PeriodUnit,
  PeriodUnitSchema,
} from "./billing-period.js";
export { DESCRIPTION_CHARS, LETTER_DIGIT_CHINESE, NAME_CHARS, TAG_CHARS, VISIBLE_ASCII } from "./charsets.js";
export { ClientTokenSchema } from "./client-token.js";
export { crossFieldCheck, type ReportIssue, type UncheckedFields } from "./cross-field.js";
export { describeValue } from "./describe-value.js";
export { DescriptionSchema } from "./description.js";
export { FreeTextSchema } from "./free-text.js";
export { integer, integerBetween } from "./integer.js";
export { ResourceNameSchema } from "./name.js";
export { type OpenCode, openCode } from "./open-code.js";
export { MAX_TAGS, type Tag, TagKeySchema, TagSchema, TagsSchema, TagValueSchema } from "./tags.js";
export { type CharSet, type TextRule, text, textRuleCheck } from "./text-rule.js";
