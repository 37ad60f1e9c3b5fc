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
