import { readFileSync } from "fs";
import path from "path";
import { analyzeWorkbook, type AnalysisResult } from "../../../src/core/analysis";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import type { Finding } from "../../../src/core/findings/finding";
import { describeReal, REAL_FOLDER } from "../../support/real-documents";

/**
 * The real 上海市普陀区 2024 决算 documents (test/support/real-documents.ts: read in place; skipped, and said so, when the folder is absent).
 * Every table must be recognised with its kind and range, and every table finding must be real: each one below
 * carries the arithmetic that proves it, worked out by hand from the printed figures. The 情况说明 text findings
 * are tested with the claim checker.
 */

async function analyze(file: string): Promise<AnalysisResult> {
  return analyzeWorkbook(await readWorkbook(readFileSync(path.join(REAL_FOLDER, file)), file));
}

/** Findings about the tables (not the 情况说明 text), as “severity rule sheet!cell actual→expected”. */
function tableFindings(result: AnalysisResult): string[] {
  return result.findings.filter((f) => f.kind !== "narrative" && f.sheet !== "情况说明").map(brief);
}

function brief(f: Finding): string {
  const values = f.actual !== undefined || f.expected !== undefined ? ` ${f.actual ?? ""}→${f.expected ?? ""}` : "";
  return `${f.severity} ${f.rule} ${f.sheet ? `${f.sheet}!${f.cell}` : "（整套）"}${values}`;
}

/** The nine sheets are named after their tables; titles sit in row 1 (row 2 under the report heading of 总表). */
function tablesOf(result: AnalysisResult): string[] {
  return result.tables.map((t) => `${t.sheet}!${t.range} ${t.kind} ${t.unit}`);
}

describeReal("final-2024-putuo-czj-test.xlsx (普陀区财政局, test version with problems put in on purpose)", () => {
  let result: AnalysisResult;
  beforeAll(async () => {
    result = await analyze("final-2024-putuo-czj-test.xlsx");
  });

  test("reads the eight tables it holds; the report heading above 收入支出决算总表 is not a table", () => {
    expect(tablesOf(result)).toEqual([
      "收入支出决算总表!A2:D35 收入支出决算总表 万元",
      "收入决算表!A1:K25 收入决算表 万元",
      "财政拨款收入支出决算总表!A1:G36 财政拨款收入支出决算总表 万元",
      "一般公共预算财政拨款支出决算表!A1:G26 一般公共预算财政拨款支出决算表 万元",
      "一般公共预算财政拨款基本支出决算表!A1:H44 一般公共预算财政拨款基本支出决算表 万元",
      "财政拨款“三公”经费支出决算表!A1:L6 财政拨款“三公”经费支出决算表 万元",
      "政府性基金预算财政拨款收入支出决算表!A1:J14 政府性基金预算财政拨款收入支出决算表 万元",
      "国有资本经营预算财政拨款收入支出决算表!A1:J14 国有资本经营预算财政拨款收入支出决算表 万元",
    ]);
    expect(result.unrecognized).toEqual([]);
  });

  test("finds the removed 支出决算表, the 三公 table printed without data or note, and only real rounding tails", () => {
    expect(tableFindings(result)).toEqual([
      // The test version removed 支出决算表 (one of the nine tables every 决算 must publish).
      "error set.missing-table （整套）",
      // 收入决算表 E6 合计 2946.25; 类 2112.86 + 326.72 + 60.99 + 445.69 = 2946.26 (four rounded parts: a tail).
      "warning J02.tree 收入决算表!E6 2946.25→2946.26",
      // 一般公共预算财政拨款支出决算表 208 社保 326.72 (= 84.65 + 160.75 + 80.38 + 0.94), 财政拨款收入支出决算总表 208 326.71.
      "warning X.J05-J04.class 一般公共预算财政拨款支出决算表!E13 326.72→326.71",
      // E26 合计 2940.05; 类 2106.66 + 326.72 + 60.99 + 445.69 = 2940.06.
      "warning J05.tree 一般公共预算财政拨款支出决算表!E26 2940.05→2940.06",
      // 301 工资福利支出 2082.85; 262.33 + 1238.58 + 160.75 + 80.38 + 60.99 + 1.61 + 187.19 + 91.03 = 2082.86.
      "warning J06.tree 一般公共预算财政拨款基本支出决算表!D6 2082.85→2082.86",
      // 302 商品和服务支出 171.07; its twelve printed lines add to 171.09 (0.02 within twelve half-cent tails).
      "warning J06.tree 一般公共预算财政拨款基本支出决算表!H6 171.07→171.09",
      // The 三公 table ends at its 预算数/决算数 header row: no data row and no 无数据 note.
      "warning table.empty-note 财政拨款“三公”经费支出决算表!A1",
    ]);
  });

  test("财政拨款收入支出决算总表 balances per fund with 年末 printed across the fund columns (no false error)", () => {
    // 年初 21.63 (B33, 一般公共预算) + 本年收入 2940.05 = 本年支出 2940.05 + 年末 21.63 (E32, on the 年末 line itself).
    expect(result.findings.filter((f) => f.table === "财政拨款收入支出决算总表")).toEqual([]);
  });
});

describeReal("final-2024-putuo-ghzy.xlsx (普陀区规划和自然资源局, as published)", () => {
  let result: AnalysisResult;
  beforeAll(async () => {
    result = await analyze("final-2024-putuo-ghzy.xlsx");
  });

  test("reads the nine tables, the 三公 table as item pairs (预算数, 决算数)", () => {
    expect(tablesOf(result)).toEqual([
      "收入支出决算总表!A2:D33 收入支出决算总表 万元",
      "收入决算表!A1:I29 收入决算表 万元",
      "支出决算表!A1:H29 支出决算表 万元",
      "财政拨款收入支出决算总表!A1:G34 财政拨款收入支出决算总表 万元",
      "一般公共预算财政拨款支出决算表!A1:E29 一般公共预算财政拨款支出决算表 万元",
      "一般公共预算财政拨款基本支出决算表!A1:F42 一般公共预算财政拨款基本支出决算表 万元",
      "财政拨款“三公”经费支出决算表!A1:L7 财政拨款“三公”经费支出决算表 万元",
      "政府性基金预算财政拨款收入支出决算表!A1:H8 政府性基金预算财政拨款收入支出决算表 万元",
      "国有资本经营预算财政拨款收入支出决算表!A1:H8 国有资本经营预算财政拨款收入支出决算表 万元",
    ]);
    const threePublic = result.models.find((t) => t.kind.id === "J07")!;
    const cell = (item: string, measure: string) =>
      threePublic.rows
        .find((r) => r.key === item)
        ?.cells.get(measure)
        ?.value.toFixed(2);
    expect([cell("合计", "预算数"), cell("合计", "决算数"), cell("公务接待费", "预算数"), cell("公务接待费", "决算数")]).toEqual([
      "2.85",
      "0.39",
      "2.85",
      "0.39",
    ]);
  });

  test("reports no error in the tables, only the 0.01 rounding tails they print", () => {
    expect(tableFindings(result)).toEqual([
      // 支出决算表 210 卫生健康支出 236.64 (= 40.35 + 196.29) against 收入支出决算总表 210 236.63: one slip, reported once.
      "warning X.J01-J03.class 支出决算表!C13 236.64→236.63",
      // 支出决算表 212 3845.24 (= 1105.68 + 2739.56) against 收入支出决算总表 212 3845.25.
      "warning X.J01-J03.class 支出决算表!C17 3845.24→3845.25",
      // 本年支出合计 9746.50; 类 754.75 + 236.63 + 3832.36 + 4461.67 + 461.08 = 9746.49.
      "warning J04.expense 财政拨款收入支出决算总表!D29 9746.50→9746.49",
      // 一般公共预算财政拨款支出决算表 210 236.64 against 财政拨款收入支出决算总表 210 236.63.
      "warning X.J05-J04.class 一般公共预算财政拨款支出决算表!C12 236.64→236.63",
      // 212: 1572.70 + 2259.65 = 3832.35 against 3832.36; 21201 and 2120101: 1084.02 + 8.77 = 1092.79 against 1092.80.
      "warning J05.row 一般公共预算财政拨款支出决算表!C16 3832.36→3832.35",
      "warning J05.row 一般公共预算财政拨款支出决算表!C17 1092.80→1092.79",
      "warning J05.row 一般公共预算财政拨款支出决算表!C18 1092.80→1092.79",
      // 合计: 5364.75 + 4381.74 = 9746.49 against 9746.50.
      "warning J05.row 一般公共预算财政拨款支出决算表!C29 9746.50→9746.49",
      // 302 商品和服务支出 440.90; its lines add to 440.88 (sixteen non-zero parts).
      "warning J06.tree 一般公共预算财政拨款基本支出决算表!F4 440.90→440.88",
      // 人员经费合计 4884.09; 301 4816.14 + 303 67.96 = 4884.10.
      "warning J06.personnel 一般公共预算财政拨款基本支出决算表!C42 4884.09→4884.10",
    ]);
  });
});

describeReal("final-2024-putuo-shgzb.xlsx (普陀区委社会工作部, as published; founded in 2024)", () => {
  let result: AnalysisResult;
  beforeAll(async () => {
    result = await analyze("final-2024-putuo-shgzb.xlsx");
  });

  test("reads the nine tables; the empty 三公 table carries its 无数据 note", () => {
    expect(tablesOf(result)).toEqual([
      "收入支出决算总表!A2:D35 收入支出决算总表 万元",
      "收入决算表!A1:I22 收入决算表 万元",
      "支出决算表!A1:H22 支出决算表 万元",
      "财政拨款收入支出决算总表!A1:G36 财政拨款收入支出决算总表 万元",
      "一般公共预算财政拨款支出决算表!A1:E22 一般公共预算财政拨款支出决算表 万元",
      "一般公共预算财政拨款基本支出决算表!A1:F42 一般公共预算财政拨款基本支出决算表 万元",
      "财政拨款“三公”经费支出决算表!A1:L8 财政拨款“三公”经费支出决算表 万元",
      "政府性基金预算财政拨款收入支出决算表!A1:H8 政府性基金预算财政拨款收入支出决算表 万元",
      "国有资本经营预算财政拨款收入支出决算表!A1:H8 国有资本经营预算财政拨款收入支出决算表 万元",
    ]);
    expect(result.models.find((t) => t.kind.id === "J07")?.emptyNote).toMatch(/故本表无数据/);
  });

  test("reports the two 0.01 tails and no error", () => {
    expect(tableFindings(result).filter((f) => !f.includes("leftover"))).toEqual([
      // 一般公共预算财政拨款支出决算表 基本支出 105.58; 基本支出表 人员经费 95.36 + 公用经费 10.23 = 105.59.
      "warning X.J05-J06.basic 一般公共预算财政拨款支出决算表!D22 105.58→105.59",
      // 302 商品和服务支出 10.23; 3.78 + 1.15 + 0.02 + 0.68 + 0.48 + 1.48 + 2.43 + 0.20 = 10.22.
      "warning J06.tree 一般公共预算财政拨款基本支出决算表!F4 10.23→10.22",
    ]);
  });
});
