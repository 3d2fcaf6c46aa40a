// Voice resources, TTS templates and qualifications: every documented rule refused before sending, with
// its wire path and its own message; the boundaries accepted.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  AddQualification,
  type AddQualificationOutput,
  ApprovalStatus,
  CommitResourceUpload,
  GetResourceUploadUrl,
  OpenCreateTts,
  OpenDeleteResource,
  OpenUpdateResource,
  QualificationFileType,
  QueryOpenGetResource,
  type QueryOpenGetResourceOutput,
  QueryQualification,
  QueryUsableResourceV2,
  ResourceState,
  ResourceType,
  SceneType,
  UpdateQualification,
  UploadQualificationFileV2,
  type UploadQualificationFileV2Input,
} from "../../../src/services/vms/index.js";
import { type AcceptedRow, itAcceptsEach, itRefusesEach, missingRows, type OpRow } from "./voice-rows.js";

const forms = {
  QualificationMainInfoFormDO: { QualificationEntity: "示例科技有限公司", CertificateThreeInOne: 1 },
  QualificationAdminInfoFormDO: { Name: "张三", ContactNumber: "13800138000" },
  QualificationScenarioInfoFormDOList: [{ SceneType: SceneType.CustomerService, Description: "after-sales" }],
};
const withForms = (extra: Record<string, unknown>) => ({ ...forms, ...extra });
const updateForms = withForms({ QualificationMainInfoFormDO: { QualificationNo: "QUA1" } });
const file = { FileBase64: "aGVsbG8=", FileName: "licence.jpg", FileType: "BusinessLicensePhoto" };
const BASE64 =
  /^must be the file's bytes in Base64: A–Z, a–z, 0–9, \+ and \/, padded with = to a multiple of 4 characters$/;

const rows: OpRow[] = [
  // Resources
  ...[GetResourceUploadUrl, CommitResourceUpload].flatMap((op) => [
    { op, rule: "FileName missing", input: {}, path: "FileName", message: /^required parameter is missing$/ },
    { op, rule: "FileName empty", input: { FileName: "" }, path: "FileName", message: /^must not be empty$/ },
  ]),
  {
    op: OpenCreateTts,
    rule: "Name missing",
    input: {},
    path: "Name",
    message: /^required parameter is missing$/,
  },
  {
    op: OpenCreateTts,
    rule: "Remark of 256 characters",
    input: { Name: "t", Remark: "备".repeat(256) },
    path: "Remark",
    message: /^must be at most 255 characters long; got 256$/,
  },
  {
    op: OpenCreateTts,
    rule: "TtsTemplateContent with a NUL",
    input: { Name: "t", TtsTemplateContent: "a\u0000" },
    path: "TtsTemplateContent",
    message: /control characters/,
  },
  {
    op: OpenUpdateResource,
    rule: "Name missing",
    input: { ResourceKey: "R1" },
    path: "Name",
    message: /missing/,
  },
  {
    op: OpenUpdateResource,
    rule: "ResourceKey missing",
    input: { Name: "n" },
    path: "ResourceKey",
    message: /missing/,
  },
  {
    op: OpenDeleteResource,
    rule: "ResourceKey empty",
    input: { ResourceKey: "" },
    path: "ResourceKey",
    message: /^must not be empty$/,
  },
  {
    op: QueryOpenGetResource,
    rule: "Type missing",
    input: {},
    path: "Type",
    message: /^required parameter is missing$/,
  },
  {
    op: QueryOpenGetResource,
    rule: "Limit 0",
    input: { Type: 0, Limit: 0 },
    path: "Limit",
    message: /^must be 1–100 records; got 0$/,
  },
  {
    op: QueryOpenGetResource,
    rule: "Limit 101",
    input: { Type: 0, Limit: 101 },
    path: "Limit",
    message: /^must be 1–100 records; got 101$/,
  },
  {
    op: QueryOpenGetResource,
    rule: "Offset -1",
    input: { Type: 0, Offset: -1 },
    path: "Offset",
    message: /^must not be negative; got -1$/,
  },
  {
    op: QueryOpenGetResource,
    rule: "State as text",
    input: { Type: 0, State: "1" },
    path: "State",
    message: /integer; got "1"/,
  },
  {
    op: QueryUsableResourceV2,
    rule: "Type missing",
    input: {},
    path: "Type",
    message: /^required parameter is missing$/,
  },
  {
    op: QueryUsableResourceV2,
    rule: "Type -1",
    input: { Type: -1 },
    path: "Type",
    message: /non-negative integer; got -1/,
  },
  // Qualifications
  ...missingRows(AddQualification, forms),
  ...missingRows(UpdateQualification, updateForms),
  {
    op: AddQualification,
    rule: "CertificateThreeInOne 2",
    input: withForms({ QualificationMainInfoFormDO: { CertificateThreeInOne: 2 } }),
    path: "QualificationMainInfoFormDO.CertificateThreeInOne",
    message: /^must be 0 \(no\) or 1 \(yes\); got 2$/,
  },
  {
    op: AddQualification,
    rule: "a misspelt form field",
    input: withForms({ QualificationMainInfoFormDO: { QualificationEntiy: "x" } }),
    path: "QualificationMainInfoFormDO.QualificationEntiy",
    message: /did you mean QualificationEntity\?$/,
  },
  {
    op: AddQualification,
    rule: "SceneType as text",
    input: withForms({ QualificationScenarioInfoFormDOList: [{ SceneType: "22" }] }),
    path: "QualificationScenarioInfoFormDOList.1.SceneType",
    message: /integer; got "22"/,
  },
  {
    op: AddQualification,
    rule: "a scenario list that is an object",
    input: withForms({ QualificationScenarioInfoFormDOList: { SceneType: 22 } }),
    path: "QualificationScenarioInfoFormDOList",
    message: /must be an array/,
  },
  {
    op: UpdateQualification,
    rule: "QualificationNo missing from the company part",
    input: forms,
    path: "QualificationMainInfoFormDO.QualificationNo",
    message: /^required parameter is missing$/,
  },
  {
    op: UpdateQualification,
    rule: "QualificationNo empty",
    input: withForms({ QualificationMainInfoFormDO: { QualificationNo: "" } }),
    path: "QualificationMainInfoFormDO.QualificationNo",
    message: /^must not be empty$/,
  },
  {
    op: QueryQualification,
    rule: "ApprovalStatus -1",
    input: { ApprovalStatus: -1 },
    path: "ApprovalStatus",
    message: /non-negative integer; got -1/,
  },
  {
    op: QueryQualification,
    rule: "Limit -1",
    input: { Limit: -1 },
    path: "Limit",
    message: /^must not be negative; got -1$/,
  },
  {
    op: QueryQualification,
    rule: "Offset 1.5",
    input: { Offset: 1.5 },
    path: "Offset",
    message: /integer; got 1.5/,
  },
  {
    op: QueryQualification,
    rule: "an empty number in QualificationNoList",
    input: { QualificationNoList: ["QUA1", ""] },
    path: "QualificationNoList.2",
    message: /^must not be empty$/,
  },
  ...missingRows(UploadQualificationFileV2, file),
  {
    op: UploadQualificationFileV2,
    rule: "FileBase64 unpadded",
    input: { ...file, FileBase64: "aGVsbG8" },
    path: "FileBase64",
    message: BASE64,
  },
  {
    op: UploadQualificationFileV2,
    rule: "FileBase64 URL-safe",
    input: { ...file, FileBase64: "a-_b" },
    path: "FileBase64",
    message: BASE64,
  },
  {
    op: UploadQualificationFileV2,
    rule: "FileBase64 with a space",
    input: { ...file, FileBase64: "aGVs bG8=" },
    path: "FileBase64",
    message: BASE64,
  },
  {
    op: UploadQualificationFileV2,
    rule: "FileBase64 empty",
    input: { ...file, FileBase64: "" },
    path: "FileBase64",
    message: /^must not be empty$/,
  },
];

describe("resources and qualifications refuse every documented violation", () => {
  itRefusesEach(rows);
});

describe("and accept the boundaries", () => {
  const accepted: AcceptedRow[] = [
    [GetResourceUploadUrl, "a file name", { FileName: "notice.mp3" }],
    [
      OpenCreateTts,
      "a multi-line template",
      { Name: "t", TtsTemplateContent: "您好，\n您的快递已到", Remark: "r".repeat(255) },
    ],
    [
      QueryOpenGetResource,
      "every filter at its limits",
      { Type: 2, Keyword: "n", State: 1, Limit: 100, Offset: 0 },
    ],
    [QueryOpenGetResource, "Limit 1", { Type: 0, Limit: 1 }],
    [QueryUsableResourceV2, "a new type code", { Type: 7 }],
    [AddQualification, "the three parts", forms],
    [
      AddQualification,
      "every field",
      {
        QualificationMainInfoFormDO: {
          QualificationNo: "QUA1",
          QualificationEntity: "示例科技有限公司",
          CertificateThreeInOne: 0,
          UnitSocialCreditCode: "91110000XXXXXXXXXX",
          EnterpriseAddress: "北京市",
          LegalRepresentativeName: "李四",
          LegalRepresentativeId: "110101XXXXXXXXXXXX",
          LegalRepresentativeFrontIdPhotoFileCode: "F1",
          DocOfNumberApplyPhotoFileCode: "F2",
          CommitmentLetterOfNetAccessPhotoFileCode: "F3",
          ThreeInOneBusinessLicensePhotoFileCode: "F4",
          BusinessLicensePhotoFileCode: "F5",
          CertificateOfTaxationRegistrationPhotoFileCode: "F6",
        },
        QualificationAdminInfoFormDO: {
          Name: "张三",
          ContactNumber: "13800138000",
          IdCardNumber: "110101XXXXXXXXXXXX",
          IdCardFrontPhotoFileCode: "F7",
          IdCardPhotoWithPeopleFileCode: "F8",
        },
        QualificationScenarioInfoFormDOList: [
          {
            SceneType: 1101,
            Description: "d",
            ScenarioOfCalling: "您好\n再见",
            QualificationId: 3,
            QualificationNo: "QUA1",
          },
        ],
      },
    ],
    [UpdateQualification, "the number and the rest", updateForms],
    [QueryQualification, "no filter", {}],
    [
      QueryQualification,
      "every filter",
      {
        QualificationNoList: ["QUA1"],
        ApprovalStatus: 3,
        QualificationEntityQueryPattern: "示例",
        Limit: 0,
        Offset: 40,
      },
    ],
    [UploadQualificationFileV2, "a small file", file],
    [UploadQualificationFileV2, "a one-byte file", { ...file, FileBase64: "/w==", FileType: "SomethingNew" }],
  ];
  itAcceptsEach(accepted);

  it("types the codes with their known values and the documented result keys", () => {
    expect([ResourceType, ResourceState, ApprovalStatus]).toEqual([
      { AudioFile: 0, TtsTemplate: 1, IvrFile: 2 },
      { UnderReview: 0, Approved: 1, Rejected: 2 },
      { UnderReview: 1, Approved: 2, Failed: 3 },
    ]);
    expect(QualificationFileType.BusinessLicensePhoto).toBe("BusinessLicensePhoto");
    type Item = NonNullable<QueryOpenGetResourceOutput["Records"]>[number];
    expectTypeOf<Item["ResourceKey"]>().toEqualTypeOf<string>();
    expectTypeOf<Item["State"]>().toEqualTypeOf<0 | 1 | 2 | (number & {}) | undefined>();
    expectTypeOf<AddQualificationOutput>().toEqualTypeOf<{ qualificationNo: string }>();
    expectTypeOf<UploadQualificationFileV2Input["FileType"]>().toExtend<string>();
  });
});
