import { serviceOperations } from "../shared/service.js";

/**
 * Every sts action (Version 2018-01-01) goes to `sts.volcengineapi.com`, signed for the service `sts`
 * (except `AssumeRoleWithOIDC`, sent unsigned). GET by default; an operation may say POST with a form body.
 */
export const stsOperation = serviceOperations({
  service: "sts",
  version: "2018-01-01",
  method: "GET",
  host: "sts.volcengineapi.com",
});
