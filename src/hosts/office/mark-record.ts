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

/** Parses a stored record; a part that is not one of ours (or is damaged) yields no cells. */
export function recordFromXml(xml: string): MarkRecord {
  const body = /<marks\b[^>]*>([\s\S]*)<\/marks>/.exec(xml)?.[1];
  if (!body) return { cells: [] };
  try {
    const stored = JSON.parse(unescapeXml(body)) as StoredRecord;
    if (stored.v !== 1) return { cells: [] };
    return {
      cells: stored.cells.map(([sheet, cell, fill, annotation]) => ({
        sheet: stored.sheets[sheet],
        cell,
        fill: stored.fills[fill],
        ...(annotation && { annotation }),
      })),
    };
  } catch {
    return { cells: [] };
  }
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
