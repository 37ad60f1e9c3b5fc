import { zipSync } from "fflate";
import { Prng } from "../../support/prng";
import { compoundFile } from "../../support/compound-file";
import { draftToParts } from "../../support/draft-package";
import { generateWorkbook } from "../../support/generate-workbook";
import { escapeXml, inline, num, packageParts, row, shared, stylesXml, zipParts, type Parts } from "../../support/xlsx-package";

/**
 * Malformed and odd inputs for the robustness suite, all generated from seeds (nothing committed as a blob): the same
 * list on every run, so a failing case can be replayed by its name. Each case says what it must give when that is
 * certain (“read” a snapshot, or a read “error”); random damage may give either.
 */
export interface FuzzCase {
  name: string;
  bytes: Uint8Array;
  expect: "read" | "error" | "either";
}

const encode = (text: string) => new TextEncoder().encode(text);

/** A small, clean, recognisable 决算 set (nine tables) written as Excel writes it. */
export function generatedParts(seed: number): Parts {
  return draftToParts(generateWorkbook({ seed, units: 1 }).draft);
}

/** A hand-built workbook: a table in shared strings and styles, a merged title, and a 情况说明 text sheet. */
export function builtParts(): Parts {
  const strings = ["收入支出决算总表", "项目", "金额", "本年收入合计", "合计"];
  return packageParts({
    sharedStrings: strings,
    styles: stylesXml({ 176: "0.00_ " }, [0, 4, 176]),
    sheets: [
      {
        name: "公开01表",
        rows:
          row(1, shared("A1", 0)) +
          row(3, shared("A3", 1), shared("B3", 2)) +
          row(4, shared("A4", 3), num("B4", 2995.39, 1)) +
          row(5, shared("A5", 4), num("B5", 2995.39, 2)),
        after: '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
      },
      { name: "情况说明", rows: row(1, inline("A1", "一、收入支出决算总体情况")) + row(2, inline("A2", "2024年度收入、支出总计2995.39万元。")) },
    ],
  });
}

export function fuzzCases(): FuzzCase[] {
  const generated = generatedParts(9);
  const built = builtParts();
  const generatedZip = zipParts(generated);
  const builtZip = zipParts(built);
  return [
    ...truncations(generatedZip, "generated", 35, 101),
    ...truncations(builtZip, "built", 10, 102),
    ...randomBytes(103),
    ...byteFlips(generatedZip, "generated", 30, 104),
    ...byteFlips(zipParts(built, 0), "built-stored", 15, 105),
    ...missingParts(generated, "generated"),
    ...missingParts(built, "built"),
    ...badXml(built, 106),
    ...contentTypes(built),
    ...compoundFiles(107),
    ...foreignFormats(),
    ...oddStrings(),
    ...hugeExtents(),
    ...merges(),
    ...sheetNames(),
    ...zipBombs(builtZip),
    ...zipOddities(built, builtZip),
    ...validVariants(),
  ];
}

function truncations(bytes: Uint8Array, label: string, count: number, seed: number): FuzzCase[] {
  const rng = new Prng(seed);
  const ends = [1, 4, 22, 23, 30];
  const offsets = [...Array.from({ length: count - ends.length }, () => rng.int(0, bytes.length - 1)), ...ends.map((e) => bytes.length - e)];
  return offsets.map((at, i) => ({ name: `${label} zip truncated to ${at} of ${bytes.length} bytes #${i}`, bytes: bytes.slice(0, at), expect: "error" }));
}

function randomBytes(seed: number): FuzzCase[] {
  const rng = new Prng(seed);
  const noise = (n: number) => Uint8Array.from({ length: n }, () => rng.int(0, 255));
  const out: FuzzCase[] = [];
  for (let i = 0; i < 15; i++) out.push({ name: `random bytes #${i}`, bytes: noise(rng.pick([1, 3, 21, 22, 100, 511, 512, 4096, 5000])), expect: "error" });
  for (let i = 0; i < 5; i++) {
    const bytes = noise(rng.int(4, 3000));
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    out.push({ name: `random bytes behind a zip signature #${i}`, bytes, expect: "error" });
  }
  for (let i = 0; i < 3; i++) {
    const bytes = noise(rng.int(512, 4000));
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    out.push({ name: `random bytes behind a compound-file signature #${i}`, bytes, expect: "error" });
  }
  const eocd = new Uint8Array(22);
  eocd.set([0x50, 0x4b, 0x05, 0x06]);
  eocd[10] = 0xff; // claims 255 entries, directory at 0
  out.push({ name: "an end-of-directory record claiming entries that are not there", bytes: eocd, expect: "error" });
  return out;
}

function byteFlips(bytes: Uint8Array, label: string, count: number, seed: number): FuzzCase[] {
  const rng = new Prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const copy = bytes.slice();
    const flips = rng.int(1, 8);
    for (let k = 0; k < flips; k++) copy[rng.int(0, copy.length - 1)] = rng.int(0, 255);
    return { name: `${label} zip with ${flips} random bytes changed #${i}`, bytes: copy, expect: "either" as const };
  });
}

function missingParts(parts: Parts, label: string): FuzzCase[] {
  return Object.keys(parts).map((name) => {
    const rest = { ...parts };
    delete rest[name];
    return { name: `${label} without ${name}`, bytes: zipParts(rest), expect: "either" as const };
  });
}

function badXml(parts: Parts, seed: number): FuzzCase[] {
  const rng = new Prng(seed);
  const damages: [string, (xml: string) => string][] = [
    ["cut in half", (xml) => xml.slice(0, Math.floor(xml.length / 2))],
    ["replaced by text", () => "这不是 XML"],
    ["an attribute quote left open", (xml) => xml.replace(/="([^"]*)"/, '="$1')],
    [
      "a stray < inserted",
      (xml) => {
        const at = rng.int(0, xml.length);
        return `${xml.slice(0, at)}<<${xml.slice(at)}`;
      },
    ],
    ["empty", () => ""],
  ];
  const out: FuzzCase[] = [];
  for (const name of Object.keys(parts)) {
    for (const [what, damage] of damages)
      out.push({ name: `${name} ${what}`, bytes: zipParts({ ...parts, [name]: damage(String(parts[name])) }), expect: "either" });
  }
  return out;
}

function contentTypes(parts: Parts): FuzzCase[] {
  const variants: [string, string][] = [
    ["empty", ""],
    ["garbage", "%%%"],
    [
      "claiming a Word document",
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    ["claiming a macro-enabled workbook", String(parts["[Content_Types].xml"]).replace("sheet.main+xml", "sheet.macroEnabled.main+xml")],
  ];
  return variants.map(([what, xml]) => ({ name: `wrong content types: ${what}`, bytes: zipParts({ ...parts, "[Content_Types].xml": xml }), expect: "read" }));
}

function compoundFiles(seed: number): FuzzCase[] {
  const rng = new Prng(seed);
  const damaged = compoundFile(["Workbook"]);
  for (let i = 512; i < damaged.length; i++) damaged[i] = rng.int(0, 255);
  return [
    { name: "password-protected workbook (EncryptionInfo)", bytes: compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]), expect: "error" },
    { name: "old .xls (Workbook stream)", bytes: compoundFile(["Workbook", "\u0005SummaryInformation"]), expect: "error" },
    { name: "Excel 5 .xls (Book stream)", bytes: compoundFile(["Book"]), expect: "error" },
    { name: "Word .doc in a compound file", bytes: compoundFile(["WordDocument"]), expect: "error" },
    { name: "compound file with a random directory", bytes: damaged, expect: "error" },
  ];
}

function foreignFormats(): FuzzCase[] {
  const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(encode("项目\t金额"), (b) => [b, 0]).flat()]);
  const cases: [string, Uint8Array][] = [
    ["empty file", new Uint8Array(0)],
    ["PDF", encode("%PDF-1.4\n%âãÏÓ\n")],
    ["HTML table saved as .xls", encode('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table><tr><td>合计</td></tr></table></html>')],
    [
      "XML Spreadsheet 2003",
      encode('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'),
    ],
    ["CSV", encode("项目,金额\n合计,2995.39\n")],
    ["UTF-16 text", utf16],
    ["empty zip", zipSync({})],
    [".docx", zipSync({ "word/document.xml": encode("<w:document/>") })],
    [".ods", zipSync({ mimetype: encode("application/vnd.oasis.opendocument.spreadsheet") })],
    [".xlsb", zipSync({ "xl/workbook.bin": new Uint8Array(8) })],
  ];
  return cases.map(([name, bytes]) => ({ name: `foreign: ${name}`, bytes, expect: "error" as const }));
}

function oneSheet(rows: string, name = "Sheet1", after = ""): Uint8Array {
  return zipParts(packageParts({ sheets: [{ name, rows, after }] }));
}

function oddStrings(): FuzzCase[] {
  const texts: [string, string][] = [
    ["a 100,000-character text", "收入".repeat(50_000)],
    ["control characters", "a\u0001b\u0002c\u001f"],
    ["emoji and surrogate pairs", "合计 😀 𠀀"],
    ["right-to-left marks", "\u202e合计\u202c"],
    ["only spaces", "     "],
    ["full-width digits", "２９９５．３９"],
    ["_x0000_ escapes", "_x0000__x005F_x000D_"],
    ["a text that looks like XML", "</t></is></c></row></sheetData>"],
  ];
  const out: FuzzCase[] = texts.map(([what, text]) => ({
    name: `odd string: ${what}`,
    bytes: oneSheet(row(1, inline("A1", "收入支出决算总表")) + row(2, inline("B2", text))),
    expect: "read",
  }));
  const raw: [string, string][] = [
    ["an undefined entity", '<c r="A1" t="inlineStr"><is><t>&foo;&#xD800;&#0;</t></is></c>'],
    ["a number cell holding NaN and Ⅻ", '<c r="A1"><v>NaN</v></c><c r="B1"><v>Ⅻ</v></c><c r="C1"><v>1e999</v></c>'],
    ["a boolean holding 2", '<c r="A1" t="b"><v>2</v></c>'],
    ["an unknown cell type", '<c r="A1" t="zz"><v>1</v></c>'],
  ];
  for (const [what, cells] of raw) out.push({ name: `odd string: ${what}`, bytes: oneSheet(`<row r="1">${cells}</row>`), expect: "read" });
  return out;
}

function hugeExtents(): FuzzCase[] {
  const table = row(1, inline("A1", "收入支出决算总表")) + row(2, num("A2", 1), num("B2", 2));
  return [
    { name: "a value at XFD1 beside a small table", bytes: oneSheet(table.replace("</row>", `${num("XFD1", 7)}</row>`)), expect: "read" },
    { name: "a value at A100000 below a small table", bytes: oneSheet(table + row(100000, num("A100000", 7))), expect: "read" },
    { name: "a value at XFD1048576 beside a small table", bytes: oneSheet(table + row(1048576, num("XFD1048576", 7))), expect: "read" },
    { name: "a value at A1048576", bytes: oneSheet(table + row(1048576, num("A1048576", 7))), expect: "read" },
    { name: "a cell at XFE1 (beyond the grid)", bytes: oneSheet(row(1, num("XFE1", 1))), expect: "error" },
    { name: "a cell at A1048577 (beyond the grid)", bytes: oneSheet(row(1048577, num("A1048577", 1))), expect: "error" },
    { name: "a row numbered 0", bytes: oneSheet('<row r="0"><c><v>1</v></c></row>'), expect: "error" },
    { name: "a cell reference without a row", bytes: oneSheet('<row r="1"><c r="AB"><v>1</v></c></row>'), expect: "error" },
  ];
}

function merges(): FuzzCase[] {
  const table = row(1, inline("A1", "收入支出决算总表")) + row(2, num("A2", 1), num("B2", 2));
  const many = Array.from({ length: 5000 }, (_, i) => `<mergeCell ref="C${i + 1}:D${i + 1}"/>`).join("");
  const nested = Array.from({ length: 200 }, (_, i) => `<mergeCell ref="A${i + 1}:${"ABCDEFGHIJ"[i % 10]}${400 - i}"/>`).join("");
  const mc = (xml: string) => `<mergeCells>${xml}</mergeCells>`;
  return [
    { name: "5,000 merged areas", bytes: oneSheet(table, "S", mc(many)), expect: "read" },
    { name: "200 nested, overlapping merged areas", bytes: oneSheet(table, "S", mc(nested)), expect: "read" },
    { name: "one merged area over the whole grid", bytes: oneSheet(table, "S", mc('<mergeCell ref="A1:XFD1048576"/>')), expect: "read" },
    {
      name: "merged areas with malformed references",
      bytes: oneSheet(table, "S", mc('<mergeCell ref="A1:"/><mergeCell ref="C3:A1"/><mergeCell ref="ZZZZ1:A1"/><mergeCell/>')),
      expect: "read",
    },
    { name: "the same merged area 1,000 times", bytes: oneSheet(table, "S", mc('<mergeCell ref="A1:B2"/>'.repeat(1000))), expect: "read" },
  ];
}

function sheetNames(): FuzzCase[] {
  const names = (list: string[]) => zipParts(packageParts({ sheets: list.map((name, i) => ({ name, rows: row(1, num("A1", i)) })) }));
  return [
    { name: "two sheets with the same name", bytes: names(["公开01表", "公开01表"]), expect: "error" },
    { name: "two sheet names differing in case", bytes: names(["Sheet1", "sheet1"]), expect: "error" },
    { name: "an empty sheet name", bytes: names(["", "S"]), expect: "error" },
    { name: "sheet names with quotes, brackets and entities", bytes: names(["'表'", "[1]", "a&b<c>", "公开01表 (2)"]), expect: "read" },
    { name: "255 sheets", bytes: names(Array.from({ length: 255 }, (_, i) => `表${i}`)), expect: "read" },
    { name: "a workbook with no sheets", bytes: names([]), expect: "read" },
    { name: "only a chart sheet", bytes: zipParts(packageParts({ sheets: [{ name: "图表1", kind: "chartsheet" }] })), expect: "read" },
  ];
}

function zipBombs(bytes: Uint8Array): FuzzCase[] {
  const padded = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${" ".repeat(20 * 1024 * 1024)}${row(1, num("A1", 1))}</sheetData></worksheet>`;
  return [
    { name: "a sheet declared as 3 GB", bytes: declaredSize(bytes, "xl/worksheets/sheet1.xml", 3 * 1024 ** 3), expect: "error" },
    { name: "a sheet declared far beyond what DEFLATE expands to", bytes: declaredSize(bytes, "xl/worksheets/sheet1.xml", 200 * 1024 ** 2), expect: "error" },
    { name: "a sheet declared smaller than it inflates to", bytes: declaredSize(bytes, "xl/worksheets/sheet1.xml", 10), expect: "error" },
    {
      name: "a 20 MB sheet of blanks compressed to kilobytes",
      bytes: zipParts({ ...packageParts({ sheets: [{ name: "S" }] }), "xl/worksheets/sheet1.xml": padded }),
      expect: "read",
    },
  ];
}

function zipOddities(parts: Parts, bytes: Uint8Array): FuzzCase[] {
  const comment = encode("备注");
  const withComment = new Uint8Array(bytes.length + comment.length);
  withComment.set(bytes);
  withComment.set(comment, bytes.length);
  const view = new DataView(withComment.buffer);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  view.setUint16(eocd + 20, comment.length, true);
  const prefixed = new Uint8Array([...encode("MZ self-extractor stub "), ...bytes]);
  const countLie = bytes.slice();
  new DataView(countLie.buffer).setUint16(eocd + 10, 200, true);
  const offsetLie = bytes.slice();
  new DataView(offsetLie.buffer).setUint32(eocd + 16, 7, true);
  return [
    { name: "a zip comment after the directory", bytes: withComment, expect: "read" },
    { name: "junk before the zip (self-extractor)", bytes: prefixed, expect: "error" },
    { name: "the directory claiming more entries than it has", bytes: countLie, expect: "error" },
    { name: "the directory offset pointing into data", bytes: offsetLie, expect: "error" },
    { name: "stored entries (no compression)", bytes: zipParts(parts, 0), expect: "read" },
    {
      name: "absolute relationship targets",
      bytes: zipParts(packageParts({ absoluteTargets: true, sheets: [{ name: "S", rows: row(1, num("A1", 1)) }] })),
      expect: "read",
    },
  ];
}

function validVariants(): FuzzCase[] {
  const rels = '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>';
  const withComment = packageParts({ sheets: [{ name: "公开01表", rows: row(1, inline("A1", "收入支出决算总表")) + row(2, num("B2", 1)), rels }] });
  withComment["xl/comments1.xml"] =
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><commentList><comment ref="B2"><text><t>批注</t></text></comment></commentList></comments>';
  const textOnly = packageParts({
    sheets: [
      {
        name: "情况说明",
        rows:
          row(1, inline("A1", "一、收入支出决算总体情况")) +
          row(2, inline("A2", `2024年度收入总计${escapeXml("2995.39")}万元，比上年减少56.95万元，下降1.87%。`)),
      },
    ],
  });
  return [
    { name: "a comment part on a sheet", bytes: zipParts(withComment), expect: "read" },
    { name: "a workbook holding only 情况说明 text", bytes: zipParts(textOnly), expect: "read" },
    { name: "a sheet of numbers without a title", bytes: oneSheet(row(1, num("A1", 1), num("B1", 2)) + row(2, num("A2", 3), num("B2", 4))), expect: "read" },
    { name: "an empty worksheet", bytes: oneSheet(""), expect: "read" },
    { name: "a generated 决算 set, another seed", bytes: zipParts(generatedParts(10)), expect: "read" },
  ];
}

/** The zip with the central directory claiming another uncompressed size for one entry. */
function declaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  let eocd = out.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  for (let at = view.getUint32(eocd + 16, true); view.getUint32(at, true) === 0x02014b50;) {
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + length)) === name) {
      view.setUint32(at + 24, Math.min(size, 0xfffffffe), true);
      return out;
    }
    at += 46 + length + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name}`);
}
