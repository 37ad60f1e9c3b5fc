/** A paragraph of existing text: a cell of a text sheet, or a paragraph of a .txt / .docx file. */
export interface NarrativeParagraph {
  sheet?: string;
  cell?: string;
  /** Line of a .txt file (1-based), when it differs from the paragraph number. */
  line?: number;
  /** Paragraph number in a file (1-based); findings of file text point at it. */
  index?: number;
  text: string;
}

/** “情况说明!A14”, or for a file “第12段” (“第12段（第20行）” when the line differs). */
export function whereOf(p: NarrativeParagraph): string {
  if (p.cell) return `${p.sheet ? `${p.sheet}!` : ""}${p.cell}`;
  const line = p.line !== undefined && p.line !== p.index ? `（第${p.line}行）` : "";
  return p.index !== undefined ? `第${p.index}段${line}` : line ? `第${p.line}行` : "";
}
