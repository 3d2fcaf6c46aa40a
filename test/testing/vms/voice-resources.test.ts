// Voice resources and qualifications through the emulator: the upload flow, reviews that settle on the
// emulator's clock, renames and deletions, filtered lists that `paginate` walks, resubmission of a
// failed qualification, and the documented errors inside HTTP 200.
import { describe, expect, it } from "vitest";
import { paginate } from "../../../src/index.js";
import {
  AddQualification,
  type AddQualificationInput,
  ApprovalStatus,
  CommitResourceUpload,
  GetResourceUploadUrl,
  OpenCreateTts,
  OpenDeleteResource,
  OpenUpdateResource,
  QualificationFileType,
  QueryOpenGetResource,
  type QueryOpenGetResourceInput,
  QueryQualification,
  QueryUsableResourceV2,
  ResourceState,
  ResourceType,
  SceneType,
  UpdateQualification,
  UploadQualificationFileV2,
} from "../../../src/services/vms/index.js";
import { expectBusinessError, TRANSITION_MS, voiceEmulator } from "./voice-setup.js";

describe("voice resources", () => {
  it("an audio file: upload URL, commit, review, then usable", async () => {
    const { volc, advance } = await voiceEmulator();
    const { UploadUrl } = await volc.send(GetResourceUploadUrl, { FileName: "到货 notice.mp3" });
    expect(UploadUrl).toMatch(/^https:\/\/.+\/%E5%88%B0%E8%B4%A7%20notice\.mp3$/);
    const committed = await volc.send(CommitResourceUpload, { FileName: "到货 notice.mp3" });
    expect(committed).toEqual({ ResourceKey: expect.any(String), Name: "到货 notice", Suffix: ".mp3" });
    const list = () => volc.send(QueryOpenGetResource, { Type: ResourceType.AudioFile });
    expect((await list()).Records).toEqual([
      expect.objectContaining({
        ResourceKey: committed.ResourceKey,
        State: ResourceState.UnderReview,
        Type: 0,
      }),
    ]);
    expect(await volc.send(QueryUsableResourceV2, { Type: ResourceType.AudioFile })).toEqual({ Records: [] });
    advance(TRANSITION_MS);
    expect((await list()).Records?.[0]?.State).toBe(ResourceState.Approved);
    const usable = await volc.send(QueryUsableResourceV2, { Type: ResourceType.AudioFile });
    expect(usable.Records?.map((r) => r.ResourceKey)).toEqual([committed.ResourceKey]);
  });

  it("refuses to commit a file that was never given an upload URL, or twice", async () => {
    const { volc } = await voiceEmulator();
    await expectBusinessError(
      volc.send(CommitResourceUpload, { FileName: "x.mp3" }),
      "IllegalArgument",
      /x\.mp3/,
    );
    await volc.send(GetResourceUploadUrl, { FileName: "y.wav" });
    await volc.send(CommitResourceUpload, { FileName: "y.wav" });
    await expectBusinessError(volc.send(CommitResourceUpload, { FileName: "y.wav" }), "IllegalArgument");
  });

  it("a TTS template: created under review; renamed; deleted; a rejected one is never usable", async () => {
    const { volc, advance, emulator } = await voiceEmulator();
    const { ResourceKey, Name } = await volc.send(OpenCreateTts, {
      Name: "delivery",
      TtsTemplateContent: "您的快递已到，请及时取件",
      Remark: "parcel",
    });
    expect(Name).toBe("delivery");
    expect(await volc.send(OpenUpdateResource, { ResourceKey, Name: "delivery v2" })).toEqual({
      ResourceKey,
      Name: "delivery v2",
    });
    const rejected = await volc.send(OpenCreateTts, { Name: "rejected" });
    emulator.state.vms.voice.resources.setStatus(rejected.ResourceKey, "Rejected");
    advance(TRANSITION_MS);
    const { Records } = await volc.send(QueryOpenGetResource, { Type: ResourceType.TtsTemplate });
    expect(Records).toEqual([
      expect.objectContaining({
        ResourceKey,
        Name: "delivery v2",
        State: ResourceState.Approved,
        TtsTemplateContent: "您的快递已到，请及时取件",
        Remark: "parcel",
        CreateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      }),
      expect.objectContaining({ ResourceKey: rejected.ResourceKey, State: ResourceState.Rejected }),
    ]);
    const usable = await volc.send(QueryUsableResourceV2, { Type: ResourceType.TtsTemplate });
    expect(usable.Records?.map((r) => r.ResourceKey)).toEqual([ResourceKey]);
    expect(await volc.send(OpenDeleteResource, { ResourceKey })).toEqual({ ResourceKey });
    await expectBusinessError(
      volc.send(OpenDeleteResource, { ResourceKey }),
      "ResourceNotFound",
      /does not exist/,
    );
    await expectBusinessError(volc.send(OpenUpdateResource, { ResourceKey, Name: "n" }), "ResourceNotFound");
  });

  it("QueryOpenGetResource filters by type, state and keyword, and pages by Limit/Offset", async () => {
    const { volc, advance } = await voiceEmulator();
    const keys: string[] = [];
    for (const name of ["alpha", "beta", "gamma", "alphabet", "delta"]) {
      keys.push((await volc.send(OpenCreateTts, { Name: name })).ResourceKey);
    }
    await volc.send(GetResourceUploadUrl, { FileName: "alpha.mp3" });
    await volc.send(CommitResourceUpload, { FileName: "alpha.mp3" });
    const names = async (input: QueryOpenGetResourceInput) =>
      ((await volc.send(QueryOpenGetResource, input)).Records ?? []).map((r) => r.Name);
    expect(await names({ Type: 1, Keyword: "alpha" })).toEqual(["alpha", "alphabet"]);
    expect(await names({ Type: 1, Keyword: keys[2] })).toEqual(["gamma"]);
    expect(await names({ Type: 0 })).toEqual(["alpha"]);
    expect(await names({ Type: 1, State: ResourceState.Approved })).toEqual([]);
    advance(TRANSITION_MS);
    expect(await names({ Type: 1, State: ResourceState.Approved })).toHaveLength(5);

    const first = await volc.send(QueryOpenGetResource, { Type: 1 });
    expect([first.Limit, first.Offset, first.Total]).toEqual([10, 0, 5]);
    const pages: number[] = [];
    for await (const page of paginate(volc, QueryOpenGetResource, { Type: 1, Limit: 2 }).pages()) {
      pages.push(page.Records?.length ?? 0);
      expect(page.Total).toBe(5);
    }
    expect(pages).toEqual([2, 2, 1]);
    const all: string[] = [];
    for await (const r of paginate(volc, QueryOpenGetResource, { Type: 1, Limit: 2, Offset: 1 }))
      all.push(r.ResourceKey);
    expect(all).toEqual(keys.slice(1));
  });
});

describe("qualifications", () => {
  const formsWith = (licence: string): AddQualificationInput => ({
    QualificationMainInfoFormDO: {
      QualificationEntity: "示例科技有限公司",
      CertificateThreeInOne: 1,
      UnitSocialCreditCode: "91110000XXXXXXXXXX",
      ThreeInOneBusinessLicensePhotoFileCode: licence,
    },
    QualificationAdminInfoFormDO: { Name: "张三", ContactNumber: "13800138000" },
    QualificationScenarioInfoFormDOList: [
      { SceneType: SceneType.CustomerService, Description: "after-sales", ScenarioOfCalling: "您好" },
    ],
  });

  it("uploads a file, submits a qualification naming it, and the review passes", async () => {
    const { volc, advance } = await voiceEmulator();
    const { FileCode } = await volc.send(UploadQualificationFileV2, {
      FileBase64: Buffer.from("licence").toString("base64"),
      FileName: "licence.jpg",
      FileType: QualificationFileType.ThreeInOneBusinessLicensePhoto,
    });
    const { qualificationNo } = await volc.send(AddQualification, formsWith(FileCode));
    const record = async () =>
      (await volc.send(QueryQualification, { QualificationNoList: [qualificationNo] })).Records?.[0];
    expect((await record())?.QualificationMainInfoVO.ApprovalStatus).toBe(ApprovalStatus.UnderReview);
    advance(TRANSITION_MS);
    expect(await record()).toEqual({
      QualificationMainInfoVO: expect.objectContaining({
        QualificationNo: qualificationNo,
        ApprovalStatus: ApprovalStatus.Approved,
        ApprovalDoneReason: "",
        QualificationEntity: "示例科技有限公司",
        CertificateThreeInOne: 1,
        ThreeInOneBusinessLicensePhotoURL: expect.stringContaining(FileCode),
      }),
      QualificationAdminInfoVO: expect.objectContaining({ Name: "张三", ContactNumber: "13800138000" }),
      QualificationScenarioInfoVOList: [
        { SceneType: 22, Description: "after-sales", ScenarioOfCalling: "您好" },
      ],
    });
    // Approved: it cannot be resubmitted.
    await expectBusinessError(
      volc.send(UpdateQualification, {
        ...formsWith(FileCode),
        QualificationMainInfoFormDO: { QualificationNo: qualificationNo },
      }),
      "IllegalArgument",
      /only a qualification whose review failed/,
    );
  });

  it("a review fails on a file never uploaded; the qualification can then be resubmitted, and passes", async () => {
    const { volc, advance } = await voiceEmulator();
    const { qualificationNo } = await volc.send(AddQualification, formsWith("QF-never-uploaded"));
    const resubmit = (licence: string) =>
      volc.send(UpdateQualification, {
        ...formsWith(licence),
        QualificationMainInfoFormDO: {
          ...formsWith(licence).QualificationMainInfoFormDO,
          QualificationNo: qualificationNo,
        },
      });
    await expectBusinessError(resubmit("x"), "IllegalArgument", /UnderReview/);
    advance(TRANSITION_MS);
    const failed = await volc.send(QueryQualification, { ApprovalStatus: ApprovalStatus.Failed });
    expect(failed.Records?.map((r) => r.QualificationMainInfoVO)).toEqual([
      expect.objectContaining({
        QualificationNo: qualificationNo,
        ApprovalDoneReason: expect.stringContaining("QF-never-uploaded"),
      }),
    ]);
    const { FileCode } = await volc.send(UploadQualificationFileV2, {
      FileBase64: "bGljZW5jZQ==",
      FileName: "licence.png",
      FileType: "ThreeInOneBusinessLicensePhoto",
    });
    expect(await resubmit(FileCode)).toEqual({});
    advance(TRANSITION_MS);
    const { Records } = await volc.send(QueryQualification, { QualificationNoList: [qualificationNo] });
    expect(Records?.[0]?.QualificationMainInfoVO.ApprovalStatus).toBe(ApprovalStatus.Approved);
  });

  it("refuses to resubmit a qualification it does not know", async () => {
    const { volc } = await voiceEmulator();
    await expectBusinessError(
      volc.send(UpdateQualification, {
        ...formsWith("f"),
        QualificationMainInfoFormDO: { QualificationNo: "QUA0" },
      }),
      "IllegalArgument",
      /QUA0 does not exist/,
    );
  });

  it("QueryQualification filters by company name and pages by Limit/Offset (default 20)", async () => {
    const { volc } = await voiceEmulator();
    for (const entity of ["甲公司", "乙公司", "甲乙联合", "丙公司", "丁公司"]) {
      await volc.send(AddQualification, {
        ...formsWith(""),
        QualificationMainInfoFormDO: { QualificationEntity: entity },
      });
    }
    const first = await volc.send(QueryQualification, {});
    expect([first.Limit, first.Offset, first.Total, first.Records?.length]).toEqual([20, 0, 5, 5]);
    const named = await volc.send(QueryQualification, { QualificationEntityQueryPattern: "甲" });
    expect(named.Records?.map((r) => r.QualificationMainInfoVO.QualificationEntity)).toEqual([
      "甲公司",
      "甲乙联合",
    ]);
    const seen: string[] = [];
    for await (const q of paginate(volc, QueryQualification, { Limit: 2 }))
      seen.push(q.QualificationMainInfoVO.QualificationEntity ?? "");
    expect(seen).toEqual(["甲公司", "乙公司", "甲乙联合", "丙公司", "丁公司"]);
  });
});
