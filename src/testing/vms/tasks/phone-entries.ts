import { type PhoneListItemFields, TaskFailType, TaskType } from "../../../services/vms/index.js";
import { PhoneNumberSchema } from "../../../services/vms/vocabulary.js";
import type { TaskRecord } from "../voice-store.js";

/** A phone entry as a request gives it. */
type PhoneEntry = { [K in keyof PhoneListItemFields]?: string | undefined };

/** One refused entry, as `FailList` reports it. */
export interface TaskFail {
  Index: number;
  Phone: string;
  Type: string;
  Desc: string;
}

/** The words `Desc` gives each refusal (the service's own, in Chinese). */
const DESC: Readonly<Record<string, string>> = {
  [TaskFailType.InvalidPhoneFormat]: "手机号格式错误",
  [TaskFailType.ParamNotJson]: "参数不是JSON格式",
  [TaskFailType.TtsEmptyContent]: "TTS内容为空",
  [TaskFailType.ReduplicatedItem]: "重复项目",
};

/** Whether `text` is JSON text of an object, as a variables map must be. */
function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** Why the task refuses this entry, or undefined when it takes it. */
function refusal(task: TaskRecord, entry: PhoneEntry, phones: ReadonlySet<string>): string | undefined {
  const phone = entry.Phone ?? "";
  if (!PhoneNumberSchema.safeParse(phone).success) return TaskFailType.InvalidPhoneFormat;
  for (const json of [entry.PhoneParamJson, entry.SmsParamJson]) {
    if (json !== undefined && !isJsonObject(json)) return TaskFailType.ParamNotJson;
  }
  if (task.Type === TaskType.Tts && !entry.TtsContent) return TaskFailType.TtsEmptyContent;
  if (task.Unique && phones.has(phone)) return TaskFailType.ReduplicatedItem;
  return undefined;
}

/**
 * Adds a request's phone entries to a task, each judged as the service does: a malformed number, JSON
 * text that is not an object, a TTS entry with no text, or (with `Unique`) a number the task already
 * has are refused, the others taken.
 *
 * @returns the refused entries, for `FailList`.
 */
export function appendPhones(task: TaskRecord, entries: readonly PhoneEntry[]): TaskFail[] {
  const phones = new Set(task.Phones.map((p) => p.Phone));
  const fails: TaskFail[] = [];
  entries.forEach((entry, Index) => {
    const Type = refusal(task, entry, phones);
    const Phone = entry.Phone ?? "";
    if (Type !== undefined) {
      fails.push({ Index, Phone, Type, Desc: DESC[Type] ?? Type });
      return;
    }
    phones.add(Phone);
    task.Phones.push({ Phone, Ext: entry.Ext });
  });
  return fails;
}
