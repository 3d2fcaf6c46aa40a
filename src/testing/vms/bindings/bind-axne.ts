import { BindAXNE } from "../../../services/vms/index.js";
import { defineHandler } from "../../handler.js";
import { bindOnX } from "./binding.js";

/** vms `BindAXNE`: an AXNE binding on the X given, or on one picked by city; E is kept as given. */
export const bindAXNEHandler = defineHandler({
  operation: BindAXNE,
  issueRules: [],
  handle: (input, ctx) => bindOnX(ctx, "AXNE", input),
});
