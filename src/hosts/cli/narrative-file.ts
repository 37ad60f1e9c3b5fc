import { basename, extname } from "path";
import type { NarrativeParagraph } from "../../core/paragraphs";
import { readInput, readInputText } from "./read-input";

/**
 * The text given with --text: a .docx (its paragraphs, in order) or a plain-text file (one paragraph a line). Apart
 * from read-input.ts, so that reading a workbook (a batch worker's only input) does not load the Word reader; the
 * reader (mammoth) is loaded only for a .docx, so no command waits for it at its start.
 */
export async function readNarrativeFile(file: string): Promise<string | NarrativeParagraph[]> {
  if (extname(file).toLowerCase() === ".docx") return (await import("../docx/read-docx")).readDocxParagraphs(readInput(file), basename(file));
  return withoutCorpusHeader(readInputText(file));
}

/**
 * A file of the text corpus (test/fixtures/texts/README.md) opens with header lines “# 来源: …”, “# 年度: 2017” … and an
 * empty line: no paragraphs. They are blanked, so the paragraphs are numbered from 1 after them (第N段, as the corpus
 * counts them) and keep their lines in the file (第M行). Only that opening block is: a “#” line anywhere else, an
 * opening line that is no “名: 值” (“#1 收入情况”), or a block not closed by an empty line is the text's own.
 */
export function withoutCorpusHeader(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const header = lines.findIndex((line) => !HEADER_LINE.test(line));
  if (header <= 0 || lines[header].trim() !== "") return text;
  return [...lines.slice(0, header).map(() => ""), ...lines.slice(header)].join("\n");
}
const HEADER_LINE = /^#\s*[^\s#:：][^:：]*[:：]/;
