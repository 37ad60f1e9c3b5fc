import { readFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { checkWorkbook, DEFAULT_ENGINE_CONFIG } from "../../../src/core/session";
import type { Finding } from "../../../src/core/findings/finding";
import { readNarrativeText, readTextFile, type NarrativeParagraph } from "../../../src/core/paragraphs";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { readDocxParagraphs } from "../../../src/hosts/docx/read-docx";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";

/**
 * One paragraph reader: the same 情况说明 as a sheet of the workbook, as a .txt and as a .docx given with --text
 * gives the same findings — rule, severity, message and place (the sheet's cell of the kth paragraph = 第k段 of the
 * file). The .docx is written the ways Word documents are: headings numbered by Word's lists (by a style, and by the
 * paragraph's own properties), a soft line break inside a paragraph, two paragraphs in a table, one in a text box.
 */
const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
const TEXT_SHEET = "情况说明";

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"';
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (t: string) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;

/** Level 0 “一、” comes with the heading style, levels 1 “（一）” and 2 “1.” with the paragraph's own numbering. */
const LIST_LEVELS: [RegExp, string][] = [
  [/^[一二三四五六七八九十]+、/, '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'],
  [/^（[一二三四五六七八九十]+）/, '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>'],
  [/^\d+\./, '<w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr>'],
];

/** The list: its first level starts where the text's first section does (“三、” after two sections elsewhere). */
const numbering = (start: number) =>
  `<w:numbering ${W_NS}><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
const STYLES = `<w:styles ${W_NS}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;

/** One paragraph as Word holds it: a list number drawn by Word, a long one broken by a soft line break. */
function wordParagraph(text: string): string {
  const level = LIST_LEVELS.find(([prefix]) => prefix.test(text));
  if (level) return `<w:p>${level[1]}${run(text.replace(level[0], ""))}</w:p>`;
  const cut = text.indexOf("，");
  if (text.length > 60 && cut > 0) return `<w:p>${run(text.slice(0, cut + 1))}<w:r><w:br/></w:r>${run(text.slice(cut + 1))}</w:p>`;
  return `<w:p>${run(text)}</w:p>`;
}

const cell = (text: string) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;
const textBox = (text: string) =>
  `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p>${run(text)}</w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p>${run(text)}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;

/** The paragraphs as a Word document: the last in a text box, the two before it in a table (one row each). */
async function asDocx(texts: string[]): Promise<Uint8Array> {
  const [table, box] = [texts.slice(-3, -1), texts[texts.length - 1]];
  const body = [...texts.slice(0, -3).map(wordParagraph), `<w:tbl>${table.map((t) => `<w:tr>${cell(t)}</w:tr>`).join("")}</w:tbl>`, textBox(box)].join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const first = texts.map((t) => /^([一二三四五六七八九十])、/.exec(t)?.[1]).find(Boolean) ?? "一";
  zip.file("word/numbering.xml", numbering("一二三四五六七八九十".indexOf(first) + 1));
  zip.file("word/styles.xml", STYLES);
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W_NS}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array" });
}

/**
 * The findings as the comparison sees them, in one order (a file's findings have no sheet to be sorted by): the kth
 * paragraph's cell and 第k段 are one place; the file's “第k段：” before the message set apart.
 */
function comparable(findings: Finding[], paragraphs: NarrativeParagraph[]) {
  const order = new Map(paragraphs.map((p, k) => [`${p.sheet}!${p.cell}`, k + 1]));
  return findings
    .map((f) => {
      const k = order.get(`${f.sheet}!${f.cell}`);
      const place = k !== undefined ? `第${k}段` : f.sheet || f.cell ? `${f.sheet}!${f.cell}` : (/^第\d+段/.exec(f.message)?.[0] ?? "");
      return { rule: f.rule, severity: f.severity, place, message: f.message.replace(/^第\d+段：/, ""), expected: f.expected, actual: f.actual };
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function readFixture(file: string): Promise<WorkbookSnapshot> {
  return readWorkbook(readFileSync(path.join(FIXTURES, file)), file);
}

describe.each(["budget-2023-dazhou.xlsx", "perf-2023-emeishan.xlsx"])("%s: the 情况说明 as a sheet, a .txt and a .docx", (file) => {
  let sheetFindings: ReturnType<typeof comparable>;
  let texts: string[];
  let tablesOnly: WorkbookSnapshot;

  beforeAll(async () => {
    const snapshot = await readFixture(file);
    const paragraphs = readNarrativeText(snapshot);
    texts = paragraphs.map((p) => p.text);
    sheetFindings = comparable(checkWorkbook(snapshot, DEFAULT_ENGINE_CONFIG).findings, paragraphs);
    tablesOnly = { ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== TEXT_SHEET) };
  });

  test("the sheet's text has findings to compare, at its paragraphs", () => {
    expect(sheetFindings.filter((f) => /^第\d+段$/.test(f.place)).length).toBeGreaterThan(0);
  });

  test("the report's year is read from the text wherever it is: a workbook whose other sheets name no year", async () => {
    const sheetOnly = { name: "x.xlsx", sheets: (await readFixture(file)).sheets.filter((s) => s.name === TEXT_SHEET) };
    const year = checkWorkbook(sheetOnly, DEFAULT_ENGINE_CONFIG).year;
    expect(year).toBe(2023);
    expect(checkWorkbook({ name: "x.xlsx", sheets: [] }, DEFAULT_ENGINE_CONFIG, { narrativeText: texts.join("\n") }).year).toBe(year);
  });

  test("as a .txt: the same findings", () => {
    const paragraphs = readTextFile(texts.join("\n"));
    expect(comparable(checkWorkbook(tablesOnly, DEFAULT_ENGINE_CONFIG, { narrativeText: paragraphs }).findings, [])).toEqual(sheetFindings);
  });

  test("as a .docx with Word's list numbers, a soft line break, a table and a text box: the same paragraphs and findings", async () => {
    const paragraphs = await readDocxParagraphs(await asDocx(texts), "情况说明.docx");
    expect(paragraphs.map((p) => p.text)).toEqual(texts);
    expect(comparable(checkWorkbook(tablesOnly, DEFAULT_ENGINE_CONFIG, { narrativeText: paragraphs }).findings, [])).toEqual(sheetFindings);
  });
});
