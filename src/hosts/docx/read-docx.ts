import mammoth from "mammoth";
import { paragraphsOf, type NarrativeParagraph } from "../../core/narrative";

/** A Word file that cannot be read: the message is for the accountant, in Chinese. */
export class DocxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocxReadError";
  }
}

/**
 * The paragraphs of a .docx (the 情况说明 as written in Word), in order, read with mammoth; findings on them
 * point at paragraph numbers (第12段). Empty paragraphs are skipped and not counted.
 */
export async function readDocxParagraphs(bytes: Uint8Array, name: string): Promise<NarrativeParagraph[]> {
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new DocxReadError(`无法读取“${name}”：这不是有效的 Word 文档（.docx）。`);
  }
  return paragraphsOf(text.split(/\n\n/).map((p) => p.replace(/\n/g, "")));
}
