import { renderTable } from "./table.js";
import { UsageError } from "./usage-error.js";

/** The formats of `--output`. */
export const OUTPUT_FORMATS = ["json", "yaml", "table", "text"] as const;
/** A format of `--output`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Reads `--output`: json by default. */
export function outputFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return "json";
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`--output must be ${OUTPUT_FORMATS.join(", ")}; got ${JSON.stringify(value)}`);
}

/**
 * Applies a JMESPath expression (`--query`), with the AWS CLI's backtick literals accepted
 * (`` [?Status==`Available`] ``). The library is loaded only when a query is given.
 *
 * @throws {UsageError} when the expression does not parse.
 */
export async function applyQuery(value: unknown, expression: string): Promise<unknown> {
  const { search } = await import("@jmespath-community/jmespath");
  try {
    return search(toPlain(value) as Parameters<typeof search>[0], expression, {
      enable_legacy_literals: true,
    });
  } catch (error) {
    throw new UsageError(`--query ${JSON.stringify(expression)}: ${(error as Error).message}`);
  }
}

/** Checks a `--query` expression before anything is sent, so that a typo costs no call. */
export async function checkQuery(expression: string): Promise<void> {
  const { compile } = await import("@jmespath-community/jmespath");
  try {
    compile(expression, { enable_legacy_literals: true });
  } catch (error) {
    throw new UsageError(`--query ${JSON.stringify(expression)}: ${(error as Error).message}`);
  }
}

/** The value as JSON would carry it (results keep unknown fields; `$metadata` is not enumerable). */
function toPlain(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/**
 * The whole text of a value in a format: JSON indented on a terminal and on one line otherwise, YAML
 * (1.1-safe quoting, no folding), a table, or text (scalars as they are, one line per list item, tabs
 * between an object's values), for shell scripts.
 */
export async function formatValue(value: unknown, format: OutputFormat, pretty: boolean): Promise<string> {
  const plain = toPlain(value);
  switch (format) {
    case "json":
      return `${JSON.stringify(plain, null, pretty ? 2 : undefined)}\n`;
    case "yaml": {
      const YAML = await import("yaml");
      return YAML.stringify(plain, { lineWidth: 0, version: "1.1" });
    }
    case "table":
      return renderTable(plain);
    case "text":
      return textLines(plain);
  }
}

/**
 * Writes a list item by item, as pages arrive (`--paginate`): a JSON array opened at once and closed
 * at the end, a YAML sequence, or text lines. Tables are aligned over all rows, so they are written at
 * the end.
 */
export class ItemStream {
  #count = 0;
  readonly #buffered: unknown[] = [];

  constructor(
    private readonly format: OutputFormat,
    private readonly pretty: boolean,
    private readonly write: (text: string) => void,
  ) {}

  /** Writes one item. */
  async item(value: unknown): Promise<void> {
    const plain = toPlain(value);
    const first = this.#count === 0;
    this.#count++;
    switch (this.format) {
      case "json": {
        const text = JSON.stringify(plain, null, this.pretty ? 2 : undefined);
        this.write(
          this.pretty
            ? `${first ? "[\n" : ",\n"}${text.replace(/^/gm, "  ")}`
            : `${first ? "[" : ","}${text}`,
        );
        return;
      }
      case "yaml": {
        const YAML = await import("yaml");
        this.write(YAML.stringify([plain], { lineWidth: 0, version: "1.1" }));
        return;
      }
      case "text":
        this.write(textLines([plain]));
        return;
      case "table":
        this.#buffered.push(plain);
    }
  }

  /** Ends the list. */
  end(): void {
    if (this.format === "json") this.write(this.#count === 0 ? "[]\n" : this.pretty ? "\n]\n" : "]\n");
    else if (this.format === "yaml" && this.#count === 0) this.write("[]\n");
    else if (this.format === "table") this.write(renderTable(this.#buffered));
  }
}

function textLines(value: unknown): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map((item) => `${textRow(item)}\n`).join("");
  return `${textRow(value)}\n`;
}

function textRow(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(textCell).join("\t");
  if (typeof value === "object") return Object.values(value).map(textCell).join("\t");
  return String(value);
}

function textCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
