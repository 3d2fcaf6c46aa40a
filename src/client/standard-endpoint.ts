/**
 * The official SDKs' endpoint rules beyond documented hosts: the standard resolver
 * (`{service}.{region}.volcengineapi.com`) and the bootstrap regions. `volcengine-ts` applies them; the
 * fetch entry leaves them out of its bundles (give it `endpoints` instead).
 */

/**
 * Services with one host for every region (`{service}.volcengineapi.com`), as the official Node SDK's
 * endpoint table marks them `IsGlobal`. Every other service is regional.
 */
const GLOBAL_SERVICES: ReadonlySet<string> = new Set(
  (
    "account_management account_management_byteplus acep advdefence agentsphere aiotvideo as_ops " +
    "bandwidthquota billing cdn cen certificate_service commercialization config coze cpaas cv dcdn dns " +
    "eco_partner ecs_ops edx fw_center ga gtm i18n_openapi iam insight mcdn na nta organization orgnization " +
    "partner private_zone psa_manager quota resource_share resourcecenter sec_agent sec_intelligent_dev " +
    "seccenter smc speech_saas_prod tag tis translate veenedge vei_api waf"
  ).split(" "),
);

/**
 * Regions whose services are reached at their own hosts even by the default resolver (the official
 * SDKs' bootstrap list); elsewhere an operation goes to its documented host.
 */
export const BOOTSTRAP_REGIONS: readonly string[] = [
  "cn-beijing-autodriving",
  "ap-southeast-2",
  "ap-southeast-3",
  "cn-shanghai-autodriving",
  "cn-beijing-selfdrive",
];

/**
 * The host the standard resolver builds, as the official SDKs do: the service code lower-cased with `_`
 * turned into `-`, then the region unless the service is global, then `volcengineapi.com`
 * (`volcengine-api.com` for dual-stack).
 *
 * @example
 * ```ts
 * standardHost("rds_mysql", "ap-southeast-1"); // "rds-mysql.ap-southeast-1.volcengineapi.com"
 * standardHost("cen", "cn-beijing", true);      // "cen.volcengine-api.com"
 * ```
 */
export function standardHost(service: string, region: string, dualStack = false): string {
  const code = service.toLowerCase().replace(/_/g, "-");
  const where = GLOBAL_SERVICES.has(service) ? "" : `.${region}`;
  return `${code}${where}.${dualStack ? "volcengine-api" : "volcengineapi"}.com`;
}

/** What the endpoint rules are built from. */
export interface EndpointRules {
  /** The standard resolver: every service at its own host. */
  standard: boolean;
  dualStack: boolean;
  /** Regions listed by `VOLC_BOOTSTRAP_REGION_LIST_CONF`, besides the built-in ones. */
  bootstrapRegions?: readonly string[] | undefined;
}

/**
 * The host rule of `volcengine-ts`: with the standard resolver, {@link standardHost} for every region;
 * otherwise only in the bootstrap regions, and the documented host elsewhere (undefined).
 */
export function hostRule(rules: EndpointRules): (service: string, region: string) => string | undefined {
  const bootstrap = new Set([...BOOTSTRAP_REGIONS, ...(rules.bootstrapRegions ?? [])]);
  return (service, region) =>
    rules.standard || bootstrap.has(region) ? standardHost(service, region, rules.dualStack) : undefined;
}
