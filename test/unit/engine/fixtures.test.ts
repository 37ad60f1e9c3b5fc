import { readFileSync } from "fs";
import { join } from "path";
import { analyzeWorkbook, type AnalysisResult } from "../../../src/core/analysis";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { Decimal } from "../../../src/core/numbers/decimal";
import { quoteSheetName } from "../../../src/core/snapshot/address";

/** The two real fixtures end to end: .xlsx bytes → readWorkbook → analyzeWorkbook. */

async function analyze(file: string): Promise<AnalysisResult> {
  const bytes = readFileSync(join(__dirname, "../../fixtures", file));
  return analyzeWorkbook(await readWorkbook(bytes, file));
}

describe("final-2023-zhanyi.xlsx (沾益 决算)", () => {
  let result: AnalysisResult;
  beforeAll(async () => {
    result = await analyze("final-2023-zhanyi.xlsx");
  });

  test("recognises every table with its sheet, kind and unit", () => {
    expect(result.tables.map(({ sheet, kind, unit }) => ({ sheet, kind, unit }))).toEqual([
      { sheet: "公开01表", kind: "收入支出决算总表", unit: "万元" },
      { sheet: "公开02表", kind: "收入决算表", unit: "万元" },
      { sheet: "公开03表", kind: "支出决算表", unit: "万元" },
      { sheet: "公开04表", kind: "财政拨款收入支出决算总表", unit: "万元" },
      { sheet: "公开05表", kind: "一般公共预算财政拨款支出决算表", unit: "万元" },
      { sheet: "公开06表", kind: "一般公共预算财政拨款基本支出决算表", unit: "万元" },
      { sheet: "公开07表", kind: "一般公共预算财政拨款项目支出决算表", unit: "万元" },
      { sheet: "公开08表", kind: "政府性基金预算财政拨款收入支出决算表", unit: "万元" },
      { sheet: "公开10表", kind: "财政拨款“三公”经费支出决算表", unit: "万元" },
      { sheet: "公开11表", kind: "一般公共预算财政拨款“三公”经费支出决算表", unit: "万元" },
      { sheet: "公开12表", kind: "国有资产使用情况表", unit: "万元" },
      { sheet: "整体绩效自评", kind: "部门整体支出绩效自评表", unit: "万元" },
      { sheet: "项目绩效自评", kind: "项目支出绩效自评表", unit: "万元" },
    ]);
    expect(result.unrecognized).toEqual([]);
  });

  test("reports 卫生健康支出 基本支出 465.22 at 公开03表!D11, which should be 402.22", () => {
    const d11 = result.findings.find((f) => f.sheet === "公开03表" && f.cell === "D11");
    expect(d11).toMatchObject({ severity: "error", kind: "sum", expected: "402.22", actual: "465.22", table: "支出决算表" });
    expect(d11?.message).toContain("卫生健康支出");
    expect(d11?.related).toEqual(expect.arrayContaining(["公开03表!C11", "公开03表!E11", "公开03表!D7", "公开03表!D12", "公开03表!D16"]));
  });

  test("reports the missing 国有资本经营预算财政拨款收入支出决算表", () => {
    const missing = result.findings.filter((f) => f.kind === "missing");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: "error", rule: "set.missing-table", table: "国有资本经营预算财政拨款收入支出决算表", sheet: "", cell: "" });
    expect(missing[0].message).toContain("曲靖市沾益区医疗保障局");
  });

  test("those two are the only errors of kind sum/cross/missing/input", () => {
    const tableErrors = result.findings.filter((f) => f.severity === "error" && ["sum", "cross", "missing", "input"].includes(f.kind));
    expect(tableErrors.map((f) => [f.kind, f.rule, f.sheet, f.cell])).toEqual([
      ["missing", "set.missing-table", "", ""],
      ["sum", "J03.row", "公开03表", "D11"],
    ]);
  });

  test("warns that code 20921 at 公开07表!G16 is probably 30921, and reports no rounding tail", () => {
    const placement = result.findings.filter((f) => f.rule === "code.placement");
    expect(placement.map((f) => [f.severity, f.sheet, f.cell, f.actual, f.expected])).toEqual([["warning", "公开07表", "G16", "20921", "30921"]]);
    expect(result.findings.filter((f) => f.kind === "rounding")).toEqual([]);
  });
});

describe("budget-2023-dazhou.xlsx (达州 预算)", () => {
  let result: AnalysisResult;
  beforeAll(async () => {
    result = await analyze("budget-2023-dazhou.xlsx");
  });

  test("recognises every table with its sheet, kind and unit", () => {
    expect(result.tables.map(({ sheet, kind, unit }) => ({ sheet, kind, unit }))).toEqual([
      { sheet: "表1", kind: "部门收支总表", unit: "万元" },
      { sheet: "表1-1", kind: "部门收入总表", unit: "万元" },
      { sheet: "表1-2", kind: "部门支出总表", unit: "万元" },
      { sheet: "表2", kind: "财政拨款收支预算总表", unit: "万元" },
      { sheet: "表2-1", kind: "财政拨款支出预算表（部门经济分类科目）", unit: "万元" },
      { sheet: "表3", kind: "一般公共预算支出预算表", unit: "万元" },
      { sheet: "表3-1", kind: "一般公共预算基本支出预算表", unit: "万元" },
      { sheet: "表3-2", kind: "一般公共预算项目支出预算表", unit: "万元" },
      { sheet: "表3-3", kind: "一般公共预算“三公”经费支出预算表", unit: "万元" },
      { sheet: "表4", kind: "政府性基金预算支出预算表", unit: "万元" },
      { sheet: "表4-1", kind: "政府性基金预算“三公”经费支出预算表", unit: "万元" },
      { sheet: "表5", kind: "国有资本经营预算支出预算表", unit: "万元" },
      { sheet: "表6", kind: "项目支出绩效目标表", unit: "万元" },
      { sheet: "表7", kind: "部门整体支出绩效目标表", unit: "万元" },
    ]);
    expect(result.unrecognized).toEqual([]);
  });

  test("no error of kind sum or cross; no error on the tables at all", () => {
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("every 0.01 difference is a rounding warning, and every rounding warning is a 0.01 tail", () => {
    const oneCent = new Decimal("0.01");
    const numeric = (t?: string) => t !== undefined && /^-?\d/.test(t);
    const withValues = result.findings.filter((f) => numeric(f.expected) && numeric(f.actual));
    const tails = withValues.filter((f) => new Decimal(f.expected!).minus(f.actual!).abs().equals(oneCent));
    for (const f of tails) expect([f.kind, f.severity]).toEqual(["rounding", "warning"]);
    const rounding = result.findings.filter((f) => f.kind === "rounding");
    expect(rounding.length).toBeGreaterThanOrEqual(7);
    expect(rounding).toHaveLength(tails.length);
    expect(rounding.map((f) => `${f.sheet}!${f.cell} ${f.actual}→${f.expected}`)).toEqual(
      expect.arrayContaining([
        "表1-2!F9 461.49→461.50",
        "表2-1!E10 357.03→357.04",
        "表2-1!E21 104.45→104.44",
        "表3!F9 461.49→461.50",
        "表3-1!F9 380.76→380.75",
      ]),
    );
  });

  test("every total printed 0.01 off its parts is covered by a rounding warning (anchored there or naming it)", () => {
    const tailCells = [
      "表1-2!F9",
      "表1-2!G9",
      "表2-1!E10",
      "表2-1!F10",
      "表2-1!G10",
      "表2-1!H10",
      "表2-1!E21",
      "表2-1!F21",
      "表2-1!G21",
      "表2-1!H21",
      "表3!F9",
      "表3!G9",
      "表3-1!F9",
      "表3-1!E10",
      "表3-1!F10",
      "表3-1!E21",
    ];
    const rounding = result.findings.filter((f) => f.kind === "rounding");
    for (const cell of tailCells) {
      const [sheet, address] = cell.split("!");
      const quoted = `${quoteSheetName(sheet)}!${address}`;
      const covered = rounding.some(
        (f) => (f.sheet === sheet && f.cell === address) || f.related.includes(quoted) || new RegExp(`\\b${address}\\b`).test(f.message),
      );
      expect({ cell, covered }).toEqual({ cell, covered: true });
    }
  });
});
