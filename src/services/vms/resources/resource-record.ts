import * as z from "zod/mini";
import { type OpenCode, openCode } from "../../shared/open-code.js";
import { result } from "../../shared/shape.js";
import type { KnownResourceState, KnownResourceType } from "./codes.js";

/**
 * The fields of one voice resource as the resource lists answer it. Written out as a named type so that
 * their descriptions reach the published types of both lists.
 */
export type ResourceRecordFields = {
  /** The resource's id, which tasks and single calls take as `Resource`. */
  ResourceKey: z.ZodMiniString<string>;
  /** The resource's name. */
  Name: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** `0` audio file, `1` TTS template, `2` IVR file. See {@link ResourceType}. */
  Type: z.ZodMiniOptional<z.ZodMiniType<OpenCode<KnownResourceType>>>;
  /** `0` under review, `1` approved, `2` rejected. See {@link ResourceState}. */
  State: z.ZodMiniOptional<z.ZodMiniType<OpenCode<KnownResourceState>>>;
  /** The file's extension, e.g. `".mp3"`. */
  Suffix: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** How long the audio lasts, in seconds. */
  Duration: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
  /** When the resource was made, `"yyyy-MM-dd HH:mm:ss"`. */
  CreateTime: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** Your remark on it. */
  Remark: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** A TTS template's text. */
  TtsTemplateContent: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** A TTS template's voice options, as JSON text. */
  TtsOptions: z.ZodMiniOptional<z.ZodMiniString<string>>;
};

/** One voice resource of a list. */
export const ResourceRecordResult: z.ZodMiniObject<ResourceRecordFields, z.core.$strip> = result({
  ResourceKey: z.string(),
  Name: z.optional(z.string()),
  Type: z.optional(openCode<KnownResourceType>()),
  State: z.optional(openCode<KnownResourceState>()),
  Suffix: z.optional(z.string()),
  Duration: z.optional(z.number()),
  CreateTime: z.optional(z.string()),
  Remark: z.optional(z.string()),
  TtsTemplateContent: z.optional(z.string()),
  TtsOptions: z.optional(z.string()),
});
