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

/** The stored record; nothing stored, or something damaged or not ours, is an empty record. */
export function recordFromJson(json: string | undefined): WpsMarkedCell[] {
  if (!json) return [];
  try {
    const parsed = JSON.parse(json) as { v?: number; cells?: StoredCell[] };
    if (parsed.v !== 1 || !Array.isArray(parsed.cells)) return [];
    return parsed.cells.map(([sheet, cell, fill, note]) => ({
      sheet,
      cell,
      ...(Array.isArray(fill) && { fill: { pattern: fill[0], color: fill[1], patternColor: fill[2], tintAndShade: fill[3], patternTintAndShade: fill[4] } }),
      ...(note && { note }),
    }));
  } catch {
    return [];
  }
}
