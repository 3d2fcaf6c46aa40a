import { SingleBatchAppend } from "../../../services/vms/index.js";
import { PhoneNumberSchema } from "../../../services/vms/vocabulary.js";
import { defineHandler, type HandlerContext } from "../../handler.js";
import { fromBeijingText } from "../beijing-time.js";
import { TASK_ISSUE_RULES } from "../voice-errors.js";

/** Why a single call is refused (the service's own words), or undefined when it is taken. */
function refusal(
  item: {
    SingleOpenId: string;
    Phone: string;
    NumberPoolNo?: string | undefined;
    Resource?: string | undefined;
  },
  ctx: HandlerContext,
  seen: ReadonlySet<string>,
): string | undefined {
  const voice = ctx.state.vms.voice;
  if (voice.singles.has(item.SingleOpenId) || seen.has(item.SingleOpenId)) return "SingleOpenId重复";
  if (!PhoneNumberSchema.safeParse(item.Phone).success) return "手机号格式错误";
  if (item.NumberPoolNo !== undefined && !ctx.state.vms.privacy.pools.has(item.NumberPoolNo))
    return "号码池不存在";
  if (item.Resource !== undefined && !voice.resources.has(item.Resource)) return "资源不存在";
  return undefined;
}

/**
 * vms `SingleBatchAppend`: takes each single call under its `SingleOpenId`, placed at its `TriggerTime`
 * (Beijing time) or at once. A `SingleOpenId` already used, a malformed number, an unknown pool or
 * resource put the item in `FailList` instead, with the reason in `Type`.
 */
export const singleBatchAppendHandler = defineHandler({
  operation: SingleBatchAppend,
  issueRules: TASK_ISSUE_RULES,
  handle(input, ctx) {
    const singles = ctx.state.vms.voice.singles;
    const SuccessList: { SingleOpenId: string; Phone: string; Ext?: string | undefined }[] = [];
    const FailList: { SingleOpenId: string; Phone: string; Ext?: string | undefined; Type: string }[] = [];
    const seen = new Set<string>();
    for (const item of input.List) {
      const echo = { SingleOpenId: item.SingleOpenId, Phone: item.Phone, Ext: item.Ext };
      const why = refusal(item, ctx, seen);
      seen.add(item.SingleOpenId);
      if (why !== undefined) {
        FailList.push({ ...echo, Type: why });
        continue;
      }
      singles.insert(item.SingleOpenId, {
        ...echo,
        Resource: item.Resource,
        CreatedMs: ctx.nowMs,
        TriggerMs: item.TriggerTime === undefined ? ctx.nowMs : fromBeijingText(item.TriggerTime),
        Cancelled: false,
        CallUuid: singles.newId("CU", 20),
      });
      SuccessList.push(echo);
    }
    return { SuccessList, FailList };
  },
});
