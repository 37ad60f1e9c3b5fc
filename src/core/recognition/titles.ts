import { TABLE_KINDS, type TableKindSpec } from "./table-kinds";
import type { SheetGrid } from "./sheet-grid";
import { compact } from "../text/normalize";

export interface TitleHit {
  row: number;
  col: number;
  /** Title as printed. */
  text: string;
  /** Undefined for a table-like title we do not know. */
  kind?: TableKindSpec;
}

const NOT_A_TITLE = /^(注|说明|备注|填报|附注|单位负责人|部门:|单位:|金额单位)|《|。|;|，|,/;
const MAX_TITLE_LENGTH = 60;

/** Every title pattern, compacted once, longest first: the first one contained in a title names its kind. */
const TITLE_PATTERNS = TABLE_KINDS.flatMap((kind) => kind.titles.map((title) => ({ kind, pattern: compact(title) }))).sort(
  (a, b) => b.pattern.length - a.pattern.length,
);

/** Kind whose title pattern is the longest one contained in the text. */
export function matchTableKind(text: string): TableKindSpec | undefined {
  const t = compact(text);
  return TITLE_PATTERNS.find((p) => t.includes(p.pattern))?.kind;
}

/**
 * A title row: one distinct text across the row (a title merged over the table, or a single cell),
 * short, not a note, naming a table.
 */
export function findTitles(grid: SheetGrid): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const texts = fewTexts(grid, r);
    if (!texts || (texts.length !== 1 && !(texts.length === 2 && isTableCode(texts[1])))) continue;
    const text = texts[0];
    if (text.length < 4 || text.length > MAX_TITLE_LENGTH || NOT_A_TITLE.test(text) || isTableCode(text)) continue;
    const kind = matchTableKind(text);
    if (!kind && !/表(\(|$)/.test(text)) continue;
    hits.push({ row: r, col: firstColumnWith(grid, r), text: grid.filledText(r, firstColumnWith(grid, r)).trim(), kind });
  }
  return hits;
}

/**
 * The distinct texts of a row when it could be a title line (no amount, at most two texts: title and
 * table code); undefined as soon as it cannot, so the body rows of big tables cost little.
 */
function fewTexts(grid: SheetGrid, row: number): string[] | undefined {
  for (const cell of grid.sheet.cells[row] ?? []) if (typeof cell?.value === "number") return undefined;
  const texts: string[] = [];
  for (let c = 0; c < grid.columnCount; c++) {
    if (grid.continuesLeft(row, c)) continue;
    const raw = grid.filledText(row, c);
    if (!raw) continue;
    const t = compact(raw);
    if (!t || texts.includes(t)) continue;
    if (texts.length === 2) return undefined;
    texts.push(t);
  }
  return texts;
}

/** "公开01表", "表1-2", "附表3" */
export function isTableCode(text: string): boolean {
  return /^(公开|附)?表?\d+(-\d+)?表?$|^公开\d+表$|^表\d+(-\d+)?$/.test(compact(text));
}

function firstColumnWith(grid: SheetGrid, row: number): number {
  for (let c = 0; c < grid.columnCount; c++) if (grid.filledText(row, c).trim()) return c;
  return 0;
}
