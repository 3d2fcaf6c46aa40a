import { serviceOperations } from "../shared/service.js";

/**
 * Every vms action (Version 2022-01-01) is a POST with a JSON body to `cloud-vms.volcengineapi.com`,
 * signed for the service `vms`.
 */
export const vmsOperation = serviceOperations({
  service: "vms",
  version: "2022-01-01",
  method: "POST",
  host: "cloud-vms.volcengineapi.com",
});
