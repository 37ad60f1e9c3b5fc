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
