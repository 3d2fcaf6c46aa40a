import { ResourceState } from "../../../services/vms/index.js";
import type { HandlerContext } from "../../handler.js";
import { toBeijingText } from "../beijing-time.js";
import type { VoiceResourceRecord } from "../voice-store.js";

/** Review status as stored → the `State` code answered. */
const STATE: Readonly<Record<string, number>> = {
  UnderReview: ResourceState.UnderReview,
  Approved: ResourceState.Approved,
  Rejected: ResourceState.Rejected,
};

/**
 * Keeps a new resource under a new `ResourceKey`, under review until the emulator's `transitionMs` has
 * passed, then approved.
 */
export function addResource(
  ctx: HandlerContext,
  fields: Omit<VoiceResourceRecord, "ResourceKey" | "Status" | "CreateTime">,
): VoiceResourceRecord {
  const resources = ctx.state.vms.voice.resources;
  const ResourceKey = resources.newId("R", 18, "0123456789");
  const record = resources.insert(ResourceKey, {
    ...fields,
    ResourceKey,
    Status: "UnderReview",
    CreateTime: toBeijingText(ctx.nowMs),
  });
  resources.begin(ResourceKey, "UnderReview", "Approved");
  ctx.created("VoiceResource", fields.Name);
  return record;
}

/** A resource as the resource lists answer it. */
export function resourceRecord(r: VoiceResourceRecord) {
  return {
    ResourceKey: r.ResourceKey,
    Name: r.Name,
    Type: r.Type,
    State: STATE[r.Status],
    Suffix: r.Suffix,
    CreateTime: r.CreateTime,
    Remark: r.Remark,
    TtsTemplateContent: r.TtsTemplateContent,
  };
}
