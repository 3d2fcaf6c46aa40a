import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { integer } from "../../shared/integer.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { cenOperation } from "../operation.js";

const Params = {
  /** The CEN, e.g. `"cen-7qthudw0ll6jmc****"`. */
  CenId: IdSchema,
  /** One region of the pair, e.g. `"cn-beijing"`. */
  LocalRegionId: IdSchema,
  /** The other region, e.g. `"cn-shanghai"`. */
  PeerRegionId: IdSchema,
  /**
   * Bandwidth between the two regions, in Mbps. The bandwidths allocated from one package may not add up
   * to more than the package's (`LimitExceeded.InterRegionBandwidth`).
   */
  Bandwidth: integer(),
  /** The package to allocate from; left out, the service picks one associated with the CEN. */
  CenBandwidthPackageId: z.optional(IdSchema),
};

const Result = {
  /** Id of the new inter-region bandwidth. It is `Creating`, then `Available`. */
  InterRegionBandwidthId: z.string(),
};

/** Parameters of {@link CreateCenInterRegionBandwidth}. */
export interface CreateCenInterRegionBandwidthInput extends In<typeof Params> {}
/** `Result` of {@link CreateCenInterRegionBandwidth}. */
export interface CreateCenInterRegionBandwidthOutput extends Out<typeof Result> {}

/**
 * cen `CreateCenInterRegionBandwidth`: allocates bandwidth between two regions of a CEN from a bandwidth
 * package associated with it. Wait for it with `waitUntilCenInterRegionBandwidthAvailable`.
 *
 * @example
 * ```ts
 * const { InterRegionBandwidthId } = await volc.send(CreateCenInterRegionBandwidth, {
 *   CenId, LocalRegionId: "cn-beijing", PeerRegionId: "cn-shanghai", Bandwidth: 5,
 * });
 * ```
 */
export const CreateCenInterRegionBandwidth: Operation<
  CreateCenInterRegionBandwidthInput,
  CreateCenInterRegionBandwidthOutput
> = cenOperation({ action: "CreateCenInterRegionBandwidth", input: params(Params), output: result(Result) });
