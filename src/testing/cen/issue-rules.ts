import type { IssueRule } from "../issues.js";
import { CenErrors } from "./errors.js";

// Broken input rules → the documented cen codes, shared by the actions that take the same parameters.
// The rules themselves live in the operations' schemas.

/** A resource name (`CenName`, `CenBandwidthPackageName`) and `Description`. */
export function namingRules(nameField: string): IssueRule[] {
  return [
    { path: new RegExp(`^${nameField}$`), error: CenErrors.InvalidNameMalformed },
    { path: /^Description$/, error: CenErrors.InvalidDescriptionMalformed },
  ];
}

/** `Tags.N.Key` / `Tags.N.Value`, their numbering and their count. */
export const TAG_RULES: readonly IssueRule[] = [
  // A value sent without its key is a key problem, as the docs say ("must first pass Tags.N.Key").
  { path: /^Tags\.\d+\.Key$/, kinds: ["invalid", "cross-field", "missing"], error: CenErrors.InvalidTagKey },
  { path: /^Tags\.\d+\.Value$/, error: CenErrors.InvalidTagValue },
  { path: /^Tags$/, kinds: ["gap"], error: CenErrors.TagDisorder },
  { path: /^Tags$/, when: (i) => Array.isArray(i.value), error: CenErrors.TooManyTags },
];

/** `ClientToken` of the creates. */
export const CLIENT_TOKEN_RULE: IssueRule = { path: /^ClientToken$/, error: CenErrors.ClientTokenMalformed };

/** `Period` and `PeriodUnit` of a purchase or a renewal. */
export const PERIOD_RULES: readonly IssueRule[] = [
  { path: /^PeriodUnit$/, error: CenErrors.PeriodUnitMalformed },
  { path: /^Period$/, error: CenErrors.PeriodMalformed },
];

/** The package's `Bandwidth`: out of range is a limit; a value that is no number stays InvalidParameter. */
export const PACKAGE_BANDWIDTH_RULE: IssueRule = {
  path: /^Bandwidth$/,
  when: (i) => typeof i.value === "number",
  error: CenErrors.BandwidthExceeded,
};

/** `ResourceType` and `ResourceIds` of the tag actions. */
export const RESOURCE_RULES: readonly IssueRule[] = [
  { path: /^ResourceType$/, error: CenErrors.InvalidResourceType },
  { path: /^ResourceIds$/, when: (i) => Array.isArray(i.value), error: CenErrors.TooManyResources },
];
