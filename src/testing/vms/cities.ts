/**
 * The cities the emulator knows: the area codes of generated numbers, their names, and the provincial
 * capital each falls back to for `"PNPC"` in a `DegradeCityList`.
 */

/** Area codes of the numbers `addNumbers(pool, count)` generates, in turn. */
export const GENERATED_CITIES: readonly string[] = ["010", "021", "020", "0755", "0571"];

const NAMES: Readonly<Record<string, string>> = {
  "010": "北京",
  "021": "上海",
  "020": "广州",
  "0755": "深圳",
  "0571": "杭州",
  "0531": "济南",
  "0532": "青岛",
  "025": "南京",
  "0512": "苏州",
};

/** Cities that are not a provincial capital, with theirs. Other cities count as their own capital. */
const CAPITALS: Readonly<Record<string, string>> = {
  "0755": "020",
  "0532": "0531",
  "0512": "025",
};

/** A Chinese area code at the head of a fixed-line number: 3 digits for 010 and 02x, else 4. */
export function areaCodeOf(number: string | undefined): string | undefined {
  if (number === undefined || !number.startsWith("0")) return undefined;
  return /^0(10|2\d)/.test(number) ? number.slice(0, 3) : number.slice(0, 4);
}

/** The name of a city, or its area code when the emulator does not know it. */
export function cityName(areaCode: string): string {
  return NAMES[areaCode] ?? areaCode;
}

/** The provincial capital of a city (`"020"` for Shenzhen's `"0755"`). */
export function capitalOf(areaCode: string): string {
  return CAPITALS[areaCode] ?? areaCode;
}
