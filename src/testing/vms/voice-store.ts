import type { AddQualificationInput } from "../../services/vms/index.js";
import { Table } from "../store/table.js";

/** A click-to-call call, as `Click2Call` placed it. */
export interface ClickToCallRecord {
  CallId: string;
  Caller: string;
  Callee: string;
  CallerNumberPoolNo: string;
  CalleeNumberPoolNo: string;
  CallerNumber?: string | undefined;
  CalleeNumber?: string | undefined;
  UserData?: string | undefined;
  /** `Calling`, then `Ended` after the emulator's `transitionMs`; `Cancelled` by `CancelClick2CallV2`. */
  Status: string;
  /** When the call was placed, ms on the emulator's clock. */
  StartedMs: number;
  /** When it ends (or ended): `StartedMs + transitionMs`, or the moment it was cancelled. */
  EndsMs: number;
}

/** A real-name filing of an A number (`RouteAAuth`), by its `RequestId`. */
export interface AuthFilingRecord {
  RequestId: string;
  /** The A number, encrypted as the caller sent it. */
  PhoneNumber: string;
  IdType: number;
  FiledMs: number;
}

/** One phone entry a task holds. */
export interface TaskPhoneRecord {
  Phone: string;
  Ext?: string | undefined;
}

/** An outbound task. */
export interface TaskRecord {
  TaskOpenId: string;
  Name: string;
  NumberPoolNo: string;
  /** `Running`, `Paused` (also a task created with `Start: false`) or `Stopped`. */
  Status: string;
  Type: number;
  Resource?: string | undefined;
  StartTime: string;
  EndTime: string;
  Concurrency: number;
  RingAgainTimes: number;
  RingAgainInterval: number;
  ForbidTimeList: { Times: string[]; Weekdays?: number[] | undefined }[];
  Unique: boolean;
  Phones: TaskPhoneRecord[];
  CreatedBy: string;
}

/** A single call of `SingleBatchAppend`, by its `SingleOpenId`. */
export interface SingleCallRecord {
  SingleOpenId: string;
  Phone: string;
  Ext?: string | undefined;
  Resource?: string | undefined;
  CreatedMs: number;
  /** When it is placed: its `TriggerTime`, or when it was taken. */
  TriggerMs: number;
  Cancelled: boolean;
  CallUuid: string;
}

/** An upload URL handed out by `GetResourceUploadUrl`, by file name. */
export interface UploadRecord {
  FileName: string;
  UploadUrl: string;
}

/** A voice resource (audio file, TTS template, IVR file). */
export interface VoiceResourceRecord {
  ResourceKey: string;
  Name: string;
  Type: number;
  /** `UnderReview`, then `Approved` after the emulator's `transitionMs`; `Rejected` when a test says so. */
  Status: string;
  Suffix?: string | undefined;
  Remark?: string | undefined;
  TtsTemplateContent?: string | undefined;
  /** `yyyy-MM-dd HH:mm:ss`, Beijing time. */
  CreateTime: string;
}

/** A qualification file uploaded by `UploadQualificationFileV2`, by its `FileCode`. */
export interface QualificationFileRecord {
  FileCode: string;
  FileName: string;
  FileType: string;
}

/** A qualification, as submitted (the three parts are kept as sent). */
export interface QualificationRecord {
  QualificationNo: string;
  QualificationId: number;
  /** `UnderReview`, then `Approved` or `Failed` after the emulator's `transitionMs`. */
  Status: string;
  /** Why the review fails (files it names that were never uploaded), or empty. */
  ApprovalDoneReason: string;
  Main: AddQualificationInput["QualificationMainInfoFormDO"];
  Admin: AddQualificationInput["QualificationAdminInfoFormDO"];
  Scenarios: AddQualificationInput["QualificationScenarioInfoFormDOList"];
  CreateTime: string;
  UpdateTime: string;
}

/** What the emulator keeps for calls, call records, tasks, voice resources and qualifications. */
export class VoiceStore {
  /** Click-to-call calls, by `CallId`; their records are read from here. */
  readonly calls: Table<ClickToCallRecord>;
  /** A-number filings, by `RequestId`. */
  readonly authFilings: Table<AuthFilingRecord>;
  readonly tasks: Table<TaskRecord>;
  readonly singles: Table<SingleCallRecord>;
  readonly uploads: Table<UploadRecord>;
  /** Voice resources, by `ResourceKey`. */
  readonly resources: Table<VoiceResourceRecord>;
  readonly qualifications: Table<QualificationRecord>;
  readonly qualificationFiles: Table<QualificationFileRecord>;

  constructor(now: () => number, transitionMs: () => number) {
    this.calls = new Table(now, transitionMs);
    this.authFilings = new Table(now, transitionMs);
    this.tasks = new Table(now, transitionMs);
    this.singles = new Table(now, transitionMs);
    this.uploads = new Table(now, transitionMs);
    this.resources = new Table(now, transitionMs);
    this.qualifications = new Table(now, transitionMs);
    this.qualificationFiles = new Table(now, transitionMs);
  }

  /** Forgets every resource. */
  clear(): void {
    for (const table of [
      this.calls,
      this.authFilings,
      this.tasks,
      this.singles,
      this.uploads,
      this.resources,
      this.qualifications,
      this.qualificationFiles,
    ])
      table.clear();
  }
}
