import { serviceOperations } from "../shared/service.js";

/**
 * Every cen action (Version 2020-04-01) is a GET with its parameters flattened into the query string,
 * to `open.volcengineapi.com`, signed for the service `cen`.
 */
export const cenOperation = serviceOperations({
  service: "cen",
  version: "2020-04-01",
  method: "GET",
  host: "open.volcengineapi.com",
});
