import mammoth from "mammoth";
import { zipSync, type Zippable } from "fflate";
import { paragraphsOf, type NarrativeParagraph } from "../../core/paragraphs";
import { withListNumbers } from "./list-numbers";
import { PackageProblem } from "../xlsx/read/read-error";
import { ZipArchive } from "../xlsx/read/zip-archive";
import { DocxReadError } from "./docx-read-error";

/** What the text parts of a Word file (document, styles, notes, relationships) may expand to together. */
export const MAX_DOCX_TEXT_PARTS_BYTES = 64 * 1024 * 1024;
/** Most characters a 情况说明 may hold (a real one has some tens of thousands). */
export const MAX_NARRATIVE_CHARS = 2_000_000;

/**
 * The paragraphs of a .docx (the 情况说明 as written in Word), in order, read with mammoth; findings on them
 * point at paragraph numbers (第12段). Empty paragraphs are skipped and not counted; a line break inside a
 * paragraph joins its lines; list numbers (“一、”) are read as the text Word shows. Only the package's XML parts
 * are handed to mammoth, each inflated by the package reader within its limits (images are never opened), and
 * what they may expand to and the text they may hold are capped, so a small file that unpacks to gigabytes is
 * refused in Chinese instead of exhausting memory.
 */
export async function readDocxParagraphs(bytes: Uint8Array, name: string): Promise<NarrativeParagraph[]> {
  const xmlParts = withNumbersWritten(boundedXmlParts(bytes, name));
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(zipSync(xmlParts, { level: 0 })) })).value;
  } catch {
    throw new DocxReadError(`无法读取“${name}”：这不是有效的 Word 文档（.docx）。`);
  }
  if (text.length > MAX_NARRATIVE_CHARS) throw new DocxReadError(tooLarge(name, `文字有 ${text.length} 字`));
  return paragraphsOf(text.split(/\n\n/).map((p) => p.replace(/\n/g, "")));
}

/** The parts with the document's list numbers written as text (list-numbers.ts). */
function withNumbersWritten(parts: Zippable): Zippable {
  const text = (part: string) => (parts[part] instanceof Uint8Array ? new TextDecoder().decode(parts[part] as Uint8Array) : undefined);
  const document = text(DOCUMENT_PART);
  if (document === undefined) return parts;
  return { ...parts, [DOCUMENT_PART]: new TextEncoder().encode(withListNumbers(document, text("word/numbering.xml"), text("word/styles.xml"))) };
}

const DOCUMENT_PART = "word/document.xml";

/** The XML parts of the package, inflated within the package reader's limits and this file's total. */
function boundedXmlParts(bytes: Uint8Array, name: string): Zippable {
  const parts: Zippable = {};
  let total = 0;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxReadError(`无法读取“${name}”：这不是有效的 Word 文档（.docx）。`);
  try {
    const zip = ZipArchive.open(bytes);
    for (const entry of zip.entryList()) {
      if (!/\.(xml|rels)$/i.test(entry.name)) continue;
      total += entry.size;
      if (total > MAX_DOCX_TEXT_PARTS_BYTES) throw new DocxReadError(tooLarge(name, `文字部分解压后超过 ${MAX_DOCX_TEXT_PARTS_BYTES / 1024 / 1024} MB`));
      parts[entry.name] = zip.read(entry.name)!;
    }
  } catch (err) {
    if (err instanceof DocxReadError) throw err;
    if (err instanceof PackageProblem) throw new DocxReadError(`无法读取“${name}”：${err.message}。`);
    throw new DocxReadError(`无法读取“${name}”：这不是有效的 Word 文档（.docx）。`);
  }
  return parts;
}

function tooLarge(name: string, what: string): string {
  return `无法读取“${name}”：${what}，超过情况说明可读取的上限（${MAX_NARRATIVE_CHARS / 10000} 万字），不像是情况说明，未读取。`;
}
