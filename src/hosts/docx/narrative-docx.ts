import { AlignmentType, Document, HeadingLevel, HighlightColor, Packer, Paragraph, TextRun } from "docx";

/**
 * The 情况说明 as a Word document (.docx, written with the `docx` library): the title, each section's title as
 * a heading, each paragraph indented two characters, and every gap still to fill (【缺：…】, 【待填写：…】, a run
 * the text writer marked as a gap) highlighted in yellow so the accountant sees what is left. Loaded lazily in the
 * browser (see ./index.ts).
 */
export interface NarrativeDocument {
  /** “上海市普陀区财政局2024年度部门决算情况说明”. */
  title: string;
  sections: readonly DocumentSection[];
}

/** A chapter: its title and its paragraphs, each a list of runs (src/core/narrative/template/gaps.ts). */
export interface DocumentSection {
  title: string;
  lines: readonly (readonly DocumentRun[])[];
}

/** Text, or a gap still to fill (any `gap` set). */
export interface DocumentRun {
  text: string;
  gap?: object;
}

const FONT = { ascii: "SimSun", eastAsia: "宋体", hAnsi: "SimSun" };
const HEADING_FONT = { ascii: "SimHei", eastAsia: "黑体", hAnsi: "SimHei" };
const BLACK = "000000";
const SIZE = 28; // half-points: 14 pt (四号)
const HEADING_SIZE = 32; // 16 pt (三号)
const TITLE_SIZE = 44; // 22 pt (二号)
const FIRST_LINE = 560; // twips: two characters of 14 pt

/**
 * Headings as government documents set them: black 宋体 title, black 黑体 chapter headings — Word's own Title and
 * Heading 2 styles (blue, Calibri Light) are redefined, so the navigation pane still lists the chapters.
 */
const HEADING_STYLES = [
  { id: "Title", name: "Title", run: { font: FONT, size: TITLE_SIZE, bold: true, color: BLACK } },
  { id: "Heading2", name: "Heading 2", run: { font: HEADING_FONT, size: HEADING_SIZE, bold: false, color: BLACK } },
].map((style) => ({ ...style, basedOn: "Normal", next: "Normal", quickFormat: true, paragraph: { spacing: { before: 240, after: 120 } } }));

export async function narrativeDocx(doc: NarrativeDocument): Promise<Uint8Array> {
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: doc.title, bold: true, size: TITLE_SIZE, font: FONT, color: BLACK })],
    }),
    ...doc.sections.flatMap((s) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: s.title, size: HEADING_SIZE, font: HEADING_FONT, color: BLACK })] }),
      ...s.lines.filter((line) => line.some((run) => run.text.trim() !== "")).map(bodyParagraph),
    ]),
  ];
  const document = new Document({ creator: "预决算公开助手", title: doc.title, styles: { paragraphStyles: HEADING_STYLES }, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function bodyParagraph(line: readonly DocumentRun[]): Paragraph {
  const runs = line
    .filter((run) => run.text !== "")
    .map((run) => new TextRun({ text: run.text, size: SIZE, font: FONT, ...(run.gap ? { highlight: HighlightColor.YELLOW } : {}) }));
  return new Paragraph({ indent: { firstLine: FIRST_LINE }, spacing: { line: 360 }, children: runs });
}
