import { isTableCode } from "./table-code";
import { TABLE_KINDS, THREE_PUBLIC_SCOPES, THREE_PUBLIC_TITLE, type TableKindSpec } from "./table-kinds";
import type { SheetGrid } from "./sheet-grid";
import { compact } from "../text/normalize";
import { isMetaLine } from "./header";

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
/** “…表” or “…表（…”: a title naming a table the catalogue does not know. */
const TABLE_WORD = /表(\(|$)/;
const ENDS_AS_TABLE = /表(\(.*\))?$/;
const SENTENCE_MARK = /[。；]/;

/** Every title pattern, compacted once, longest first: the first one contained in a title names its kind. */
const TITLE_PATTERNS = TABLE_KINDS.flatMap((kind) => kind.titles.map((title) => ({ kind, pattern: compact(title) }))).sort(
  (a, b) => b.pattern.length - a.pattern.length,
);

/**
 * Kind whose title pattern is the longest one contained in the text; failing that, in the text without the
 * qualifiers regions insert into the standard titles (“一般公共预算支出功能分类预算表”, “部门财务收支预算总表”,
 * “一般公共预算“三公”经费和机关运行经费支出预算表”).
 */
export function matchTableKind(text: string): TableKindSpec | undefined {
  const t = compact(text);
  const direct = TITLE_PATTERNS.find((p) => t.includes(p.pattern))?.kind;
  if (THREE_PUBLIC_TITLE.test(t)) return direct && isThreePublic(direct) && !contradicts(t, direct) ? direct : threePublicKind(t);
  if (direct) return direct;
  const plain = t.replace(TITLE_QUALIFIERS, "");
  return plain === t ? undefined : TITLE_PATTERNS.find((p) => plain.includes(p.pattern))?.kind;
}

const THREE_PUBLIC_KINDS = new Set(THREE_PUBLIC_SCOPES.map((s) => s.kind));

function isThreePublic(kind: TableKindSpec | undefined): boolean {
  return kind !== undefined && THREE_PUBLIC_KINDS.has(kind.id);
}

/** Fund names hold the word 预算 without making a table a 预算 table (一般公共预算财政拨款“三公”经费情况表). */
const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算/g;

/**
 * A title that contains a 三公 kind's title but says the other family in its own words: “2016年市国资委财政拨款“三公”
 * 经费预算表” holds 财政拨款“三公”经费 (the 决算 table's title) and is the 预算 table.
 */
function contradicts(title: string, kind: TableKindSpec): boolean {
  const words = title.replace(FUND_NAMES, "");
  const [own, other] = kind.family === "决算" ? [/决算/, /预算/] : [/预算/, /决算/];
  return other.test(words) && !own.test(words);
}

/** The 三公 kind a title's scope words name; undefined when it names none (its header tells). */
function threePublicKind(title: string): TableKindSpec | undefined {
  const id = THREE_PUBLIC_SCOPES.find((s) => s.words.test(title))?.kind;
  return TABLE_KINDS.find((k) => k.id === id);
}

/** Words regions add to a standard title without changing which table it is. */
const TITLE_QUALIFIERS = /\((按)?(功能|经济)分类(科目)?\)|功能分类|经济分类|部门预算|财务(?=收支)|[和及]机关运行经费|情况(?=表)|明细(?=表)/g;

/**
 * The titles of the tables in a sheet. A title is a short line naming a table and followed, after meta lines
 * (部门, 单位：万元, 公开03表), by a header row with at least two column labels. Several title-like lines before one
 * header are one title block: the line naming a table (“收入支出决算总表”) is the title; a report heading above it
 * (“第二部分 上海市普陀区…2024 年度部门决算表”) and a group label below it (“财政拨款“三公”经费”) are not tables.
 * A numbered section heading of a text (“七、财政拨款“三公”经费支出决算情况说明”) or a prose line is never a title.
 */
export function findTitles(grid: SheetGrid): TitleHit[] {
  return [...titlesOf(grid)];
}

/**
 * findTitles one title at a time: a title is given as soon as the title-like line after its block is met, so a reader
 * that reads each table as the search passes it reads rows the search has just read.
 */
export function* titlesOf(grid: SheetGrid): Generator<TitleHit, void, undefined> {
  let block: TitleHit[] = [];
  for (let r = grid.rowFrom(0); r < grid.rowCount; r = grid.rowFrom(r + 1)) {
    const candidate = titleCandidate(grid, r);
    if (!candidate) continue;
    if (block.length > 0 && !onlyMetaBetween(grid, block[block.length - 1].row, r)) {
      const title = blockTitle(grid, block, r);
      if (title) yield title;
      block = [];
    }
    block.push(candidate);
  }
  const title = blockTitle(grid, block, grid.rowCount);
  if (title) yield title;
}

/** The title of a block of title-like lines, if one of them is a table's title. */
function blockTitle(grid: SheetGrid, block: TitleHit[], nextRow: number): TitleHit | undefined {
  return block.length > 0 ? chooseTitle(grid, block, nextRow) : undefined;
}

/** A title-like line: one distinct text across the row (or text + table code), short, not a note or heading. */
function titleCandidate(grid: SheetGrid, r: number): TitleHit | undefined {
  const texts = fewTexts(grid, r);
  if (!texts || (texts.length !== 1 && !(texts.length === 2 && isTableCode(texts[1])))) return undefined;
  const text = texts[0];
  if (text.length < 4 || text.length > MAX_TITLE_LENGTH || NOT_A_TITLE.test(text) || isTableCode(text) || SECTION_HEADING.test(text)) return undefined;
  const kind = matchTableKind(text);
  if (!kind && !TABLE_WORD.test(text)) return undefined;
  const col = firstColumnWith(grid, r);
  return { row: r, col, text: grid.filledText(r, col).trim(), kind };
}

/** “七、财政拨款“三公”经费支出决算情况说明”, “（三）一般公共预算财政拨款支出决算具体情况”: a heading of a text. */
const SECTION_HEADING = /^([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[、.]).*(情况|说明|分析)$|(情况说明|决算说明|预算说明)$/;

/** The title of a block of title-like lines, when a header follows it; undefined for headings and prose. */
function chooseTitle(grid: SheetGrid, block: TitleHit[], nextRow: number): TitleHit | undefined {
  const known = block.filter((h) => h.kind);
  const title = known.filter((h) => namesATable(h.text)).pop() ?? known[0] ?? block.filter((h) => namesATable(h.text)).pop();
  if (!title) return undefined;
  if (title.kind?.family === "绩效") return title;
  return headerFollows(grid, block[block.length - 1].row, nextRow) ? title : undefined;
}

/** “…决算表”, “…预算表（部门经济分类科目）”, “表一 部门收支总表” — not a group label such as “财政拨款“三公”经费”. */
function namesATable(text: string): boolean {
  return ENDS_AS_TABLE.test(compact(text));
}

const HEADER_SEARCH_ROWS = 6;

/**
 * Within a few rows after the block, a row holds two or more column labels. Meta lines, blank rows and a group
 * label spanning the header (“项目经费”) are passed over; a line of prose ends the search.
 */
function headerFollows(grid: SheetGrid, lastTitleRow: number, limit: number): boolean {
  let seen = 0;
  for (let r = grid.rowFrom(lastTitleRow + 1); r < limit; r = grid.rowFrom(r + 1)) {
    const texts = grid.rowTexts(r);
    if (texts.length === 0) continue;
    if (++seen > HEADER_SEARCH_ROWS) return false;
    if (isMetaLine(texts)) continue;
    if (!texts.every(isLabel)) return false;
    if (texts.length >= 2) return true;
  }
  return false;
}

const MAX_LABEL_LENGTH = 40;

/** A column label: short, not a sentence. */
function isLabel(text: string): boolean {
  return text.length <= MAX_LABEL_LENGTH && !SENTENCE_MARK.test(text);
}

/** Only blank and meta lines (单位：万元, 公开03表) between two title-like lines: they belong to one title block. */
function onlyMetaBetween(grid: SheetGrid, from: number, to: number): boolean {
  for (let r = grid.rowFrom(from + 1); r < to; r = grid.rowFrom(r + 1)) {
    const texts = grid.rowTexts(r);
    if (texts.length > 0 && !isMetaLine(texts)) return false;
  }
  return true;
}

/**
 * The distinct texts of a row when it could be a title line (no amount, at most two texts: title and table code);
 * undefined as soon as it cannot. A body row is told by its first amount, before any text is read; the texts of
 * any other row are the ones the header reading asks for next (rowTexts reads them once).
 */
function fewTexts(grid: SheetGrid, row: number): readonly string[] | undefined {
  const line = grid.sheet.cells[row];
  if (line) for (let c = 0; c < line.length; c++) if (typeof line[c]?.value === "number") return undefined;
  const texts = grid.rowTexts(row);
  return texts.length <= 2 ? texts : undefined;
}

function firstColumnWith(grid: SheetGrid, row: number): number {
  for (const c of grid.columns(row)) if (grid.filledText(row, c).trim()) return c;
  return 0;
}
