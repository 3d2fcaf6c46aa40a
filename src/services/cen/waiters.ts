import type { AnyOperation, InputOf, OutputOf } from "../../client/operation.js";
import type { Sender } from "../../client/sender.js";
import { type WaitOptions, waitFor } from "../../client/wait.js";
import {
  DescribeCenAttachedInstanceAttributes,
  type DescribeCenAttachedInstanceAttributesInput,
  type DescribeCenAttachedInstanceAttributesOutput,
} from "./attached-instances/describe-cen-attached-instance-attributes.js";
import {
  DescribeCenBandwidthPackageAttributes,
  type DescribeCenBandwidthPackageAttributesInput,
  type DescribeCenBandwidthPackageAttributesOutput,
} from "./bandwidth-packages/describe-cen-bandwidth-package-attributes.js";
import {
  DescribeCenAttributes,
  type DescribeCenAttributesInput,
  type DescribeCenAttributesOutput,
} from "./instances/describe-cen-attributes.js";
import {
  DescribeCenInterRegionBandwidthAttributes,
  type DescribeCenInterRegionBandwidthAttributesInput,
  type DescribeCenInterRegionBandwidthAttributesOutput,
} from "./inter-region-bandwidths/describe-cen-inter-region-bandwidth-attributes.js";

/**
 * Options of the cen waiters: how long to wait (`timeoutMs`, default 5 minutes), a `signal` to stop, the
 * polling delays (`minDelayMs` 1 s growing to `maxDelayMs` 15 s) and each poll's `sendOptions`.
 */
export interface WaiterOptions
  extends Pick<WaitOptions<unknown>, "timeoutMs" | "signal" | "minDelayMs" | "maxDelayMs" | "sendOptions"> {}

/** Polls `op` until its `Status` is one of `wanted`. */
function untilStatus<Op extends AnyOperation>(
  client: Sender,
  op: Op,
  input: InputOf<Op>,
  wanted: readonly string[],
  what: string,
  options: WaiterOptions,
): Promise<OutputOf<Op>> {
  return waitFor(client, op, input, {
    ...options,
    until: (output) => wanted.includes((output as { Status?: string }).Status ?? ""),
    description: `${what} to be ${wanted.join(" or ")}`,
  });
}

/** Polls `op` until it answers `notFound`: the resource is gone. */
async function untilGone<Op extends AnyOperation>(
  client: Sender,
  op: Op,
  input: InputOf<Op>,
  notFound: string,
  what: string,
  options: WaiterOptions,
): Promise<void> {
  await waitFor(client, op, input, {
    ...options,
    until: () => false,
    doneOn: [notFound],
    description: `${what} to be deleted`,
  });
}

/**
 * Waits until a CEN is `Available` (`DescribeCenAttributes`), and resolves with its description. Rejects
 * with a `TimeoutError` of kind `"waiter"` (with `lastOutput`) when it is not within `timeoutMs`.
 *
 * @example
 * ```ts
 * const { CenId } = await volc.send(CreateCen, { CenName: "prod" });
 * await waitUntilCenAvailable(volc, { CenId }, { timeoutMs: 120_000 });
 * ```
 */
export function waitUntilCenAvailable(
  client: Sender,
  input: DescribeCenAttributesInput,
  options: WaiterOptions = {},
): Promise<DescribeCenAttributesOutput> {
  return untilStatus(client, DescribeCenAttributes, input, ["Available"], `CEN ${input.CenId}`, options);
}

/**
 * Waits until a bandwidth package is usable: `Available`, or `InUse` when it was created bound to a CEN
 * (`DescribeCenBandwidthPackageAttributes`).
 *
 * @example
 * ```ts
 * await waitUntilCenBandwidthPackageAvailable(volc, { CenBandwidthPackageId });
 * ```
 */
export function waitUntilCenBandwidthPackageAvailable(
  client: Sender,
  input: DescribeCenBandwidthPackageAttributesInput,
  options: WaiterOptions = {},
): Promise<DescribeCenBandwidthPackageAttributesOutput> {
  const what = `bandwidth package ${input.CenBandwidthPackageId}`;
  return untilStatus(
    client,
    DescribeCenBandwidthPackageAttributes,
    input,
    ["Available", "InUse"],
    what,
    options,
  );
}

/**
 * Waits until an inter-region bandwidth is `Available` (`DescribeCenInterRegionBandwidthAttributes`).
 *
 * @example
 * ```ts
 * await waitUntilCenInterRegionBandwidthAvailable(volc, { InterRegionBandwidthId });
 * ```
 */
export function waitUntilCenInterRegionBandwidthAvailable(
  client: Sender,
  input: DescribeCenInterRegionBandwidthAttributesInput,
  options: WaiterOptions = {},
): Promise<DescribeCenInterRegionBandwidthAttributesOutput> {
  const what = `inter-region bandwidth ${input.InterRegionBandwidthId}`;
  return untilStatus(client, DescribeCenInterRegionBandwidthAttributes, input, ["Available"], what, options);
}

/**
 * Waits until an attached instance is `Available` (`DescribeCenAttachedInstanceAttributes`).
 *
 * @example
 * ```ts
 * await waitUntilCenAttachedInstanceAvailable(volc, {
 *   CenId, InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: "VPC",
 * });
 * ```
 */
export function waitUntilCenAttachedInstanceAvailable(
  client: Sender,
  input: DescribeCenAttachedInstanceAttributesInput,
  options: WaiterOptions = {},
): Promise<DescribeCenAttachedInstanceAttributesOutput> {
  const what = `instance ${input.InstanceId} attached to ${input.CenId}`;
  return untilStatus(client, DescribeCenAttachedInstanceAttributes, input, ["Available"], what, options);
}

/**
 * Waits until a deleted CEN is gone: `DescribeCenAttributes` answers `InvalidCen.NotFound`.
 *
 * @example
 * ```ts
 * await volc.send(DeleteCen, { CenId });
 * await waitUntilCenDeleted(volc, { CenId });
 * ```
 */
export function waitUntilCenDeleted(
  client: Sender,
  input: DescribeCenAttributesInput,
  options: WaiterOptions = {},
): Promise<void> {
  return untilGone(
    client,
    DescribeCenAttributes,
    input,
    "InvalidCen.NotFound",
    `CEN ${input.CenId}`,
    options,
  );
}

/**
 * Waits until a deleted bandwidth package is gone: `DescribeCenBandwidthPackageAttributes` answers
 * `InvalidCenBandwidthPackage.NotFound`.
 *
 * @example
 * ```ts
 * await volc.send(DeleteCenBandwidthPackage, { CenBandwidthPackageId });
 * await waitUntilCenBandwidthPackageDeleted(volc, { CenBandwidthPackageId });
 * ```
 */
export function waitUntilCenBandwidthPackageDeleted(
  client: Sender,
  input: DescribeCenBandwidthPackageAttributesInput,
  options: WaiterOptions = {},
): Promise<void> {
  const what = `bandwidth package ${input.CenBandwidthPackageId}`;
  const notFound = "InvalidCenBandwidthPackage.NotFound";
  return untilGone(client, DescribeCenBandwidthPackageAttributes, input, notFound, what, options);
}
