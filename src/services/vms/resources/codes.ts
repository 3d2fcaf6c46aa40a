import type { OpenCode } from "../../shared/open-code.js";

/**
 * Kinds of voice resource (`Type` of `QueryOpenGetResource`, `QueryUsableResourceV2` and their records).
 *
 * @example
 * ```ts
 * const { Records } = await volc.send(QueryUsableResourceV2, { Type: ResourceType.TtsTemplate });
 * ```
 */
export const ResourceType = {
  /** An audio file for voice notifications (uploaded, then committed). */
  AudioFile: 0,
  /** A text-to-speech template (`OpenCreateTts`). */
  TtsTemplate: 1,
  /** A file of an interactive voice (IVR) flow. */
  IvrFile: 2,
} as const;
/** A `ResourceType` code this SDK knows by name. */
export type KnownResourceType = (typeof ResourceType)[keyof typeof ResourceType];
/** A `ResourceType` code: a known one, or any other integer the API has added since. */
export type ResourceType = OpenCode<KnownResourceType>;

/**
 * Review states of a voice resource (`State`): every new resource is reviewed before tasks can use it.
 *
 * @example
 * ```ts
 * const approved = Records.filter((r) => r.State === ResourceState.Approved);
 * ```
 */
export const ResourceState = {
  UnderReview: 0,
  Approved: 1,
  Rejected: 2,
} as const;
/** A `ResourceState` code this SDK knows by name. */
export type KnownResourceState = (typeof ResourceState)[keyof typeof ResourceState];
/** A `ResourceState` code: a known one, or any other integer the API has added since. */
export type ResourceState = OpenCode<KnownResourceState>;
