/**
 * `--output table`: a list of objects as one table (a column per field, in the order first seen), an
 * object as a field | value table followed by a table per list of objects it holds, a list of scalars as
 * one column. Nested values that fit no column are written as compact JSON in their cell.
 */
export function renderTable(value: unknown): string {
  if (Array.isArray(value)) return listTable(value);
  if (isRecord(value)) {
    const scalars = Object.entries(value).filter(([, v]) => !isListOfRecords(v));
    const lists = Object.entries(value).filter(([, v]) => isListOfRecords(v));
    const parts: string[] = [];
    if (scalars.length > 0 || lists.length === 0) {
      parts.push(
        grid(
          ["Field", "Value"],
          scalars.map(([k, v]) => [k, cell(v)]),
        ),
      );
    }
    for (const [key, list] of lists) parts.push(`${key}\n${listTable(list as unknown[])}`);
    return parts.join("");
  }
  return grid(["Value"], [[cell(value)]]);
}

function listTable(items: readonly unknown[]): string {
  if (!items.every(isRecord))
    return grid(
      ["Value"],
      items.map((item) => [cell(item)]),
    );
  const columns: string[] = [];
  for (const item of items)
    for (const key of Object.keys(item)) if (!columns.includes(key)) columns.push(key);
  return grid(
    columns,
    items.map((item) => columns.map((column) => cell((item as Record<string, unknown>)[column]))),
  );
}

function grid(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, i) => Math.max(width(title), ...rows.map((row) => width(row[i] ?? ""))));
  const line = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+\n`;
  const row = (cells: readonly string[]) =>
    `|${cells.map((text, i) => ` ${text}${" ".repeat((widths[i] ?? 0) - width(text))} `).join("|")}|\n`;
  return line + row(header) + line + rows.map(row).join("") + (rows.length > 0 ? line : "");
}

/** Columns a text takes in a terminal: CJK and other wide characters take two. */
function width(text: string): number {
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    total += /\p{Script=Han}|[\u3000-\u30ff\uff00-\uff60\uac00-\ud7af]/u.test(char) || code > 0x1f000 ? 2 : 1;
  }
  return total;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isListOfRecords(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every(isRecord);
}
