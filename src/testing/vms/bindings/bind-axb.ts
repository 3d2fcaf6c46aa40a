import { BindAXB, SelectNumberAndBindAXB } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { bindOnX } from "./binding.js";

/** vms `BindAXB` (older action): an AXB (or AX) binding on the X given, which must be free. */
export const bindAXBHandler = defineHandler({
  operation: BindAXB,
  issueRules: [],
  handle: (input, ctx) => bindOnX(ctx, "AXB", input),
});

/** vms `SelectNumberAndBindAXB`: an AXB (or AX) binding on an X picked by city. */
export const selectNumberAndBindAXBHandler = defineHandler({
  operation: SelectNumberAndBindAXB,
  issueRules: [],
  handle: (input, ctx) => bindOnX(ctx, "AXB", input),
});
