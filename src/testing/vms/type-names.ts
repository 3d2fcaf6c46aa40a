/** The names the emulator gives service and sub-service type codes in its answers. */
const NAMES: Readonly<Record<number, string>> = {
  100: "语音",
  200: "隐私号",
  101: "SIP",
  102: "语音通知",
  103: "双呼",
  104: "智能外呼",
  105: "双呼Lite",
  201: "AXB",
  202: "AXN",
  203: "AXNE",
  204: "AXYB",
  205: "PAXYB",
};

/** The name of a service or sub-service type code (the code itself when unknown). */
export function serviceTypeName(code: number): string {
  return NAMES[code] ?? String(code);
}
