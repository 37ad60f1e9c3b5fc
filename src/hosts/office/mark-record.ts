import { DamagedMarkRecord } from "../marks/damaged-record";
import { cellKey } from "../marks/mark-plan";

/**
 * The restore record: what every cell looked like before the add-in marked it, stored in the workbook so that
 * 清除标记 restores it exactly, in this session or after the workbook was saved and reopened.
 */

/** A cell's fill as getCellProperties returns it; pattern "None" means no fill. */
export interface FillState {
  color?: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface MarkedCell {
  sheet: string;
  /** "E9" */
  cell: string;
  /** Fill before marking. */
  fill: FillState;
  /** Hash of the note/comment the add-in wrote there (absent when it wrote none); only that annotation is removed. */
  annotation?: string;
}

export interface MarkRecord {
  cells: MarkedCell[];
}

export const MARKS_NAMESPACE = "urn:disclosure-assistant:marks:1";

/** Compact JSON form: sheet names and fills are stored once and referred to by index. */
interface StoredRecord {
  v: 1;
  sheets: string[];
  fills: FillState[];
  cells: [number, string, number, string?][];
}

export function recordToXml(record: MarkRecord): string {
  const sheets = new IndexedList<string>((s) => s);
  const fills = new IndexedList<FillState>((f) => JSON.stringify(f));
  const cells = record.cells.map((c): StoredRecord["cells"][number] => {
    const entry: StoredRecord["cells"][number] = [sheets.indexOf(c.sheet), c.cell, fills.indexOf(c.fill)];
    if (c.annotation) entry.push(c.annotation);
    return entry;
  });
  const stored: StoredRecord = { v: 1, sheets: sheets.items, fills: fills.items, cells };
  return `<marks xmlns="${MARKS_NAMESPACE}">${escapeXml(JSON.stringify(stored))}</marks>`;
}

/**
 * Parses a stored record (a part of our namespace). Anything that is not a whole record — cut, edited, of an unknown
 * version, an index pointing nowhere — is damaged: DamagedMarkRecord, never an empty record that marking would
 * overwrite with the marked fills as the originals.
 */
export function recordFromXml(xml: string): MarkRecord {
  const body = /<marks\b[^>]*>([\s\S]*)<\/marks>/.exec(xml)?.[1];
  let stored: StoredRecord;
  try {
    stored = JSON.parse(unescapeXml(body ?? "")) as StoredRecord;
  } catch {
    throw new DamagedMarkRecord();
  }
  if (!isStoredRecord(stored)) throw new DamagedMarkRecord();
  return {
    cells: stored.cells.map(([sheet, cell, fill, annotation]) => ({
      sheet: stored.sheets[sheet],
      cell,
      fill: stored.fills[fill],
      ...(annotation && { annotation }),
    })),
  };
}

function isStoredRecord(stored: StoredRecord): boolean {
  if (typeof stored !== "object" || stored === null || stored.v !== 1) return false;
  const { sheets, fills, cells } = stored;
  if (!Array.isArray(sheets) || !Array.isArray(fills) || !Array.isArray(cells)) return false;
  if (!sheets.every((s) => typeof s === "string") || !fills.every((f) => typeof f === "object" && f !== null)) return false;
  return cells.every(
    (c) =>
      Array.isArray(c) &&
      sheets[c[0]] !== undefined &&
      typeof c[1] === "string" &&
      /^[A-Z]{1,3}[1-9]\d*$/.test(c[1]) &&
      fills[c[2]] !== undefined &&
      (c[3] === undefined || typeof c[3] === "string"),
  );
}

/** Several stored records (normally one) → one; the oldest entry of a cell wins, as it holds the original look. */
export function mergeRecords(records: readonly MarkRecord[]): MarkRecord {
  const cells = new Map<string, MarkedCell>();
  for (const record of records) for (const c of record.cells) if (!cells.has(cellKey(c.sheet, c.cell))) cells.set(cellKey(c.sheet, c.cell), c);
  return { cells: [...cells.values()] };
}

class IndexedList<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly keyOf: (item: T) => string) {}
  indexOf(item: T): number {
    const key = this.keyOf(item);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    this.index.set(key, this.items.length);
    this.items.push(item);
    return this.items.length - 1;
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (named[entity.toLowerCase()]) return named[entity.toLowerCase()];
    const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}
