/**
 * Privacy numbers for delivery orders: the customer (A) and the courier (B) of an order call each other
 * through a number X of a pool, and never see each other's real number. The example creates an AXB
 * pool, binds a pair per order (the platform picks X by city), reads a binding, extends it, lists the
 * customer's bindings with `paginate`, shows `PhoneNoXOccupied` once the pool has no free X left, and
 * unbinds everything.
 *
 * With no endpoint set it starts an emulator in-process and seeds the pool with three numbers (a real
 * pool gets its numbers by buying them in the console):
 *
 *   npx tsx examples/privacy-numbers.ts
 *
 * Against Volcengine: export your keys and the pool that holds your numbers, and leave
 * VOLCENGINE_ENDPOINT unset:
 *
 *   VOLCENGINE_ACCESS_KEY=… VOLCENGINE_SECRET_KEY=… NUMBER_POOL_NO=NP… npx tsx examples/privacy-numbers.ts
 */
import { fromEnv, paginate, ServiceError, VolcClient } from "../src/index.js";
import {
  BindingStatus,
  CreateNumberPool,
  QuerySubscription,
  QuerySubscriptionForList,
  SelectNumberAndBindAXB,
  type SelectNumberAndBindAXBOutput,
  ServiceType,
  SubServiceType,
  UnbindAXBV2,
  UpdateAXB,
  UpdateType,
} from "../src/services/vms/index.js";
import { endpointFrom, isMain } from "./env.js";

const CUSTOMER = "13700000001";
const COURIERS = ["13800000001", "13800000002", "13800000003", "13800000004"];

/** Puts numbers in a new pool; only an emulator can, so it is given only when running against one. */
export type SeedNumbers = (numberPoolNo: string) => void;

/** What the example did. */
export interface PrivacyNumbersResult {
  numberPoolNo: string;
  /** The orders bound: their `OutId`, `SubId` and X. */
  bound: { order: string; subId: string; phoneNoX: string | undefined }[];
  /** The order that found no free X (`PhoneNoXOccupied`), if one did. */
  occupiedAt: string | undefined;
  /** The customer's bindings `paginate` listed. */
  listed: number;
}

/** A Unix time of an answer (the list sends it as a numeric string, the single query as a number). */
const at = (seconds: number | string | undefined) =>
  seconds === undefined ? "?" : new Date(Number(seconds) * 1000).toISOString().replace(".000", "");

/**
 * Runs the scenario. `NUMBER_POOL_NO` names a pool to use; without it a new AXB pool is created (and
 * given numbers by `seed`, against an emulator).
 */
export async function main(
  env: Readonly<Record<string, string | undefined>> = process.env,
  log: (line: string) => void = console.log,
  seed?: SeedNumbers,
): Promise<PrivacyNumbersResult> {
  const volc = new VolcClient({ endpoint: endpointFrom(env), credentials: fromEnv({ ...env }) });
  try {
    let pool = env.NUMBER_POOL_NO;
    if (!pool) {
      const created = await volc.send(CreateNumberPool, {
        Name: "订单隐私号",
        ServiceType: ServiceType.PrivacyNumber,
        SubServiceType: SubServiceType.Axb,
      });
      pool = created.NumberPoolNo;
      log(`created AXB pool ${pool}`);
      seed?.(pool);
    }
    const numberPoolNo = pool;

    // One binding per order: X in Beijing if one is free, else Shanghai, else Guangzhou.
    const bindOrder = (order: string, courier: string): Promise<SelectNumberAndBindAXBOutput> =>
      volc.send(SelectNumberAndBindAXB, {
        NumberPoolNo: numberPoolNo,
        PhoneNoA: CUSTOMER,
        PhoneNoB: courier,
        CityCode: "010",
        DegradeCityList: ["021", "020"],
        ExpireTime: Math.floor(Date.now() / 1000) + 3600,
        OutId: order,
      });

    const bound: PrivacyNumbersResult["bound"] = [];
    let occupiedAt: string | undefined;
    /** Binds the next order; false once the pool has no free X. */
    const nextOrder = async (): Promise<boolean> => {
      const order = `order-${1001 + bound.length}`;
      const courier = COURIERS[bound.length] as string;
      try {
        const binding = await bindOrder(order, courier);
        bound.push({ order, subId: binding.SubId, phoneNoX: binding.PhoneNoX });
        log(`${order}: ${CUSTOMER} and ${courier} talk through ${binding.PhoneNoX} (SubId ${binding.SubId})`);
        return true;
      } catch (error) {
        // A pool with no free X answers inside HTTP 200; the client raises it as a ServiceError.
        if (!(error instanceof ServiceError) || error.code !== "PhoneNoXOccupied") throw error;
        occupiedAt = order;
        log(`${order}: no free X left → ${error.code} (HTTP ${error.status}, RequestId ${error.requestId})`);
        return false;
      }
    };

    if (await nextOrder()) {
      // Read the first order's binding, and give the delivery an hour more.
      const { subId } = bound[0] as PrivacyNumbersResult["bound"][number];
      const binding = await volc.send(QuerySubscription, { NumberPoolNo: numberPoolNo, SubId: subId });
      const state = binding.Status === BindingStatus.Bound ? "bound" : `status ${binding.Status}`;
      log(`  ${state} until ${at(binding.ExpireTime)}`);
      await volc.send(UpdateAXB, {
        NumberPoolNo: numberPoolNo,
        SubId: subId,
        UpdateType: UpdateType.ExpireTime,
        ExpireTime: Number(binding.ExpireTime ?? Math.floor(Date.now() / 1000)) + 3600,
      });
      const extended = await volc.send(QuerySubscription, { NumberPoolNo: numberPoolNo, SubId: subId });
      log(`  extended until ${at(extended.ExpireTime)}`);
      // More orders, until the pool runs out of free numbers.
      while (bound.length < COURIERS.length) if (!(await nextOrder())) break;
    }

    // Every binding of the customer, two per request: paginate asks for the next page while there is one.
    let listed = 0;
    const pages = paginate(volc, QuerySubscriptionForList, {
      NumberPoolNo: numberPoolNo,
      PhoneNoA: CUSTOMER,
      Status: BindingStatus.Bound,
      Limit: 2,
    });
    for await (const binding of pages) {
      listed++;
      log(
        `listed ${binding.OutId}: ${binding.PhoneNoB} via ${binding.PhoneNoX}, until ${at(binding.ExpireTime)}`,
      );
    }

    for (const { order, subId } of bound) {
      const { Success } = await volc.send(UnbindAXBV2, { NumberPoolNo: numberPoolNo, SubId: subId });
      log(`unbound ${order}: ${Success}`);
    }
    return { numberPoolNo, bound, occupiedAt, listed };
  } finally {
    await volc.close();
  }
}

/** `npx tsx examples/privacy-numbers.ts`: against the endpoint set, or an in-process emulator. */
async function run(): Promise<void> {
  if (endpointFrom(process.env) !== undefined || process.env.VOLCENGINE_ACCESS_KEY) {
    await main();
    return;
  }
  const { EMULATOR_CREDENTIALS, startEmulator } = await import("../src/testing/index.js");
  const server = await startEmulator();
  console.log(`No endpoint or keys set: using an emulator on ${server.url}, pool seeded with 3 numbers`);
  try {
    const env = {
      VOLCENGINE_ENDPOINT: server.url,
      VOLCENGINE_ACCESS_KEY: EMULATOR_CREDENTIALS.accessKeyId,
      VOLCENGINE_SECRET_KEY: EMULATOR_CREDENTIALS.secretKey,
    };
    await main(env, console.log, (pool) => server.emulator.addNumbers(pool, 3));
  } finally {
    await server.close();
  }
}

if (isMain(import.meta.url)) {
  run().catch((error: unknown) => {
    console.error(error instanceof ServiceError ? `${error.code} (RequestId ${error.requestId})` : error);
    process.exitCode = 1;
  });
}
