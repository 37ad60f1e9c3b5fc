import { readFileSync } from "fs";
import path from "path";
import { strFromU8, unzipSync } from "fflate";
import type { Finding } from "../../../src/core/findings/finding";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { clearMarkedCopy, MarkedCopyError, writeMarkedCopy } from "../../../src/hosts/xlsx/marked-copy";
import { featureWorkbook, featureWorkbookParts, FEATURE_SHEETS, VBA_PROJECT, zipParts } from "../../support/feature-workbook";
import { describeReal, REAL_FOLDER, realFiles } from "../../support/real-documents";

function finding(sheet: string, cell: string, severity: Finding["severity"], message: string): Finding {
  return { rule: "test", kind: "sum", severity, sheet, cell, related: [], message };
}

const FINDINGS: Finding[] = [
  finding(FEATURE_SHEETS.data, "B3", "error", "项目支出 50.25 应为 50.75"), // has the user's note
  finding(FEATURE_SHEETS.data, "B4", "warning", "合计与各项之和差 0.01（尾差）"), // a formula
  finding(FEATURE_SHEETS.data, "C5", "info", "共享公式"), // a shared formula's child
  finding(FEATURE_SHEETS.data, "D5", "error", "缺少金额"), // not written, in a row with its own format
  finding(FEATURE_SHEETS.data, "F9", "warning", "空行"), // in a row that is not written
  finding(FEATURE_SHEETS.plain, "B2", "error", "x: 前缀的工作表"),
  finding(FEATURE_SHEETS.plain, "A1", "info", "新行在第 2 行之前"),
  finding("", "", "error", "缺少表（没有单元格，不标记）"),
];

type Parts = Record<string, Uint8Array>;
const partsOf = (bytes: Uint8Array): Parts => unzipSync(bytes);
const text = (parts: Parts, name: string) => strFromU8(parts[name]);

function changes(before: Parts, after: Parts): { changed: string[]; added: string[]; removed: string[] } {
  const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
  return {
    changed: Object.keys(before)
      .filter((n) => after[n] && !same(before[n], after[n]))
      .sort(),
    added: Object.keys(after)
      .filter((n) => !before[n])
      .sort(),
    removed: Object.keys(before)
      .filter((n) => !after[n])
      .sort(),
  };
}

/** The cells of a sheet part, without their `s`: "B4" → `<f>SUM(B2:B3)</f><v>150.75</v>` (type included). */
function cellContents(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:x:)?c ([^>]*?)(\/>|>([\s\S]*?)<\/(?:x:)?c>)/g)) {
    const attrs = m[1].replace(/\s*\bs="\d+"/, "");
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)![1];
    cells.set(ref, `${attrs.replace(/\s*\br="[A-Z]+\d+"/, "")}|${m[3] ?? ""}`);
  }
  return cells;
}

/** Children of a list element of styles.xml, as text. */
function listChildren(styles: string, list: string, child: string): string[] {
  const body = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(styles)![1];
  return [...body.matchAll(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, "g"))].map((m) => m[0]);
}

function styleOf(sheetXml: string, cell: string): number {
  const tag = new RegExp(`<(?:x:)?c r="${cell}"[^>]*>`).exec(sheetXml)![0];
  return Number(/\bs="(\d+)"/.exec(tag)?.[1] ?? 0);
}

describe("marked copy: a surgical edit of the original package", () => {
  const original = featureWorkbook();
  const before = partsOf(original);
  let marked: Uint8Array;
  let after: Parts;

  beforeAll(async () => {
    marked = await writeMarkedCopy(original, FINDINGS);
    after = partsOf(marked);
  });

  it("changes only styles, the marked sheets, their notes and drawings, rels and content types; every other part keeps its bytes", () => {
    expect(changes(before, after)).toEqual({
      changed: [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/comments1.xml",
        "xl/drawings/vmlDrawing1.vml",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
      ],
      added: [
        "customXml/_rels/item2.xml.rels",
        "customXml/item2.xml",
        "customXml/itemProps2.xml",
        "xl/comments2.xml",
        "xl/drawings/vmlDrawing2.vml",
        "xl/worksheets/_rels/sheet2.xml.rels",
      ],
      removed: [],
    });
    // the chart, the image, the drawing, the user's custom XML, the workbook (protection, print area) are untouched
    for (const name of [
      "xl/charts/chart1.xml",
      "xl/media/image1.png",
      "xl/drawings/drawing1.xml",
      "customXml/item1.xml",
      "xl/workbook.xml",
      "xl/sharedStrings.xml",
    ]) {
      expect(Buffer.from(after[name]).equals(Buffer.from(before[name]))).toBe(true);
    }
  });

  it("keeps every value and formula; the sheet text differs only by the marked cells' `s` and the notes' drawing", () => {
    for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const was = cellContents(text(before, sheet));
      const now = cellContents(text(after, sheet));
      for (const [ref, content] of was) expect([ref, now.get(ref)]).toEqual([ref, content]);
      const added = [...now.keys()].filter((ref) => !was.has(ref)).sort();
      for (const ref of added) expect([ref, now.get(ref)]).toEqual([ref, "|"]); // new cells are empty
    }
    expect(
      [...cellContents(text(after, "xl/worksheets/sheet1.xml")).keys()].filter((r) => !cellContents(text(before, "xl/worksheets/sheet1.xml")).has(r)).sort(),
    ).toEqual(["D5", "F9"]);
    const stripped = (xml: string) =>
      xml
        .replace(/(<(?:x:)?c [^>]*?) s="\d+"/g, "$1")
        .replace(/<(?:x:)?legacyDrawing [^>]*\/>/g, "")
        .replace(/<(?:x:)?c r="(D5|F9|A1)"\/>/g, "")
        .replace(/<(?:x:)?row r="(9|1)"><\/(?:x:)?row>/g, "");
    const sheet1Before = text(before, "xl/worksheets/sheet1.xml");
    expect(stripped(text(after, "xl/worksheets/sheet1.xml"))).toBe(stripped(sheet1Before));
    expect(stripped(text(after, "xl/worksheets/sheet2.xml"))).toBe(stripped(text(before, "xl/worksheets/sheet2.xml")));
    expect(text(after, "xl/worksheets/sheet1.xml")).toContain('<c r="B4" s="');
    expect(text(after, "xl/worksheets/sheet1.xml")).toContain("<f>SUM(B2:B3)</f><v>150.75</v>");
    expect(text(after, "xl/worksheets/sheet1.xml")).toContain('<legacyDrawing r:id="rId3"/>'); // the existing drawing is reused
  });

  it("reads back to the same values through the workbook reader", async () => {
    const values = async (bytes: Uint8Array) =>
      (await readWorkbook(bytes, "x.xlsx")).sheets.map((s) => [s.name, s.cells.map((r) => r.map((c) => c?.value ?? null))]);
    const plain = featureWorkbook({ prefixedSheet: false });
    const was = await values(plain);
    const now = await values(await writeMarkedCopy(plain, FINDINGS));
    expect(now).toEqual(was);
    expect(was[0]).toEqual([FEATURE_SHEETS.data, expect.arrayContaining([["基本支出", 100.5, 200]])]);
  });

  it("gives a marked cell a copy of its own format with only the fill changed; existing formats, fills and palette unchanged", () => {
    const stylesBefore = text(before, "xl/styles.xml");
    const stylesAfter = text(after, "xl/styles.xml");
    const xfsBefore = listChildren(stylesBefore, "cellXfs", "xf");
    const xfsAfter = listChildren(stylesAfter, "cellXfs", "xf");
    const fillsAfter = listChildren(stylesAfter, "fills", "fill");
    expect(xfsAfter.slice(0, xfsBefore.length)).toEqual(xfsBefore);
    expect(fillsAfter.slice(0, 3)).toEqual(listChildren(stylesBefore, "fills", "fill"));
    expect(stylesAfter).toContain(`<cellXfs count="${xfsAfter.length}">`);
    expect(stylesAfter).toContain(`<fills count="${fillsAfter.length}">`);
    const outsideLists = (xml: string) => xml.replace(/<fills[\s\S]*?<\/fills>/, "").replace(/<cellXfs[\s\S]*?<\/cellXfs>/, "");
    expect(outsideLists(stylesAfter)).toBe(outsideLists(stylesBefore)); // numFmts, fonts, borders, cell styles, the palette

    const sheet1 = text(after, "xl/worksheets/sheet1.xml");
    const b3 = xfsAfter[styleOf(sheet1, "B3")];
    const fillId = Number(/fillId="(\d+)"/.exec(b3)![1]);
    expect(b3).toBe(
      `<xf numFmtId="164" fontId="0" fillId="${fillId}" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyFill="1"><protection locked="0"/></xf>`,
    );
    expect(fillsAfter[fillId]).toBe('<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill>');
    expect(styleOf(sheet1, "B2")).toBe(2); // the neighbour that shared B3's format keeps it
    const d5 = xfsAfter[styleOf(sheet1, "D5")]; // not written: the row's own format (xf 3) is the one cloned
    expect(d5).toMatch(/^<xf numFmtId="10" fontId="1" fillId="\d+" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"\/>$/);
    expect(fillsAfter[Number(/fillId="(\d+)"/.exec(d5)![1])]).toContain("FFFFC7CE");
    expect(fillsAfter[Number(/fillId="(\d+)"/.exec(xfsAfter[styleOf(sheet1, "B4")])![1])]).toContain("FFFFEB9C");
    expect(fillsAfter[Number(/fillId="(\d+)"/.exec(xfsAfter[styleOf(sheet1, "C5")])![1])]).toContain("FFDDEBF7");
    expect(fillsAfter).toHaveLength(6); // one fill per severity, shared by the cells
  });

  it("keeps the user's note on a marked cell and appends the finding after it; other notes untouched", () => {
    const comments = text(after, "xl/comments1.xml");
    expect(comments).toContain("<authors><author>张会计</author><author>预决算公开助手</author></authors>");
    expect(comments).toContain(
      '<comment ref="B3" authorId="0"><text><r><t>张会计：核对过凭证</t></r><r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">\n\n预决算公开助手：\n项目支出 50.25 应为 50.75</t></r></text></comment>',
    );
    const a1 = /<comment ref="A1"[\s\S]*?<\/comment>/.exec(text(before, "xl/comments1.xml"))![0];
    expect(comments).toContain(a1);
    for (const cell of ["B4", "C5", "D5", "F9"]) expect(comments).toContain(`<comment ref="${cell}" authorId="1">`);
    const vml = text(after, "xl/drawings/vmlDrawing1.vml");
    expect(vml.startsWith(text(before, "xl/drawings/vmlDrawing1.vml").replace(/<\/xml>\r\n$/, ""))).toBe(true);
    expect([...vml.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((m) => `${m[1]},${m[2]}`)).toEqual(["3,1", "4,2", "4,3", "8,5"]);
    expect([...vml.matchAll(/id="(_x0000_s\d+)"/g)].map((m) => m[1])).toEqual([
      "_x0000_s1025",
      "_x0000_s1026",
      "_x0000_s1027",
      "_x0000_s1028",
      "_x0000_s1029",
      "_x0000_s1030",
    ]);
  });

  it("gives a sheet without notes its own notes part, drawing, relationships and content types", () => {
    const sheet2 = text(after, "xl/worksheets/sheet2.xml");
    expect(sheet2).toContain('<x:row r="1"><x:c r="A1" s="');
    expect(sheet2).toMatch(
      /<x:pageMargins [^>]*\/><x:legacyDrawing xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships" r:id="rId2"\/><\/x:worksheet>$/,
    );
    expect(text(after, "xl/worksheets/_rels/sheet2.xml.rels")).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments2.xml"',
    );
    expect(text(after, "xl/worksheets/_rels/sheet2.xml.rels")).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing2.vml"',
    );
    expect(text(after, "xl/comments2.xml")).toContain('<comment ref="B2" authorId="0">');
    expect(text(after, "xl/drawings/vmlDrawing2.vml")).toContain('<o:idmap v:ext="edit" data="2"/>'); // the first drawing has block 1
    const types = text(after, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/comments2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>');
    expect(types).not.toContain("vmlDrawing2"); // the vml Default already covers it
    expect(types.startsWith(text(before, "[Content_Types].xml").replace("</Types>", ""))).toBe(true);
  });

  it("clearing the marks gives back every part byte for byte", async () => {
    const cleared = partsOf(await clearMarkedCopy(marked));
    expect(changes(before, cleared)).toEqual({ changed: [], added: [], removed: [] });
  });

  it("marking a marked copy again replaces its marks instead of stacking them", async () => {
    const again = [finding(FEATURE_SHEETS.data, "C3", "warning", "另一处")];
    const fromMarked = partsOf(await writeMarkedCopy(marked, again));
    const fromOriginal = partsOf(await writeMarkedCopy(original, again));
    expect(changes(fromOriginal, fromMarked)).toEqual({ changed: [], added: [], removed: [] });
    expect(text(fromMarked, "xl/comments1.xml")).not.toContain("50.75");
  });

  it("refuses to clear a copy changed where the marks are, and changes nothing", async () => {
    const parts = partsOf(marked);
    const edited = text(parts, "xl/worksheets/sheet1.xml").replace(/<c r="B3" s="(\d+)"/, '<c r="B3" s="0"');
    const changedCopy = zipParts({ ...parts, "xl/worksheets/sheet1.xml": edited });
    await expect(clearMarkedCopy(changedCopy)).rejects.toThrow(MarkedCopyError);
    await expect(clearMarkedCopy(changedCopy)).rejects.toThrow("修改过");
    // marking it again still works: the earlier marks stay where they were changed, the new ones are added
    const remarked = partsOf(await writeMarkedCopy(changedCopy, [finding(FEATURE_SHEETS.data, "C2", "error", "新")]));
    expect(text(remarked, "xl/worksheets/sheet1.xml")).toContain('<c r="B3" s="0"');
    expect(text(remarked, "xl/comments1.xml")).toContain("新");
  });

  it("keeps an .xlsm an .xlsm: the VBA project and the macro-enabled content type", async () => {
    const xlsm = featureWorkbook({ macros: true });
    const out = partsOf(await writeMarkedCopy(xlsm, FINDINGS));
    expect(Buffer.from(out["xl/vbaProject.bin"]).equals(Buffer.from(VBA_PROJECT))).toBe(true);
    expect(text(out, "[Content_Types].xml")).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>',
    );
    expect(text(out, "xl/_rels/workbook.xml.rels")).toContain('Target="vbaProject.bin"');
    expect(changes(partsOf(xlsm), partsOf(await clearMarkedCopy(await writeMarkedCopy(xlsm, FINDINGS))))).toEqual({ changed: [], added: [], removed: [] });
  });

  it("writes the 情况说明 as a new sheet after the others; clearing the marks keeps it", async () => {
    const narrative = { sheet: "情况说明", paragraphs: ["一、收入支出决算总体情况", "收支总计 536.92 万元 & 增长 11.11%"] };
    const plain = featureWorkbook({ prefixedSheet: false });
    const withText = await writeMarkedCopy(plain, FINDINGS, { narrative });
    const out = partsOf(withText);
    expect(text(out, "xl/workbook.xml")).toContain(`<sheet name="空白" sheetId="4" r:id="rId2"/><sheet name="情况说明" sheetId="5" r:id="rId6"/></sheets>`);
    expect(text(out, "xl/worksheets/sheet3.xml")).toContain('<row r="2"><c r="A2" s="');
    expect(text(out, "xl/worksheets/sheet3.xml")).toContain("收支总计 536.92 万元 &amp; 增长 11.11%");
    const textOnly = partsOf(await writeMarkedCopy(plain, [], { narrative }));
    expect(changes(textOnly, partsOf(await clearMarkedCopy(withText)))).toEqual({ changed: [], added: [], removed: [] });
    const snapshot = await readWorkbook(withText, "x.xlsx");
    expect(snapshot.sheets.find((s) => s.name === "情况说明")!.cells[1][0]!.value).toBe(narrative.paragraphs[1]);
  });

  it("writes the 情况说明 into an existing sheet that holds no value from A1, keeping its other parts", async () => {
    const parts = featureWorkbookParts({ prefixedSheet: false });
    parts["xl/worksheets/sheet2.xml"] = (parts["xl/worksheets/sheet2.xml"] as string).replace(
      /<sheetData>[\s\S]*<\/sheetData>/,
      '<sheetData><row r="2" ht="30" customHeight="1"><c r="A2" s="1"/><c r="B2" s="1"/></row></sheetData>',
    );
    const out = partsOf(await writeMarkedCopy(zipParts(parts), [], { narrative: { sheet: FEATURE_SHEETS.plain, paragraphs: ["第一段", "第二段", "第三段"] } }));
    const sheet = text(out, "xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(
      /<sheetData><row r="1"><c r="A1" s="(\d+)" t="inlineStr"><is><t xml:space="preserve">第一段<\/t><\/is><\/c><\/row><row r="2" ht="30" customHeight="1"><c r="A2" s="\1" t="inlineStr"><is><t xml:space="preserve">第二段<\/t><\/is><\/c><c r="B2" s="1"\/><\/row><row r="3"><c r="A3" s="\1" t="inlineStr">/,
    );
    expect(text(out, "xl/workbook.xml")).toBe(parts["xl/workbook.xml"]);
  });

  it("writes the 情况说明 below the last row of a sheet that holds values, never over them", async () => {
    const out = partsOf(
      await writeMarkedCopy(featureWorkbook({ prefixedSheet: false }), [], { narrative: { sheet: FEATURE_SHEETS.plain, paragraphs: ["新的一段"] } }),
    );
    expect(text(out, "xl/worksheets/sheet2.xml")).toContain('<c r="B2"><v>1</v></c><c r="C2"><v>2</v></c></row><row r="4"><c r="A4" s="');
  });

  it("leaves a threaded comment (Excel 365) alone: its cell is filled but gets no note", async () => {
    const parts = featureWorkbookParts();
    parts["xl/threadedComments/threadedComment1.xml"] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B3" dT="2024-01-01T00:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>已核对</text></threadedComment></ThreadedComments>`;
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = (parts["xl/worksheets/_rels/sheet1.xml.rels"] as string).replace(
      "</Relationships>",
      '<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
    );
    const out = partsOf(await writeMarkedCopy(zipParts(parts), FINDINGS));
    const comments = text(out, "xl/comments1.xml");
    expect(comments).toContain('<comment ref="B3" authorId="0"><text><t>张会计：核对过凭证</t></text></comment>');
    expect(comments).toContain('<comment ref="B4" authorId="1">');
    expect(styleOf(text(out, "xl/worksheets/sheet1.xml"), "B3")).toBeGreaterThan(3);
  });

  it("adds a styles part to a workbook written without one", async () => {
    const parts = featureWorkbookParts();
    delete parts["xl/styles.xml"];
    parts["xl/_rels/workbook.xml.rels"] = (parts["xl/_rels/workbook.xml.rels"] as string).replace(/<Relationship Id="rId3"[^>]*\/>/, "");
    const bare = zipParts(parts);
    const out = partsOf(await writeMarkedCopy(bare, [finding(FEATURE_SHEETS.plain, "C2", "error", "无样式")]));
    expect(text(out, "xl/styles.xml")).toContain('<fgColor rgb="FFFFC7CE"/>');
    expect(text(out, "xl/_rels/workbook.xml.rels")).toContain('Target="styles.xml"');
    expect(text(out, "[Content_Types].xml")).toContain("/xl/styles.xml");
    expect(styleOf(text(out, "xl/worksheets/sheet2.xml"), "C2")).toBe(1);
  });

  it("follows absolute relationship targets (/xl/worksheets/sheet2.xml, as some writers put them)", async () => {
    const parts = featureWorkbookParts();
    parts["xl/_rels/workbook.xml.rels"] = (parts["xl/_rels/workbook.xml.rels"] as string).replace(
      'Target="worksheets/sheet2.xml"',
      'Target="/xl/worksheets/sheet2.xml"',
    );
    const out = partsOf(await writeMarkedCopy(zipParts(parts), [finding(FEATURE_SHEETS.plain, "C2", "error", "绝对路径")]));
    expect(styleOf(text(out, "xl/worksheets/sheet2.xml"), "C2")).toBe(4);
    expect(text(out, "xl/comments2.xml")).toContain('<comment ref="C2" authorId="0">');
  });

  it("writes nothing new when no finding names a cell of the workbook", async () => {
    const out = partsOf(await writeMarkedCopy(original, [finding("", "", "error", "缺表"), finding("没有的表", "A1", "error", "x")]));
    expect(changes(before, out)).toEqual({ changed: [], added: [], removed: [] });
  });
});

describeReal("marked copy of the real 普陀 documents", () => {
  test.each(realFiles())("%s: the engine's findings marked, nothing else changed, clear gives the original back", async (file) => {
    const original = new Uint8Array(readFileSync(path.join(REAL_FOLDER, file)));
    const result = analyzeWorkbook(await readWorkbook(original, file));
    const cells = result.findings.filter((f) => f.sheet && f.cell);
    expect(cells.length).toBeGreaterThan(0); // the engine reports findings on cells in all three
    const marked = await writeMarkedCopy(original, result.findings);
    const before = partsOf(original);
    const after = partsOf(marked);
    const { changed, removed } = changes(before, after);
    expect(removed).toEqual([]);
    const markedSheets = new Set(cells.map((f) => f.sheet));
    for (const name of changed) expect(name).toMatch(/^(\[Content_Types\]\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/);
    expect(changed.filter((n) => n.startsWith("xl/worksheets/"))).toHaveLength(markedSheets.size);
    const again = await readWorkbook(marked, file);
    expect(again.sheets.map((s) => s.cells.map((r) => r.map((c) => c?.value ?? null)))).toEqual(
      (await readWorkbook(original, file)).sheets.map((s) => s.cells.map((r) => r.map((c) => c?.value ?? null))),
    );
    expect(changes(before, partsOf(await clearMarkedCopy(marked)))).toEqual({ changed: [], added: [], removed: [] });
  });
});
