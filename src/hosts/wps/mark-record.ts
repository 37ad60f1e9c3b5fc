import { DamagedMarkRecord } from "../marks/damaged-record";

/** A cell's fill as WPS reports it: pattern, colours as BGR integers, tints. */
export interface WpsFill {
  pattern: number;
  color: number;
  patternColor: number;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** One cell the add-in marked: where, its fill before, and the hash of the comment it wrote (absent: none). */
export interface WpsMarkedCell {
  sheet: string;
  /** "E9" */
  cell: string;
  /** undefined: the fill was left alone (a gradient, which cannot be put back exactly). */
  fill?: WpsFill;
  note?: string;
}

export const MARKS_STATE_KEY = "marks";

/** Compact JSON: [sheet, cell, [pattern, color, patternColor, tint, patternTint] | 0, noteHash?] per cell. */
type StoredCell = [string, string, number[] | 0, string?];

export function recordToJson(cells: readonly WpsMarkedCell[]): string {
  const stored = cells.map((c): StoredCell => {
    const fill = c.fill ? [c.fill.pattern, c.fill.color, c.fill.patternColor, c.fill.tintAndShade, c.fill.patternTintAndShade] : 0;
    return c.note ? [c.sheet, c.cell, fill, c.note] : [c.sheet, c.cell, fill];
  });
  return JSON.stringify({ v: 1, cells: stored });
}

/**
 * The stored record; nothing stored is an empty record. A record that is there but not whole (cut, edited, of an
 * unknown version) is damaged: DamagedMarkRecord, never an empty record that marking would overwrite.
 */
export function recordFromJson(json: string | undefined): WpsMarkedCell[] {
  if (json === undefined) return [];
  let parsed: { v?: number; cells?: StoredCell[] };
  try {
    parsed = JSON.parse(json) as { v?: number; cells?: StoredCell[] };
  } catch {
    throw new DamagedMarkRecord();
  }
  if (typeof parsed !== "object" || parsed === null || parsed.v !== 1 || !Array.isArray(parsed.cells) || !parsed.cells.every(isStoredCell)) {
    throw new DamagedMarkRecord();
  }
  return parsed.cells.map(([sheet, cell, fill, note]) => ({
    sheet,
    cell,
    ...(Array.isArray(fill) && { fill: { pattern: fill[0], color: fill[1], patternColor: fill[2], tintAndShade: fill[3], patternTintAndShade: fill[4] } }),
    ...(note && { note }),
  }));
}

function isStoredCell(c: unknown): c is StoredCell {
  if (!Array.isArray(c) || typeof c[0] !== "string" || typeof c[1] !== "string" || !/^[A-Z]{1,3}[1-9]\d*$/.test(c[1])) return false;
  const fillOk = c[2] === 0 || (Array.isArray(c[2]) && c[2].length === 5 && c[2].every((n: unknown) => typeof n === "number"));
  return fillOk && (c[3] === undefined || typeof c[3] === "string");
}
