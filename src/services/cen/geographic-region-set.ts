import * as z from "zod/mini";

/**
 * Geographic region sets a CEN bandwidth package connects (`LocalGeographicRegionSetId`,
 * `PeerGeographicRegionSetId`): mainland China or Asia-Pacific. Asia to Asia is not offered.
 *
 * @example
 * ```ts
 * volc.send(CreateCenBandwidthPackage, {
 *   LocalGeographicRegionSetId: GeographicRegionSetId.China, PeerGeographicRegionSetId: GeographicRegionSetId.Asia,
 * });
 * ```
 */
export const GeographicRegionSetId = {
  /** Mainland China. */
  China: "China",
  /** Asia-Pacific. */
  Asia: "Asia",
} as const;
/** `"China"` or `"Asia"`. */
export type GeographicRegionSetId = (typeof GeographicRegionSetId)[keyof typeof GeographicRegionSetId];

/** A geographic region set id: `"China"` or `"Asia"`. */
export const GeographicRegionSetIdSchema = z.enum(GeographicRegionSetId, {
  error: (issue) =>
    issue.input === undefined ? undefined : `must be "China" or "Asia"; got ${JSON.stringify(issue.input)}`,
});
