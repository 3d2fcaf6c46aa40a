import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { FreeTextSchema } from "../../shared/free-text.js";
import { integerBetween } from "../../shared/integer.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { OffsetSchema } from "../vocabulary.js";
import type { KnownResourceState, KnownResourceType } from "./codes.js";
import { ResourceRecordResult } from "./resource-record.js";

const Params = {
  /** Which kind to list: `0` audio files, `1` TTS templates, `2` IVR files. See {@link ResourceType}. */
  Type: openCode<KnownResourceType>(),
  /** Only resources whose name contains this, or whose `ResourceKey` is this. */
  Keyword: z.optional(FreeTextSchema),
  /** Only resources in this review state: `0` under review, `1` approved, `2` rejected. See {@link ResourceState}. */
  State: z.optional(openCode<KnownResourceState>()),
  /** Records per page, 1–100 (default 10). */
  Limit: z.optional(integerBetween(1, 100, "records")),
  /** How many records to skip (default 0). */
  Offset: z.optional(OffsetSchema),
};

const Result = {
  /** This page's resources, oldest first. */
  Records: z.optional(z.array(ResourceRecordResult)),
  /** How many resources match in all. */
  Total: z.optional(z.number()),
  /** The page size used. */
  Limit: z.optional(z.number()),
  /** The offset used. */
  Offset: z.optional(z.number()),
};

/** Parameters of {@link QueryOpenGetResource}. */
export interface QueryOpenGetResourceInput extends In<typeof Params> {}
/** `Result` of {@link QueryOpenGetResource}. */
export interface QueryOpenGetResourceOutput extends Out<typeof Result> {}

/**
 * vms `QueryOpenGetResource`: lists the account's voice resources of one kind, by `Limit`/`Offset`
 * (`paginate` walks every page). Safe to repeat.
 *
 * @example
 * ```ts
 * for await (const r of paginate(volc, QueryOpenGetResource, { Type: ResourceType.TtsTemplate })) {
 *   console.log(r.ResourceKey, r.Name, r.State);
 * }
 * ```
 */
export const QueryOpenGetResource: PagedOperation<
  QueryOpenGetResourceInput,
  QueryOpenGetResourceOutput,
  "Records"
> = vmsOperation({
  action: "QueryOpenGetResource",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: { style: "Offset", items: "Records" } as const,
});
