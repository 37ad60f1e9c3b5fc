import { readFileSync } from "fs";
import { basename, extname } from "path";
import type { NarrativeParagraph } from "../../core/narrative";
import { readDocxParagraphs } from "../docx/read-docx";
import { WorkbookReadError } from "../xlsx/read-workbook";

/** Reads a file named on the command line; a missing or unreadable file is a clear Chinese message (exit 2). */
export function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new WorkbookReadError(`无法打开文件“${file}”：文件不存在或无权读取。`);
  }
}

/** The text given with --text: a .docx (its paragraphs, in order) or a plain-text file (one paragraph a line). */
export async function readNarrativeFile(file: string): Promise<string | NarrativeParagraph[]> {
  const bytes = readInput(file);
  return extname(file).toLowerCase() === ".docx" ? readDocxParagraphs(bytes, basename(file)) : bytes.toString("utf8");
}
