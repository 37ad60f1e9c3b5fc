import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { Prng } from "../../support/prng";
import { inline, num, packageParts, row, shared, stylesXml, zipParts, type Parts } from "../../support/xlsx-package";

/**
 * Valid workbooks as other producers write them: openpyxl/pandas (absolute part paths, no styles part), streaming
 * writers (inline strings, no shared string table), WPS and Excel features the engine does not need (comments,
 * drawings, charts, chart sheets, macros) — all must read, and read exactly.
 */

const read = (parts: Parts, name = "t.xlsx") => readWorkbook(zipParts(parts), name);

const TITLE = "收入支出决算总表";

describe("packages written by other producers", () => {
  test("openpyxl style: absolute targets, shared strings, no styles part", async () => {
    const parts = packageParts({
      absoluteTargets: true,
      sharedStrings: [TITLE, "项目", "金额"],
      sheets: [
        { name: "公开01表", rows: row(1, shared("A1", 0)) + row(3, shared("A3", 1), shared("B3", 2)) + row(4, inline("A4", "合计"), num("B4", 2995.39)) },
      ],
    });
    expect(parts["xl/_rels/workbook.xml.rels"]).toContain('Target="/xl/worksheets/sheet1.xml"');
    expect(parts["xl/styles.xml"]).toBeUndefined();
    const [sheet] = (await read(parts)).sheets;
    expect(sheet.cells[0][0]).toEqual({ value: TITLE });
    expect(sheet.cells[2]).toEqual([{ value: "项目" }, { value: "金额" }]);
    expect(sheet.cells[3][1]).toEqual({ value: 2995.39 });
    expect([sheet.rowCount, sheet.columnCount]).toEqual([4, 2]);
  });

  test("streaming writer: inline strings (plain and rich), phonetic runs left out, no shared string table", async () => {
    const rich =
      '<c r="B1" t="inlineStr"><is><r><t>一般公共</t></r><r><rPr><b/></rPr><t xml:space="preserve">预算 </t></r><rPh sb="0" eb="2"><t>ふりがな</t></rPh></is></c>';
    const parts = packageParts({ sheets: [{ name: "Sheet1", rows: row(1, inline("A1", "a < b & c"), rich) }] });
    const [sheet] = (await read(parts)).sheets;
    expect(sheet.cells[0]).toEqual([{ value: "a < b & c" }, { value: "一般公共预算 " }]);
  });

  test("a chart sheet and a dialog sheet between worksheets are left out; the worksheets keep their order", async () => {
    const parts = packageParts({
      sheets: [
        { name: "表一", rows: row(1, inline("A1", "一")) },
        { name: "图表1", kind: "chartsheet" },
        { name: "对话框", kind: "dialogsheet" },
        { name: "表二", rows: row(1, inline("A1", "二")) },
      ],
    });
    const wb = await read(parts);
    expect(wb.sheets.map((s) => [s.name, s.cells[0][0]?.value])).toEqual([
      ["表一", "一"],
      ["表二", "二"],
    ]);
  });

  test("comments, a legacy VML drawing, a drawing with an image and a chart, custom XML and a VBA project are ignored", async () => {
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const parts = packageParts({
      sheets: [
        {
          name: "公开01表",
          rows: row(1, inline("A1", TITLE)) + row(2, num("B2", 12.5)),
          after: '<drawing r:id="rId2"/><legacyDrawing r:id="rId3"/>',
          rels: `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId3" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
        },
      ],
    });
    parts["xl/comments1.xml"] =
      '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>会计</author></authors><commentList><comment ref="B2" authorId="0"><text><t>已核对</t></text></comment></commentList></comments>';
    parts["xl/drawings/vmlDrawing1.vml"] = '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape/></xml>';
    parts["xl/drawings/drawing1.xml"] = '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>';
    parts["xl/media/image1.png"] = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    parts["xl/charts/chart1.xml"] = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>';
    parts["customXml/item1.xml"] = "<root>not a sheet</root>";
    parts["xl/vbaProject.bin"] = new Uint8Array(600).fill(7);
    const [sheet] = (await read(parts, "宏.xlsm")).sheets;
    expect(sheet.cells[1][1]).toEqual({ value: 12.5 });
    expect(sheet.cells[0][0]).toEqual({ value: TITLE });
  });

  test("no [Content_Types].xml, no package relationships, no docProps: the usual xl/workbook.xml is read", async () => {
    const parts = packageParts({ sheets: [{ name: "S", rows: row(1, num("A1", 1)) }] });
    delete parts["[Content_Types].xml"];
    delete parts["_rels/.rels"];
    expect((await read(parts)).sheets[0].cells[0][0]).toEqual({ value: 1 });
  });

  test("element prefixes (x:row, x:c) and the Strict OOXML namespaces", async () => {
    const parts = packageParts({ sheets: [{ name: "S" }] });
    parts["xl/worksheets/sheet1.xml"] =
      '<x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheetData><x:row r="2"><x:c r="C2" t="inlineStr"><x:is><x:t>合计</x:t></x:is></x:c><x:c r="D2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    parts["xl/_rels/workbook.xml.rels"] = String(parts["xl/_rels/workbook.xml.rels"]).replace(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
      "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
    );
    const [sheet] = (await read(parts)).sheets;
    expect(sheet.cells[1][2]).toEqual({ value: "合计" });
    expect(sheet.cells[1][3]).toEqual({ value: 7 });
  });

  test("stored (uncompressed) entries, backslashes and a leading slash in entry names", async () => {
    const parts = packageParts({ sheets: [{ name: "S", rows: row(1, num("A1", 3)) }] });
    const renamed: Parts = {};
    for (const [name, content] of Object.entries(parts))
      renamed[name === "xl/worksheets/sheet1.xml" ? "xl\\worksheets\\sheet1.xml" : name === "xl/workbook.xml" ? "/xl/workbook.xml" : name] = content;
    const wb = await readWorkbook(zipParts(renamed, 0), "s.xlsx");
    expect(wb.sheets[0].cells[0][0]).toEqual({ value: 3 });
  });
});

describe("cell contents", () => {
  test("number formats: built-in ids map to their codes, custom ids to styles.xml, General to none", async () => {
    const styles = stylesXml({ 176: "0.00_ ", 177: "#,##0.00;[Red]\\-#,##0.00" }, [0, 2, 4, 9, 10, 14, 176, 177, 3, 49, 31]);
    const cells = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s, i) => num(`${String.fromCharCode(65 + i)}1`, 1.5, s));
    const [sheet] = (await read(packageParts({ styles, sheets: [{ name: "S", rows: row(1, ...cells) }] }))).sheets;
    expect(sheet.cells[0].map((c) => c?.numberFormat)).toEqual([
      undefined,
      "0.00",
      "#,##0.00",
      "0%",
      "0.00%",
      "mm-dd-yy",
      "0.00_ ",
      "#,##0.00;[Red]\\-#,##0.00",
      "#,##0",
      "@",
      'yyyy"年"m"月"d"日"',
    ]);
    expect(sheet.cells[0].every((c) => c?.value === 1.5)).toBe(true);
  });

  test("a date keeps its serial number and its format (the engine decides what a date is)", async () => {
    const styles = stylesXml({}, [0, 14]);
    const [sheet] = (await read(packageParts({ styles, sheets: [{ name: "S", rows: row(1, num("A1", 45291, 1)) }] }))).sheets;
    expect(sheet.cells[0][0]).toEqual({ value: 45291, numberFormat: "mm-dd-yy" });
  });

  test("booleans, errors, formula strings, ISO dates, exponents, entities, _x000D_, CDATA and text where a number belongs", async () => {
    const cells = [
      '<c r="A1" t="b"><v>1</v></c>',
      '<c r="B1" t="e"><v>#REF!</v></c>',
      '<c r="C1" t="str"><f>A9&amp;"元"</f><v>12元</v></c>',
      '<c r="D1" t="d"><v>2024-12-31T00:00:00</v></c>',
      '<c r="E1"><v>1.5E-3</v></c>',
      '<c r="F1" t="inlineStr"><is><t>第一行_x000D_&#10;第二行 &#x4E00;</t></is></c>',
      '<c r="G1" t="inlineStr"><is><t><![CDATA[<合计>]]><!-- 批注 -->（元）</t></is></c>',
      '<c r="H1"><v>一百二十</v></c>',
      '<c r="I1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
      '<c r="J1"><f>SUM(E1:E1)</f></c>',
    ];
    const [sheet] = (await read(packageParts({ sheets: [{ name: "S", rows: row(1, ...cells) }] }))).sheets;
    expect(sheet.cells[0]).toEqual([
      { value: true },
      { value: null, error: "#REF!" },
      { value: "12元", formula: 'A9&"元"' },
      { value: "2024-12-31T00:00:00" },
      { value: 0.0015 },
      { value: "第一行\r\n第二行 一" },
      { value: "<合计>（元）" },
      { value: "一百二十" },
      { value: null, error: "#DIV/0!", formula: "1/0" },
      { value: null, formula: "SUM(E1:E1)" },
    ]);
  });

  test("shared formulas: each cell of the block gets its own formula and cached value", async () => {
    const rows =
      row(2, num("B2", 1), num("C2", 2), '<c r="D2"><f t="shared" ref="D2:D4" si="0">SUM(B2:C2)*$A$1</f><v>3</v></c>') +
      row(3, num("B3", 10), num("C3", 20), '<c r="D3"><f t="shared" si="0"/><v>30</v></c>') +
      row(4, num("B4", 5), num("C4", 5), '<c r="D4"><f t="shared" si="0"/><v>10</v></c>');
    const [sheet] = (await read(packageParts({ sheets: [{ name: "S", rows }] }))).sheets;
    expect([1, 2, 3].map((r) => sheet.cells[r][3])).toEqual([
      { value: 3, formula: "SUM(B2:C2)*$A$1" },
      { value: 30, formula: "SUM(B3:C3)*$A$1" },
      { value: 10, formula: "SUM(B4:C4)*$A$1" },
    ]);
  });

  test("cell tags written unusually: single quotes, spaces around =, any attribute order, extra attributes", async () => {
    const styles = stylesXml({}, [0, 4]);
    const cells = [
      "<c t='s' s='1' r='A1'><v>0</v></c>",
      '<c  r = "B1"   s = "1" ><v>2.5</v></c>',
      '<c cm="1" vm="2" r="C1" x="y" t="n"><v>3</v></c>',
      '<c r="D1" s="1" t="s"\n><v>0</v></c>',
      '<c r="E1" s="1"\t/>',
    ];
    const [sheet] = (await read(packageParts({ styles, sharedStrings: ["合计"], sheets: [{ name: "S", rows: row(1, ...cells) }] }))).sheets;
    expect(sheet.cells[0]).toEqual([
      { value: "合计", numberFormat: "#,##0.00" },
      { value: 2.5, numberFormat: "#,##0.00" },
      { value: 3 },
      { value: "合计", numberFormat: "#,##0.00" },
    ]);
  });

  test("cells and rows without r follow the previous ones", async () => {
    const rows = '<row><c t="inlineStr"><is><t>A1</t></is></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>';
    const [sheet] = (await read(packageParts({ sheets: [{ name: "S", rows }] }))).sheets;
    expect(sheet.cells[0]).toEqual([{ value: "A1" }, { value: 2 }]);
    expect(sheet.cells[1][2]).toEqual({ value: 3 });
    expect(sheet.cells[1][3]).toEqual({ value: 4 });
  });

  test("hidden rows and columns, merged areas emptied beyond their top-left cell, rows down to the last merged row", async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>标题</t></is></c></row>' +
      '<row r="2" hidden="1"><c r="A2"><v>1</v></c></row>' +
      '<row r="3"><c r="E3"><v>5</v></c></row>';
    const parts = packageParts({
      sheets: [
        {
          name: "S",
          rows,
          before: '<cols><col min="2" max="3" width="0" hidden="1"/><col min="9" max="16384" hidden="1"/></cols>',
          after: '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A5:B6"/></mergeCells>',
        },
      ],
    });
    const [sheet] = (await read(parts)).sheets;
    expect(sheet.cells[0]).toEqual([{ value: "标题" }]);
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 4, left: 0, bottom: 5, right: 1 },
    ]);
    expect(sheet.hiddenRows).toEqual([1]);
    expect(sheet.hiddenColumns).toEqual([1, 2]);
    expect([sheet.rowCount, sheet.columnCount]).toEqual([6, 5]);
  });

  test("a merged area's reference written with a character reference or spaces reads as written plainly", async () => {
    const rows = row(1, num("A1", 1), num("B1", 2)) + row(2, num("A2", 3), num("B2", 4));
    const after = '<mergeCells count="2"><mergeCell ref="A1&#58;B1"/><mergeCell ref=" A2:B2 "/></mergeCells>';
    const [sheet] = (await read(packageParts({ sheets: [{ name: "S", rows, after }] }))).sheets;
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 0, bottom: 1, right: 1 },
    ]);
    expect(sheet.cells).toEqual([[{ value: 1 }], [{ value: 3 }]]);
  });

  test("a stray value at XFD1048576 costs one cell: the rows between share one empty array", async () => {
    const rows = row(1, inline("A1", TITLE)) + row(2, num("A2", 1), num("B2", 2)) + row(1048576, num("XFD1048576", 7));
    const [sheet] = (await read(packageParts({ sheets: [{ name: "S", rows }] }))).sheets;
    expect([sheet.rowCount, sheet.columnCount]).toEqual([1048576, 16384]);
    expect(sheet.cells[1048575][16383]).toEqual({ value: 7 });
    expect(sheet.cells[1]).toEqual([{ value: 1 }, { value: 2 }]);
    expect(new Set(sheet.cells).size).toBe(4); // rows 1, 2, 1048576 and the one shared empty row
    expect(sheet.cells[500000]).toEqual([]);
    expect(Object.isFrozen(sheet.cells[500000])).toBe(true);
  });
});

describe("numbers", () => {
  test("every number is read exactly as Number() reads its text (plain decimals, 15–17 digits, exponents, signs)", async () => {
    const rng = new Prng(2024);
    const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join("");
    const texts = Array.from({ length: 2000 }, (_, i) => {
      const sign = rng.chance(0.2) ? "-" : "";
      const whole = digits(rng.int(1, 10));
      const fraction = digits(rng.int(0, 8));
      const body = fraction ? `${whole}.${fraction}` : whole;
      return i % 10 === 9 ? `${sign}${body}E${rng.int(-20, 20)}` : `${sign}${body}`;
    });
    texts.push("0.1", "0.3", "465.22", "123456789012345", "1234567890123456", "0.30000000000000004", "9007199254740993", "-0", ".5", "1.", "00012.50");
    const cells = texts.map((t, i) => num(`A${i + 1}`, t));
    const [sheet] = (await read(packageParts({ sheets: [{ name: "S", rows: cells.map((c, i) => row(i + 1, c)).join("") }] }))).sheets;
    texts.forEach((text, i) => expect(Object.is(sheet.cells[i][0]?.value, Number(text))).toBe(true));
  });
});
