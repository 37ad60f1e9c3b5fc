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
  return readInputText(file);
}
