/**
 * A consumer of the BUILT package, type-checked (never run) by `npm run test:types` under
 * `moduleResolution: node16` and `bundler`: it imports "volcengine-ts" by name, which TypeScript
 * resolves through the package's own `exports` (self-reference) to `dist/*.d.ts`, exactly as an
 * application's compiler would. It uses the public API the way the README does, and each
 * `@ts-expect-error` proves that a wrong call does not compile.
 */
import {
  ConnectionError,
  type Credentials,
  ServiceError,
  signRequest,
  TimeoutError,
  ValidationError,
  VolcClient,
  VolcError,
} from "volcengine-ts";
import {
  CreateCenBandwidthPackage,
  type CreateCenBandwidthPackageInput,
  type CreateCenBandwidthPackageOutput,
} from "volcengine-ts/cen";
import { VolcClient as FetchVolcClient } from "volcengine-ts/fetch";
import { CreateNumberPool, type CreateNumberPoolInput, ServiceType, SubServiceType } from "volcengine-ts/vms";

export async function readmeUsage(): Promise<string> {
  const volc = new VolcClient({ region: "cn-beijing" });

  const pool = await volc.send(CreateNumberPool, {
    Name: "默认号码池",
    ServiceType: ServiceType.Voice,
    SubServiceType: SubServiceType.Sip,
  });
  const poolNo: string = pool.NumberPoolNo;
  const requestId: string = pool.$metadata.requestId;

  const { CenBandwidthPackageId } = await volc.send(CreateCenBandwidthPackage, {
    LocalGeographicRegionSetId: "China",
    PeerGeographicRegionSetId: "Asia",
    Bandwidth: 10,
    PeriodUnit: "Year",
    Period: 1,
    Tags: [{ Key: "env", Value: "prod" }],
  });
  const id: string = CenBandwidthPackageId;

  await volc.send(
    CreateCenBandwidthPackage,
    { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "China" },
    { signal: AbortSignal.timeout(5_000), timeoutMs: 2_000, deadlineMs: 10_000, maxAttempts: 2 },
  );
  await volc.close();
  return `${poolNo} ${requestId} ${id}`;
}

export async function wrongCallsDoNotCompile(volc: VolcClient): Promise<void> {
  const regions = { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia" } as const;

  // @ts-expect-error Bandwidth is a number of Mbps, not a string
  await volc.send(CreateCenBandwidthPackage, { ...regions, Bandwidth: "10" });

  // @ts-expect-error PeerGeographicRegionSetId is required
  await volc.send(CreateCenBandwidthPackage, { LocalGeographicRegionSetId: "China" });

  // @ts-expect-error unknown parameter: Bandwith (a typo of Bandwidth)
  await volc.send(CreateCenBandwidthPackage, { ...regions, Bandwith: 10 });

  // @ts-expect-error PeriodUnit is "Month" or "Year"
  await volc.send(CreateCenBandwidthPackage, { ...regions, PeriodUnit: "Week" });

  // @ts-expect-error a region set is "China" or "Asia"
  await volc.send(CreateCenBandwidthPackage, { ...regions, PeerGeographicRegionSetId: "Europe" });

  // @ts-expect-error a tag needs its Key
  await volc.send(CreateCenBandwidthPackage, { ...regions, Tags: [{ Value: "prod" }] });

  // @ts-expect-error ServiceType is a number code, not its name
  await volc.send(CreateNumberPool, { Name: "pool", ServiceType: "Voice", SubServiceType: 101 });

  const result = await volc.send(CreateCenBandwidthPackage, regions);
  // @ts-expect-error result field typo: the field is CenBandwidthPackageId
  result.CenBandwidthPackageID;

  const pool = await volc.send(CreateNumberPool, { Name: "pool", ServiceType: 100, SubServiceType: 101 });
  // @ts-expect-error result field typo: the field is NumberPoolNo
  pool.NumberPoolNO;

  // @ts-expect-error an operation's input does not fit another operation
  await volc.send(CreateNumberPool, regions);
}

export function typesFlowFromSchemas(
  input: CreateCenBandwidthPackageInput,
  output: CreateCenBandwidthPackageOutput,
  pool: CreateNumberPoolInput,
): void {
  const bandwidth: number | undefined = input.Bandwidth;
  const id: string = output.CenBandwidthPackageId;
  const name: string = pool.Name;
  void [bandwidth, id, name];
}

export function errorsAreTyped(error: unknown): string {
  if (error instanceof ValidationError)
    return error.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n");
  if (error instanceof ServiceError)
    return `${error.code} ${error.status} ${error.requestId ?? ""} ${error.retryable}`;
  if (error instanceof ConnectionError) return String(error.requestMayHaveBeenSent);
  if (error instanceof TimeoutError) return error.kind;
  if (error instanceof VolcError) return error.name;
  return "unknown";
}

export function fetchEntryAndSigning(credentials: Credentials): Record<string, string> {
  const volc = new FetchVolcClient({ endpoint: "http://127.0.0.1:8080", credentials });
  void volc;
  return signRequest(
    {
      method: "GET",
      host: "open.volcengineapi.com",
      query: { Action: "DescribeCens", Version: "2020-04-01" },
    },
    { accessKeyId: credentials.accessKeyId, secretKey: credentials.secretKey },
    { region: "cn-beijing", service: "cen" },
  );
}
