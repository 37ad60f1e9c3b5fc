/** A cell of a flattened row: a bare number (“441.78”, “1,055.40”, “-3.2%”) or a dash for none. */
const CELL = String.raw`(?:-?\d[\d,]*(?:\.\d+)?%?|[-—–])`;
/** The label a row opens with: words ending in no number, no sentence's or clause's mark inside. */
const LABEL = String.raw`[^\s。！？，,；;|][^。！？，,；;|]*?[^\s\d.,%。！？，,；;|—–-]`;

/**
 * A table flattened to text, one row a line: its cells split by “|” (“公务接待费 | 183.19 | - | -”, “合计 | 1.8 | 1.52 |”),
 * or a label followed only by bare numbers split by spaces (“2010年决算 441.78 305.76 40.64 788.18”): a row ends no
 * sentence and is no title.
 */
export const TABLE_ROW = new RegExp(String.raw`\S\s*\|\s*\S|\|\s*$|^\s*${LABEL}(?:\s+${CELL}){2,}\s*$`);

/**
 * How many cells a table's row has: pieces between its “|” (“县区级 | 59725 | 180202 | | -6.6 |” 6, the “|” at the
 * end closing an empty one), or words and numbers between its spaces (“2010年决算 441.78 305.76” 3); undefined for a
 * line that is no row.
 */
export function cellCount(line: string): number | undefined {
  return TABLE_ROW.test(line) ? piecesOf(line) : undefined;
}

/** Pieces between “|” when there are any, else words and numbers between spaces. */
function piecesOf(text: string): number {
  return text.includes("|") ? text.split("|").length : text.trim().split(/\s+/).length;
}

const HAN = String.raw`[\u4e00-\u9fff]`;
/** A short name padded with spaces between its characters, as web pages print it in a table's first column: “区 级”, “范 县”. */
const SPACED_NAME = new RegExp(String.raw`^\s*${HAN}(?:\s+${HAN}+)+`);
/** A row's cells after its name: split by “|”, each a bare number, a dash or empty (“ | 24867 | | -3.9 |”), or bare numbers split by spaces. */
const CELLS_AFTER_NAME = new RegExp(String.raw`^(?:\s*(?:\|\s*${CELL}?\s*)+|(?:\s+${CELL})+\s*)$`);

/**
 * The cells of a row that opens with a spaced name and holds only its figures after it, the name taken as one cell
 * (“区 级 | 24867 | 70978 |” 4, “合 计 18 6.28” 3); undefined for any other line. Such a name has no two characters
 * side by side: whether its characters are one cell is for the rows beside it to say (as many cells: `cellCount`).
 */
export function spacedNameRowCells(line: string): number | undefined {
  const name = SPACED_NAME.exec(line)?.[0];
  if (name === undefined || !TABLE_ROW.test(line)) return undefined;
  const cells = line.slice(name.length);
  if (!/\d/.test(cells) || !CELLS_AFTER_NAME.test(cells)) return undefined;
  return cells.includes("|") ? piecesOf(line) : 1 + piecesOf(cells);
}

/** A cell of a flattened row: its words, trimmed, and where they stand in the line ([start, end)). */
export interface RowCell {
  text: string;
  start: number;
  end: number;
  /** The spaces before its words (“  其中:…” indented under the row above). */
  indent: string;
}

/**
 * The cells of a flattened row, as `cellCount` counts them, each where it stands: pieces between “|”
 * (“合 计 | 1.8 | 1.52 |” → “合 计”, “1.8”, “1.52”, “”), or words and numbers between spaces.
 */
export function rowCells(line: string): RowCell[] {
  if (!line.includes("|")) return [...line.matchAll(/\S+/g)].map((m) => cellOf(m[0], m.index ?? 0));
  let at = 0;
  return line.split("|").map((piece) => {
    const cell = cellOf(piece, at);
    at += piece.length + 1;
    return cell;
  });
}

function cellOf(piece: string, at: number): RowCell {
  const indent = /^\s*/.exec(piece)![0];
  const text = piece.trim();
  return { text, start: at + indent.length, end: at + indent.length + text.length, indent };
}

/**
 * The cells of a header row split by “|” whose words are spaced (“项 目 | 预 算 数 | 决 算 数 |” 4): every cell words
 * without a digit, or empty; undefined for any other line. As a spaced name, it is a row where a row beside it has as
 * many cells.
 */
export function spacedHeaderCells(line: string): number | undefined {
  if (!line.includes("|") || /\d/.test(line)) return undefined;
  const cells = line.split("|");
  return cells.some((cell) => SPACED_NAME.test(cell)) ? cells.length : undefined;
}
