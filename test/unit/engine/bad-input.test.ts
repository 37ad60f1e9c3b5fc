import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { readWorkbook, WorkbookReadError } from "../../../src/hosts/xlsx/read-workbook";
import { cellAddress } from "../../../src/core/snapshot/address";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { Prng } from "../../support/prng";
import { generateWorkbook, setAmount, setCell, slotsOf, toSnapshot, toXlsx, type AmountSlot, type GeneratedWorkbook } from "../../support/generate-workbook";
import { brief, errors } from "./finding-helpers";

/** Files that are not workbooks, empty workbooks, odd cell contents, unknown layouts: no crash, clear answers. */

const CHINESE = /[\u4e00-\u9fff]/;

async function expectReadError(bytes: Uint8Array, name: string): Promise<void> {
  const attempt = readWorkbook(bytes, name);
  await expect(attempt).rejects.toBeInstanceOf(WorkbookReadError);
  await expect(attempt).rejects.toThrow(CHINESE);
  await expect(attempt).rejects.toThrow(name);
}

describe("files that are not readable workbooks", () => {
  test("random bytes → WorkbookReadError in Chinese", async () => {
    const rng = new Prng(7);
    await expectReadError(
      Uint8Array.from({ length: 4096 }, () => rng.int(0, 255)),
      "随机.xlsx",
    );
  });

  test("random bytes behind a zip signature (PK) → WorkbookReadError", async () => {
    const rng = new Prng(8);
    const bytes = Uint8Array.from({ length: 4096 }, () => rng.int(0, 255));
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    await expectReadError(bytes, "损坏.xlsx");
  });

  test("a truncated .xlsx → WorkbookReadError", async () => {
    const full = await toXlsx(generateWorkbook({ seed: 11 }));
    await expectReadError(full.slice(0, Math.floor(full.length / 2)), "截断.xlsx");
  });

  test("a CSV text file → WorkbookReadError", async () => {
    await expectReadError(new TextEncoder().encode("项目,金额\n合计,461.49\n"), "导出.csv");
  });

  test("a PDF → WorkbookReadError", async () => {
    await expectReadError(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "公开.pdf");
  });
});

describe("empty workbooks", () => {
  test("no sheets at all → zero tables, no finding", () => {
    const result = analyzeWorkbook({ name: "空.xlsx", sheets: [] });
    expect(result).toMatchObject({ file: "空.xlsx", tables: [], unrecognized: [], findings: [], models: [] });
  });

  test("one empty sheet read from .xlsx → zero tables, no finding", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1");
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const snapshot = await readWorkbook(bytes, "空表.xlsx");
    expect(snapshot.sheets.map((s) => [s.name, s.rowCount])).toEqual([["Sheet1", 0]]);
    expect(analyzeWorkbook(snapshot)).toMatchObject({ tables: [], unrecognized: [], findings: [] });
  });
});

/** A fixed layout in 万元, codes in one column, so the chosen cells are predictable. */
function plainWorkbook(seed: number): GeneratedWorkbook {
  return generateWorkbook({ seed, randomize: false, layout: { zeroStyle: "blank", amountFormat: "0.00" } });
}

function at(slot: AmountSlot): string {
  return cellAddress(slot.r, slot.c);
}

/** The T6 line 30201 set to −12.50 as text, 30299 absorbing the difference so 302 and every total still hold. */
function negativeOfficeCost(wb: GeneratedWorkbook): AmountSlot {
  const office = slotsOf(wb, "J06", { row: "30201" })[0];
  const other = slotsOf(wb, "J06", { row: "30299" })[0];
  setAmount(wb, other, other.cents + office.cents + 1250);
  setCell(wb, office, { value: "(12.50)" });
  return office;
}

const FULL_WIDTH_DIGITS = (s: string) => s.replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const yuan = (cents: number) => (cents / 100).toFixed(2);
const withCommas = (cents: number) => yuan(cents).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

describe("numbers stored as text inside a generated table", () => {
  const cases: [string, (cents: number) => string][] = [
    ["thousands separators “1,946.77”", withCommas],
    ["a space after the point “461. 49”", (c) => yuan(c).replace(".", ". ")],
    ["a trailing space “50.60 ”", (c) => `${yuan(c)} `],
    ["full-width digits “４６１．４９”", (c) => FULL_WIDTH_DIGITS(yuan(c))],
  ];

  test.each(cases)("%s: read at its value, an input.text-number warning at that cell, no sum error", (_, format) => {
    const wb = plainWorkbook(21);
    const slot = wb.amounts.filter((a) => a.table === "J03" && a.row === "合计" && a.column === "本年支出合计")[0];
    expect(slot.cents).toBeGreaterThan(100000); // ≥ 1,000.00 万元, so the separators are exercised
    setCell(wb, slot, { value: format(slot.cents) });
    const findings = analyzeWorkbook(toSnapshot(wb)).findings;
    expect(errors(findings).map(brief)).toEqual([]);
    expect(findings.filter((f) => f.kind !== "indicator").map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([
      ["input.text-number", "warning", slot.sheet, at(slot)],
    ]);
    expect(findings[0].actual?.replace(/,/g, "")).toBe(yuan(slot.cents));
  });

  test("a negative in brackets “(12.50)” is read as −12.50: input warning, no sum error", () => {
    const wb = plainWorkbook(21);
    const slot = negativeOfficeCost(wb);
    const findings = analyzeWorkbook(toSnapshot(wb)).findings;
    expect(errors(findings).map(brief)).toEqual([]);
    expect(findings.map((f) => [f.rule, f.sheet, f.cell, f.actual])).toEqual([["input.text-number", slot.sheet, at(slot), "-12.50"]]);
  });

  test("the same text numbers survive the .xlsx path", async () => {
    const wb = plainWorkbook(22);
    const slots = wb.amounts.filter((a) => a.table === "J02" && a.cents > 0).slice(0, 3);
    const formats = [withCommas, (c: number) => FULL_WIDTH_DIGITS(yuan(c)), (c: number) => `${yuan(c)} `];
    slots.forEach((slot, i) => setCell(wb, slot, { value: formats[i](slot.cents) }));
    const findings = analyzeWorkbook(await readWorkbook(await toXlsx(wb), "文本数字.xlsx")).findings;
    expect(errors(findings).map(brief)).toEqual([]);
    expect(findings.map((f) => f.cell).sort()).toEqual(slots.map(at).sort());
  });
});

describe("error values in amount cells", () => {
  test("#REF! (exceljs {error}) in an amount → input.unreadable error at that cell, nothing else, no crash", async () => {
    const wb = plainWorkbook(23);
    const slot = wb.amounts.filter((a) => a.table === "J03" && a.cents > 0 && a.row.length === 7)[0];
    setCell(wb, slot, { value: null, error: "#REF!" });
    const findings = analyzeWorkbook(await readWorkbook(await toXlsx(wb), "引用错误.xlsx")).findings;
    expect(findings.map((f) => [f.rule, f.kind, f.severity, f.sheet, f.cell])).toEqual([["input.unreadable", "input", "error", slot.sheet, at(slot)]]);
    expect(findings[0].message).toContain("#REF!");
  });

  test("an unreadable text such as “12.3.4” → input.unreadable error at that cell", () => {
    const wb = plainWorkbook(24);
    const slot = wb.amounts.filter((a) => a.table === "J05" && a.cents > 0)[0];
    setCell(wb, slot, { value: "12.3.4" });
    const findings = analyzeWorkbook(toSnapshot(wb)).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([["input.unreadable", "error", slot.sheet, at(slot)]]);
  });
});

describe("words where an amount belongs", () => {
  test.each(["一百二十", "NaN", "Ⅻ", "见附表"])("“%s” → one input warning at that cell, never read as 0 (no sum error)", (text) => {
    const wb = plainWorkbook(25);
    const slot = wb.amounts.filter((a) => a.table === "J03" && a.cents > 0 && a.row.length === 7)[0];
    setCell(wb, slot, { value: text });
    const findings = analyzeWorkbook(toSnapshot(wb)).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.actual])).toEqual([["input.not-a-number", "warning", slot.sheet, at(slot), text]]);
    expect(findings[0].message).toContain("不按 0 计算");
  });

  test("“无” in an amount cell means none, like “—”: no finding when the sums hold", () => {
    const wb = plainWorkbook(25);
    const slot = wb.amounts.filter((a) => a.table === "J03" && a.cents === 0 && a.row.length === 7)[0];
    expect(slot).toBeDefined();
    setCell(wb, slot, { value: "无" });
    expect(analyzeWorkbook(toSnapshot(wb)).findings.map(brief)).toEqual([]);
  });
});

describe("layouts", () => {
  test("a table of 50+ code lines under a three-row merged header is recognised and read in full", () => {
    const wb = generateWorkbook({ seed: 31, allSubjects: true, randomize: false, layout: { codeStyle: "split", lineNumbers: true } });
    const result = analyzeWorkbook(toSnapshot(wb));
    expect(result.findings.map(brief)).toEqual([]);
    const spending = result.models.find((m) => m.kind.id === "J03")!;
    const lines = wb.amounts.filter((a) => a.table === "J03" && a.column === "本年支出合计");
    expect(lines.length).toBeGreaterThanOrEqual(51);
    expect(spending.rows).toHaveLength(lines.length);
    expect(spending.columns.map((c) => c.key)).toEqual(["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]);
    const header = wb.draft.sheets.find((s) => s.name === "公开03表")!.merges.filter((m) => m.top >= 3 && m.bottom <= 5);
    expect(header.some((m) => m.bottom - m.top === 2)).toBe(true);
  });

  test("a sheet of numbers without a title → listed in unrecognized, no finding", () => {
    const rng = new Prng(41);
    const cells = Array.from({ length: 20 }, () => Array.from({ length: 6 }, () => ({ value: rng.int(0, 99999) / 100 })));
    const snapshot: WorkbookSnapshot = { name: "未知.xlsx", sheets: [{ name: "数据", cells, rowCount: 20, columnCount: 6, merges: [] }] };
    const result = analyzeWorkbook(snapshot);
    expect(result.tables).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unrecognized).toEqual([expect.objectContaining({ sheet: "数据", range: "A1:F20", title: "" })]);
  });

  test("an unknown table title with numbers beside a known table → the unknown one is listed, the known one checked", () => {
    const wb = plainWorkbook(42);
    const sheet = wb.draft.sheets[0];
    const top = sheet.rows.length + 2;
    sheet.rows[top] = [{ value: "职工人数统计表" }];
    sheet.rows[top + 1] = [{ value: "项目" }, { value: "人数" }];
    sheet.rows[top + 2] = [{ value: "在职" }, { value: 35 }];
    const result = analyzeWorkbook(toSnapshot(wb));
    expect(result.unrecognized).toEqual([expect.objectContaining({ sheet: sheet.name, title: "职工人数统计表" })]);
    expect(result.tables).toHaveLength(9);
    expect(result.findings).toEqual([]);
  });
});
