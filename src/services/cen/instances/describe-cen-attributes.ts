import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openEnum } from "../../shared/open-enum.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";
import type { CenStatus } from "../statuses.js";
import { TagResultsSchema } from "../tags.js";

const Params = {
  /** The CEN to describe, e.g. `"cen-7qthudw0ll6jmc****"`. */
  CenId: IdSchema,
};

const Result = {
  /** Id of the CEN. */
  CenId: z.string(),
  /** Name of the CEN. */
  CenName: z.optional(z.string()),
  /** Description of the CEN. */
  Description: z.optional(z.string()),
  /** `Creating`, `Deleting`, `Pending` (being configured) or `Available`. */
  Status: z.optional(openEnum<CenStatus>()),
  /** Account that owns the CEN. */
  AccountId: z.optional(z.string()),
  /** Bandwidth packages associated with the CEN (absent or null when none). */
  CenBandwidthPackageIds: z.optional(z.array(z.string())),
  /** Project of the CEN. */
  ProjectName: z.optional(z.string()),
  /** Tags of the CEN. */
  Tags: TagResultsSchema,
  /** When it was created, ISO 8601 with offset, e.g. `"2021-04-09T08:36:47+08:00"`. */
  CreationTime: z.optional(z.string()),
  /** When it last changed, ISO 8601 with offset. */
  UpdateTime: z.optional(z.string()),
};

/** Parameters of {@link DescribeCenAttributes}. */
export interface DescribeCenAttributesInput extends In<typeof Params> {}
/** `Result` of {@link DescribeCenAttributes}. */
export interface DescribeCenAttributesOutput extends Out<typeof Result> {}

/**
 * cen `DescribeCenAttributes`: one CEN instance, its status and what is associated with it.
 *
 * @example
 * ```ts
 * const { Status, CenBandwidthPackageIds } = await volc.send(DescribeCenAttributes, { CenId });
 * ```
 */
export const DescribeCenAttributes: Operation<DescribeCenAttributesInput, DescribeCenAttributesOutput> =
  cenOperation({
    action: "DescribeCenAttributes",
    input: params(Params),
    output: result(Result),
    idempotent: true,
  });
