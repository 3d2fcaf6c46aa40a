import { BindAXN, SelectNumberAndBindAXN } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { bindOnX } from "./binding.js";

/** vms `BindAXN`: an AXN binding on the X given, which must be free. */
export const bindAXNHandler = defineHandler({
  operation: BindAXN,
  issueRules: [],
  handle: (input, ctx) => bindOnX(ctx, "AXN", input),
});

/** vms `SelectNumberAndBindAXN`: an AXN binding on an X picked by city. */
export const selectNumberAndBindAXNHandler = defineHandler({
  operation: SelectNumberAndBindAXN,
  issueRules: [],
  handle: (input, ctx) => bindOnX(ctx, "AXN", input),
});
