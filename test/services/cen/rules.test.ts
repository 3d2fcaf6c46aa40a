// Every cen operation refuses each documented rule it breaks, before anything is sent: one row per rule,
// with the issue's exact wire path and its own message (SERVICES.md §A; issue 9 §1).
import { describe, expect, it } from "vitest";
import type { Operation } from "../../../src/client/operation.js";
import { validateInput } from "../../../src/client/validate.js";
import * as cen from "../../../src/services/cen/index.js";
import { type BadRow, expectOneIssue } from "../issues.js";

type Input = Record<string, unknown>;

/** An operation, a valid input, and the rows that break one rule each (given as changes to the input). */
interface OpRules {
  op: Operation;
  valid: Input;
  rows: { rule: string; change: Input; path: string; message: RegExp }[];
}

const ids = (n: number, prefix = "id-") => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));
const filters = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}` }));
const vpc = { InstanceId: "vpc-1", InstanceRegionId: "cn-beijing", InstanceType: "VPC" };
const route = { CenId: "cen-1", DestinationCidrBlock: "192.168.0.0/24", ...vpc };
const service = { CenId: "cen-1", DestinationCidrBlock: "100.64.0.0/11", ServiceRegionId: "cn-beijing" };
const missing = undefined;

/** Rows every list with `PageNumber`/`PageSize` 1–100 shares. */
const paging100 = [
  {
    rule: "PageNumber 0",
    change: { PageNumber: 0 },
    path: "PageNumber",
    message: /^must be at least 1 .*; got 0$/,
  },
  { rule: "PageNumber 1.5", change: { PageNumber: 1.5 }, path: "PageNumber", message: /integer; got 1.5/ },
  { rule: "PageSize 0", change: { PageSize: 0 }, path: "PageSize", message: /^must be 1–100; got 0$/ },
  { rule: "PageSize 101", change: { PageSize: 101 }, path: "PageSize", message: /^must be 1–100; got 101$/ },
];
const instanceType = (path = "InstanceType") => ({
  rule: `${path} ECS`,
  change: { [path]: "ECS" },
  path,
  message: /^must be "VPC" or "DCGW"; got "ECS"$/,
});
const required = (...fields: string[]) =>
  fields.map((field) => ({
    rule: `${field} missing`,
    change: { [field]: missing },
    path: field,
    message: /^required parameter is missing$/,
  }));
const emptyId = (field: string) => ({
  rule: `${field} empty`,
  change: { [field]: "" },
  path: field,
  message: /^must not be empty$/,
});
const naming = (nameField: string) => [
  {
    rule: `${nameField} empty`,
    change: { [nameField]: "" },
    path: nameField,
    message: /^must be 1–128 characters long; got 0$/,
  },
  {
    rule: `${nameField} 129`,
    change: { [nameField]: "n".repeat(129) },
    path: nameField,
    message: /1–128 characters long; got 129/,
  },
  {
    rule: `${nameField} starts with _`,
    change: { [nameField]: "_n" },
    path: nameField,
    message: /^must start with a letter, digit or Chinese character; got "_"$/,
  },
  {
    rule: `${nameField} with #`,
    change: { [nameField]: "n#1" },
    path: nameField,
    message: /^may contain only letters, digits, Chinese characters and \. _ -; found "#"$/,
  },
  {
    rule: "Description 256",
    change: { Description: "d".repeat(256) },
    path: "Description",
    message: /^must be at most 255 characters long; got 256$/,
  },
  {
    rule: "Description with !",
    change: { Description: "d!" },
    path: "Description",
    message: /^may contain only .*; found "!"$/,
  },
  {
    rule: "Description starts with a space",
    change: { Description: " d" },
    path: "Description",
    message: /^must start with/,
  },
];
const tagRows = [
  { rule: "21 tags", change: { Tags: tags(21) }, path: "Tags", message: /^at most 20 tags; got 21$/ },
  {
    rule: "a duplicate tag key",
    change: { Tags: [{ Key: "a" }, { Key: "a" }] },
    path: "Tags.2.Key",
    message: /^duplicate tag key "a"/,
  },
  {
    rule: "a sys: tag key",
    change: { Tags: [{ Key: "SYS:x" }] },
    path: "Tags.1.Key",
    message: /must not start with "volc:" or "sys:"/,
  },
  {
    rule: "a tag value with a trailing space",
    change: { Tags: [{ Key: "a", Value: "v " }] },
    path: "Tags.1.Value",
    message: /^must not start or end with a space$/,
  },
  {
    rule: "a tag value without its key",
    change: { Tags: [{ Value: "v" }] },
    path: "Tags.1.Key",
    message: /needs a Key/,
  },
];
const serviceCidr = [
  {
    rule: "CIDR outside 100.64.0.0/10",
    change: { DestinationCidrBlock: "10.0.0.0/8" },
    path: "DestinationCidrBlock",
    message: /^must lie inside 100\.64\.0\.0\/10 or fd00:64::\/32 .*; got 10\.0\.0\.0\/8$/,
  },
  {
    rule: "CIDR wider than 100.64.0.0/10",
    change: { DestinationCidrBlock: "100.64.0.0/9" },
    path: "DestinationCidrBlock",
    message: /must lie inside/,
  },
  {
    rule: "CIDR 100.128.0.0/16",
    change: { DestinationCidrBlock: "100.128.0.0/16" },
    path: "DestinationCidrBlock",
    message: /must lie inside/,
  },
  {
    rule: "CIDR outside fd00:64::/32",
    change: { DestinationCidrBlock: "fd00:65::/32" },
    path: "DestinationCidrBlock",
    message: /must lie inside/,
  },
  {
    rule: "CIDR malformed",
    change: { DestinationCidrBlock: "100.64.0.0" },
    path: "DestinationCidrBlock",
    message: /^must be a CIDR block such as 10\.0\.0\.0\/16 or fd00::\/64; got "100\.64\.0\.0"$/,
  },
];
const publishing = [
  {
    rule: "PublishMode Auto",
    change: { PublishMode: "Auto" },
    path: "PublishMode",
    message: /^must be "LocalDCGW" or "Custom"; got "Auto"$/,
  },
  {
    rule: "Custom without instances",
    change: { PublishMode: "Custom", PublishToInstances: missing },
    path: "PublishToInstances",
    message: /^is required with PublishMode Custom/,
  },
  {
    rule: "101 instances",
    change: { PublishMode: "Custom", PublishToInstances: Array.from({ length: 101 }, () => vpc) },
    path: "PublishToInstances",
    message: /^at most 100 instances; got 101$/,
  },
  {
    rule: "an instance of type ECS",
    change: { PublishMode: "Custom", PublishToInstances: [{ ...vpc, InstanceType: "ECS" }] },
    path: "PublishToInstances.1.InstanceType",
    message: /"VPC" or "DCGW"/,
  },
  {
    rule: "an instance without its region",
    change: { PublishToInstances: [{ InstanceId: "vpc-1", InstanceType: "VPC" }] },
    path: "PublishToInstances.1.InstanceRegionId",
    message: /required/,
  },
  {
    rule: "Description 256",
    change: { Description: "d".repeat(256) },
    path: "Description",
    message: /^must be at most 255 characters long; got 256$/,
  },
];
const renewPeriod = [
  {
    rule: "Period 10 by month",
    change: { PeriodUnit: "Month", Period: 10 },
    path: "Period",
    message: /^with PeriodUnit Month, Period must be 1–9, 12, 24 or 36; got 10$/,
  },
  {
    rule: "Period 4 by year",
    change: { PeriodUnit: "Year", Period: 4 },
    path: "Period",
    message: /^with PeriodUnit Year, Period must be 1–3; got 4$/,
  },
  {
    rule: "PeriodUnit Week",
    change: { PeriodUnit: "Week" },
    path: "PeriodUnit",
    message: /^PeriodUnit must be "Month" or "Year"; got "Week"$/,
  },
];
const resourceRows = [
  {
    rule: "ResourceType CEN",
    change: { ResourceType: "CEN" },
    path: "ResourceType",
    message: /^must be "cen" or "cenbandwidthpackage" \(lower case\); got "CEN"$/,
  },
  {
    rule: "51 ResourceIds",
    change: { ResourceIds: ids(51) },
    path: "ResourceIds",
    message: /^at most 50 ids; got 51$/,
  },
  {
    rule: "an empty resource id",
    change: { ResourceIds: [""] },
    path: "ResourceIds.1",
    message: /^must not be empty$/,
  },
];

const TABLE: OpRules[] = [
  // CEN instances
  {
    op: cen.CreateCen,
    valid: {
      CenName: "prod-网络",
      Description: "生产，网络。",
      Tags: [{ Key: "env", Value: "prod" }],
      ClientToken: "t-1",
    },
    rows: [
      ...naming("CenName"),
      ...tagRows,
      {
        rule: "ClientToken 65",
        change: { ClientToken: "t".repeat(65) },
        path: "ClientToken",
        message: /^must be 1–64 characters long; got 65$/,
      },
      {
        rule: "ClientToken non-ASCII",
        change: { ClientToken: "令牌" },
        path: "ClientToken",
        message: /visible ASCII/,
      },
      emptyId("ProjectName"),
    ],
  },
  {
    op: cen.DescribeCens,
    valid: {
      CenIds: ["cen-1"],
      CenName: "prod",
      ProjectName: "default",
      TagFilters: [{ Key: "env", Values: ["a", "b", "c", "d"] }],
      PageNumber: 2,
      PageSize: 100,
    },
    rows: [
      ...paging100,
      {
        rule: "101 CenIds",
        change: { CenIds: ids(101) },
        path: "CenIds",
        message: /^at most 100 ids; got 101$/,
      },
      {
        rule: "11 tag filters",
        change: { TagFilters: filters(11) },
        path: "TagFilters",
        message: /^at most 10 tag filters; got 11$/,
      },
      {
        rule: "a tag filter without Key",
        change: { TagFilters: [{ Values: ["a"] }] },
        path: "TagFilters.1.Key",
        message: /required/,
      },
      {
        rule: "TagFilters.N.Value (the old name)",
        change: { TagFilters: [{ Key: "a", Value: ["a"] }] },
        path: "TagFilters.1.Value",
        message: /unknown parameter/,
      },
    ],
  },
  {
    op: cen.DescribeCenAttributes,
    valid: { CenId: "cen-1" },
    rows: [...required("CenId"), emptyId("CenId")],
  },
  {
    op: cen.ModifyCenAttributes,
    valid: { CenId: "cen-1", CenName: "n", Description: "" },
    rows: [...required("CenId"), ...naming("CenName")],
  },
  {
    op: cen.DeleteCen,
    valid: { CenId: "cen-1" },
    rows: [
      ...required("CenId"),
      {
        rule: "CenId a number",
        change: { CenId: 5 },
        path: "CenId",
        message: /must be a string; got number 5/,
      },
    ],
  },
  // attached instances
  {
    op: cen.AttachInstanceToCen,
    valid: { CenId: "cen-1", ...vpc, InstanceOwnerId: "2100000000" },
    rows: [
      ...required("CenId", "InstanceId", "InstanceRegionId", "InstanceType"),
      instanceType(),
      emptyId("InstanceOwnerId"),
    ],
  },
  {
    op: cen.DetachInstanceFromCen,
    valid: { CenId: "cen-1", ...vpc },
    rows: [...required("CenId", "InstanceId", "InstanceRegionId", "InstanceType"), instanceType()],
  },
  {
    op: cen.DescribeCenAttachedInstances,
    valid: { CenId: "cen-1", ...vpc, PageNumber: 1, PageSize: 1 },
    rows: [...paging100, instanceType()],
  },
  {
    op: cen.DescribeCenAttachedInstanceAttributes,
    valid: { CenId: "cen-1", ...vpc, InstanceType: "DCGW" },
    rows: [...required("CenId", "InstanceId", "InstanceRegionId", "InstanceType"), instanceType()],
  },
  // bandwidth packages (CreateCenBandwidthPackage: test/services/create-cen-bandwidth-package.test.ts)
  {
    op: cen.DeleteCenBandwidthPackage,
    valid: { CenBandwidthPackageId: "cbp-1" },
    rows: [...required("CenBandwidthPackageId"), emptyId("CenBandwidthPackageId")],
  },
  {
    op: cen.DescribeCenBandwidthPackages,
    valid: {
      CenBandwidthPackageIds: ["cbp-1"],
      CenBandwidthPackageName: "x",
      CenId: "cen-1",
      LocalGeographicRegionSetId: "China",
      PeerGeographicRegionSetId: "Asia",
      ProjectName: "p",
      TagFilters: [{ Key: "k" }],
      PageNumber: 1,
      PageSize: 50,
    },
    rows: [
      { rule: "PageSize 51", change: { PageSize: 51 }, path: "PageSize", message: /^must be 1–50; got 51$/ },
      { rule: "PageSize 0", change: { PageSize: 0 }, path: "PageSize", message: /^must be 1–50; got 0$/ },
      { rule: "PageNumber 0", change: { PageNumber: 0 }, path: "PageNumber", message: /at least 1/ },
      {
        rule: "101 package ids",
        change: { CenBandwidthPackageIds: ids(101) },
        path: "CenBandwidthPackageIds",
        message: /^at most 100 ids; got 101$/,
      },
      {
        rule: "11 tag filters",
        change: { TagFilters: filters(11) },
        path: "TagFilters",
        message: /^at most 10 tag filters; got 11$/,
      },
      {
        rule: "region set Europe",
        change: { LocalGeographicRegionSetId: "Europe" },
        path: "LocalGeographicRegionSetId",
        message: /^must be "China" or "Asia"; got "Europe"$/,
      },
    ],
  },
  {
    op: cen.DescribeCenBandwidthPackageAttributes,
    valid: { CenBandwidthPackageId: "cbp-1" },
    rows: required("CenBandwidthPackageId"),
  },
  {
    op: cen.ModifyCenBandwidthPackageAttributes,
    valid: {
      CenBandwidthPackageId: "cbp-1",
      Bandwidth: 10000,
      CenBandwidthPackageName: "n",
      Description: "d",
    },
    rows: [
      ...required("CenBandwidthPackageId"),
      ...naming("CenBandwidthPackageName"),
      {
        rule: "Bandwidth 1",
        change: { Bandwidth: 1 },
        path: "Bandwidth",
        message: /^must be 2–10000 Mbps; got 1$/,
      },
      {
        rule: "Bandwidth 10001",
        change: { Bandwidth: 10001 },
        path: "Bandwidth",
        message: /^must be 2–10000 Mbps; got 10001$/,
      },
      { rule: "Bandwidth 2.5", change: { Bandwidth: 2.5 }, path: "Bandwidth", message: /integer; got 2.5/ },
    ],
  },
  ...[
    cen.AssociateCenBandwidthPackage,
    cen.DisassociateCenBandwidthPackage,
    cen.ModifyCenBandwidthPackageAssociation,
  ].map(
    (op): OpRules => ({
      op,
      valid: { CenBandwidthPackageId: "cbp-1", CenId: "cen-1" },
      rows: [...required("CenBandwidthPackageId", "CenId"), emptyId("CenId")],
    }),
  ),
  {
    op: cen.RenewCenBandwidthPackage,
    valid: { CenBandwidthPackageId: "cbp-1", Period: 36, PeriodUnit: "Month" },
    rows: [
      ...required("CenBandwidthPackageId"),
      ...renewPeriod,
      {
        rule: "Period 10 without PeriodUnit",
        change: { Period: 10, PeriodUnit: missing },
        path: "Period",
        message: /PeriodUnit Month \(the default\)/,
      },
    ],
  },
  {
    op: cen.SetCenBandwidthPackageRenewal,
    valid: { CenBandwidthPackageId: "cbp-1", RenewType: "Auto", RenewPeriod: 12, RemainRenewTimes: -1 },
    rows: [
      ...required("CenBandwidthPackageId", "RenewType"),
      {
        rule: "RenewType Never",
        change: { RenewType: "Never" },
        path: "RenewType",
        message: /^must be "Manual", "Auto" or "NoRenew"; got "Never"$/,
      },
      {
        rule: "RenewPeriod 4",
        change: { RenewPeriod: 4 },
        path: "RenewPeriod",
        message: /^must be 1–3, 6 or 12 \(months\); got 4$/,
      },
      { rule: "RenewPeriod 24", change: { RenewPeriod: 24 }, path: "RenewPeriod", message: /got 24/ },
      {
        rule: "RemainRenewTimes 0",
        change: { RemainRenewTimes: 0 },
        path: "RemainRenewTimes",
        message: /^must be -1 \(no limit\) or 1–100; got 0$/,
      },
      {
        rule: "RemainRenewTimes 101",
        change: { RemainRenewTimes: 101 },
        path: "RemainRenewTimes",
        message: /got 101/,
      },
      {
        rule: "RemainRenewTimes -2",
        change: { RemainRenewTimes: -2 },
        path: "RemainRenewTimes",
        message: /got -2/,
      },
    ],
  },
  {
    op: cen.DescribeCenBandwidthPackagesBilling,
    valid: { CenBandwidthPackageIds: ids(100), PageNumber: 3, PageSize: 100 },
    rows: [
      ...paging100,
      {
        rule: "101 ids",
        change: { CenBandwidthPackageIds: ids(101) },
        path: "CenBandwidthPackageIds",
        message: /^at most 100 ids; got 101$/,
      },
    ],
  },
  // inter-region bandwidths
  {
    op: cen.CreateCenInterRegionBandwidth,
    valid: {
      CenId: "cen-1",
      LocalRegionId: "cn-beijing",
      PeerRegionId: "cn-shanghai",
      Bandwidth: 5,
      CenBandwidthPackageId: "cbp-1",
    },
    rows: [
      ...required("CenId", "LocalRegionId", "PeerRegionId", "Bandwidth"),
      {
        rule: "Bandwidth as text",
        change: { Bandwidth: "5" },
        path: "Bandwidth",
        message: /^must be an integer; got "5"$/,
      },
      { rule: "Bandwidth 1.5", change: { Bandwidth: 1.5 }, path: "Bandwidth", message: /integer; got 1.5/ },
    ],
  },
  {
    op: cen.DeleteCenInterRegionBandwidth,
    valid: { InterRegionBandwidthId: "cirb-1" },
    rows: required("InterRegionBandwidthId"),
  },
  {
    op: cen.ModifyCenInterRegionBandwidthAttributes,
    valid: { InterRegionBandwidthId: "cirb-1", Bandwidth: 3, CenBandwidthPackageId: "cbp-2" },
    rows: [
      ...required("InterRegionBandwidthId"),
      { rule: "Bandwidth 1.5", change: { Bandwidth: 1.5 }, path: "Bandwidth", message: /integer/ },
    ],
  },
  {
    op: cen.DescribeCenInterRegionBandwidths,
    valid: { CenId: "cen-1", InterRegionBandwidthIds: ids(100) },
    rows: [
      ...paging100,
      {
        rule: "101 ids",
        change: { InterRegionBandwidthIds: ids(101) },
        path: "InterRegionBandwidthIds",
        message: /^at most 100 ids; got 101$/,
      },
    ],
  },
  {
    op: cen.DescribeCenInterRegionBandwidthAttributes,
    valid: { InterRegionBandwidthId: "cirb-1" },
    rows: required("InterRegionBandwidthId"),
  },
  // route entries
  {
    op: cen.DescribeCenRouteEntries,
    valid: { ...route, DestinationCidrBlock: "fd00::/64", PageSize: 100 },
    rows: [
      ...paging100,
      instanceType(),
      {
        rule: "CIDR /33",
        change: { DestinationCidrBlock: "10.0.0.0/33" },
        path: "DestinationCidrBlock",
        message: /must be a CIDR block/,
      },
    ],
  },
  {
    op: cen.PublishCenRouteEntry,
    valid: route,
    rows: [
      ...required("CenId", "DestinationCidrBlock", "InstanceId", "InstanceRegionId", "InstanceType"),
      {
        rule: "a DCGW entry",
        change: { InstanceType: "DCGW" },
        path: "InstanceType",
        message: /^must be "VPC": only the system route table of a VPC can be published; got "DCGW"$/,
      },
      {
        rule: "CIDR 256.0.0.0/8",
        change: { DestinationCidrBlock: "256.0.0.0/8" },
        path: "DestinationCidrBlock",
        message: /must be a CIDR block/,
      },
    ],
  },
  {
    op: cen.WithdrawCenRouteEntry,
    valid: { ...route, InstanceType: "DCGW" },
    rows: [
      ...required("CenId", "DestinationCidrBlock", "InstanceId", "InstanceRegionId", "InstanceType"),
      instanceType(),
      {
        rule: "CIDR fd00:::/64",
        change: { DestinationCidrBlock: "fd00:::/64" },
        path: "DestinationCidrBlock",
        message: /must be a CIDR block/,
      },
    ],
  },
  // service routes
  {
    op: cen.CreateCenServiceRouteEntry,
    valid: {
      ...service,
      ServiceVpcId: "vpc-1",
      Description: "",
      PublishMode: "Custom",
      PublishToInstances: [vpc],
    },
    rows: [
      ...required("CenId", "DestinationCidrBlock", "ServiceRegionId", "ServiceVpcId"),
      ...serviceCidr,
      ...publishing,
    ],
  },
  {
    op: cen.ModifyCenServiceRouteEntryAttributes,
    valid: { ...service, DestinationCidrBlock: "fd00:64:1::/48", Description: "d", PublishMode: "LocalDCGW" },
    rows: [...required("CenId", "DestinationCidrBlock", "ServiceRegionId"), ...serviceCidr, ...publishing],
  },
  {
    op: cen.DeleteCenServiceRouteEntry,
    valid: { ...service, DestinationCidrBlock: "100.127.255.0/24" },
    rows: [...required("CenId", "DestinationCidrBlock", "ServiceRegionId"), ...serviceCidr],
  },
  {
    op: cen.DescribeCenServiceRouteEntries,
    valid: {
      CenId: "cen-1",
      CenRouteEntryIds: ["r-1"],
      DestinationCidrBlock: "100.64.0.0/10",
      ServiceRegionId: "r",
      ServiceVpcId: "v",
    },
    rows: [
      ...paging100,
      {
        rule: "CIDR malformed",
        change: { DestinationCidrBlock: "x" },
        path: "DestinationCidrBlock",
        message: /must be a CIDR block/,
      },
    ],
  },
  // summary routes
  {
    op: cen.CreateCenSummaryRouteEntry,
    valid: { CenId: "cen-1", DestinationCidrBlock: "10.0.0.0/8", Description: "汇总" },
    rows: [
      ...required("CenId", "DestinationCidrBlock"),
      {
        rule: "CIDR malformed",
        change: { DestinationCidrBlock: "10.0.0.0/8/8" },
        path: "DestinationCidrBlock",
        message: /must be a CIDR block/,
      },
      {
        rule: "Description 256",
        change: { Description: "d".repeat(256) },
        path: "Description",
        message: /^must be at most 255 characters long; got 256$/,
      },
    ],
  },
  {
    op: cen.DeleteCenSummaryRouteEntry,
    valid: { CenId: "cen-1", DestinationCidrBlock: "10.0.0.0/8" },
    rows: required("CenId", "DestinationCidrBlock"),
  },
  {
    op: cen.DescribeCenSummaryRouteEntries,
    valid: { CenId: "cen-1", DestinationCidrBlock: "10.0.0.0/8" },
    rows: [...required("CenId"), ...paging100],
  },
  // grants
  ...[cen.GrantInstanceToCen, cen.RevokeInstanceFromCen].map(
    (op): OpRules => ({
      op,
      valid: { CenId: "cen-1", CenOwnerId: "2100000000", ...vpc },
      rows: [
        ...required("CenId", "CenOwnerId", "InstanceId", "InstanceRegionId", "InstanceType"),
        instanceType(),
      ],
    }),
  ),
  {
    op: cen.DescribeGrantRulesToCen,
    valid: {
      CenId: "cen-1",
      InstanceOwnerId: "2100000000",
      InstanceRegionId: "cn-beijing",
      InstanceType: "VPC",
    },
    rows: [...paging100, instanceType()],
  },
  { op: cen.DescribeInstanceGrantedRules, valid: vpc, rows: [...paging100, instanceType()] },
  // tags
  {
    op: cen.TagResources,
    valid: { ResourceType: "cenbandwidthpackage", ResourceIds: ids(50), Tags: tags(20) },
    rows: [...required("ResourceType", "ResourceIds"), ...resourceRows, ...tagRows],
  },
  {
    op: cen.UntagResources,
    valid: { ResourceType: "cen", ResourceIds: ["cen-1"], TagKeys: ids(20, "k") },
    rows: [
      ...required("ResourceType", "ResourceIds", "TagKeys"),
      ...resourceRows,
      {
        rule: "21 TagKeys",
        change: { TagKeys: ids(21) },
        path: "TagKeys",
        message: /^at most 20 tag keys; got 21$/,
      },
      {
        rule: "a volc: key",
        change: { TagKeys: ["volc:x"] },
        path: "TagKeys.1",
        message: /must not start with "volc:"/,
      },
    ],
  },
  {
    op: cen.ListTagsForResources,
    valid: {
      ResourceType: "cen",
      ResourceIds: ["cen-1"],
      TagFilters: [{ Key: "k", Values: ["a", "b", "c"] }],
      TagType: "custom",
      MaxResults: 100,
      NextToken: "t",
    },
    rows: [
      ...required("ResourceType"),
      ...resourceRows,
      {
        rule: "11 tag filters",
        change: { TagFilters: filters(11) },
        path: "TagFilters",
        message: /^at most 10 tag filters; got 11$/,
      },
      {
        rule: "4 values for a key",
        change: { TagFilters: [{ Key: "k", Values: ["a", "b", "c", "d"] }] },
        path: "TagFilters.1.Values",
        message: /^at most 3 values; got 4$/,
      },
      {
        rule: "TagType user",
        change: { TagType: "user" },
        path: "TagType",
        message: /^must be "custom" or "system"; got "user"$/,
      },
      {
        rule: "MaxResults 101",
        change: { MaxResults: 101 },
        path: "MaxResults",
        message: /^must be 1–100; got 101$/,
      },
      {
        rule: "MaxResults 0",
        change: { MaxResults: 0 },
        path: "MaxResults",
        message: /^must be 1–100; got 0$/,
      },
    ],
  },
  // traffic
  {
    op: cen.Describe95Traffic,
    valid: { Day: "2026-07-08", InstanceId: "cbp-1", ResourceType: "cenbandwidthpackage" },
    rows: [
      ...required("Day", "InstanceId", "ResourceType"),
      { rule: "Day a number", change: { Day: 20260708 }, path: "Day", message: /must be a string/ },
    ],
  },
];

const apply = (valid: Input, change: Input): Input => {
  const input = { ...valid, ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete input[key];
  return input;
};

it("covers every cen operation but CreateCenBandwidthPackage (tested on its own)", () => {
  const covered = new Set(TABLE.map((t) => t.op.action));
  const all = Object.values(cen as Record<string, unknown>).filter(
    (v): v is Operation => typeof v === "object" && v !== null && "action" in v,
  );
  expect(all).toHaveLength(43);
  expect(all.map((op) => op.action).filter((a) => !covered.has(a))).toEqual(["CreateCenBandwidthPackage"]);
});

for (const { op, valid, rows } of TABLE) {
  describe(op.action, () => {
    it("accepts a valid input", () => {
      expect(() => validateInput(op, valid)).not.toThrow();
    });
    it("refuses an unknown parameter, naming it", () => {
      expectOneIssue(op, {
        rule: "unknown",
        input: { ...valid, Foo: 1 },
        path: "Foo",
        message: /unknown parameter/,
      });
    });
    it.each(rows.map((row): [string, BadRow] => [row.rule, { ...row, input: apply(valid, row.change) }]))(
      "refuses %s",
      (_rule, row) => expectOneIssue(op, row),
    );
  });
}
