import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The day to report (its format is not documented; `"2026-07-08"` is a guess by analogy). */
  Day: IdSchema,
  /** The bandwidth package billed by its 95th-percentile peak, e.g. `"cbp-4c2zaavbvh5fx****"`. */
  InstanceId: IdSchema,
  /** Kind of the instance (its values are not documented). */
  ResourceType: IdSchema,
};

const Result = {
  /** The day's traffic of the instance. */
  TrafficData: z.optional(
    result({
      /** The instance. */
      InstanceId: z.optional(z.string()),
      /** Its bandwidth, in Mbps. */
      Bandwidth: z.optional(z.number()),
      /** The guaranteed ratio, in percent. */
      GuaranteedRatio: z.optional(z.number()),
      /** The billed bandwidth of each interval of the day. */
      TrafficDetailDatas: z.optional(
        z.array(
          result({
            /** Billed bandwidth in the interval (a string, as the API sends it). */
            BillBandwidth: z.optional(z.string()),
            /** Start of the interval. */
            StartTime: z.optional(z.string()),
            /** End of the interval. */
            EndTime: z.optional(z.string()),
          }),
        ),
      ),
    }),
  ),
};

/** Parameters of {@link Describe95Traffic}. */
export interface Describe95TrafficInput extends In<typeof Params> {}
/** `Result` of {@link Describe95Traffic}. */
export interface Describe95TrafficOutput extends Out<typeof Result> {}

/**
 * cen `Describe95Traffic`: one day's billed traffic of a bandwidth package paid by its 95th-percentile
 * peak (added to the official SDKs in 2026; undocumented: `Day`'s format and the `ResourceType` values are
 * unknown, so only their types are checked).
 *
 * @example
 * ```ts
 * const { TrafficData } = await volc.send(Describe95Traffic, { Day: "2026-07-08", InstanceId, ResourceType: "cenbandwidthpackage" });
 * ```
 */
export const Describe95Traffic: Operation<Describe95TrafficInput, Describe95TrafficOutput> = cenOperation({
  action: "Describe95Traffic",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
