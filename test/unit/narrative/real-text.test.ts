import { readFileSync } from "fs";
import { join } from "path";
import { analyzeWorkbook, type AnalysisResult } from "../../../src/core/analysis";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { describeReal, REAL_FOLDER } from "../../support/real-documents";

/**
 * The 情况说明 of the three real 上海市普陀区 2024 决算 documents (test/support/real-documents.ts: read in place; skipped, and said so, when
 * the folder is absent). Every text finding is listed, with the arithmetic that proves it; the sentences not
 * listed were checked and are right (e.g. czj A9 财政拨款收入支出总计 2961.68 = 财政拨款收入支出决算总表 总计).
 */

async function analyze(name: string): Promise<AnalysisResult> {
  return analyzeWorkbook(await readWorkbook(readFileSync(join(REAL_FOLDER, name)), name));
}

const textFindings = (r: AnalysisResult) =>
  r.findings.filter((f) => f.rule.startsWith("N.")).map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.severity, f.kind, f.expected ?? null, f.actual ?? null]);

describeReal("final-2024-putuo-czj-test.xlsx (普陀区财政局, problems introduced on purpose)", () => {
  let r: AnalysisResult;
  beforeAll(async () => {
    r = await analyze("final-2024-putuo-czj-test.xlsx");
  });

  it("reads the year 2024 and the 49 paragraphs of 情况说明", () => {
    expect(r.year).toBe(2024);
    expect(r.textParagraphs).toBe(49);
  });

  it("finds each problem of the text once, at its cell", () => {
    expect(textFindings(r)).toEqual([
      // 收入支出决算总表!A1 “第二部分 上海市普陀区XX局 2024 年度部门决算表”
      ["N.leftover", "收入支出决算总表!A1", "error", "narrative", null, "XX"],
      // 收入支出决算总表 总计 B35 = D35 = 2995.39; the text says 0. Its “减少56.95万元，下降1.87%” fits 2995.39:
      // 56.95 ÷ (2995.39 + 56.95) = 1.866% → 1.87%, so no second finding
      ["N.amount", "情况说明!A3", "error", "narrative", "2995.39", "0"],
      // 2106.66 ÷ 2940.05 = 71.653% → 71.65% (the list's other shares are right: 326.72 ÷ 2940.05 = 11.11%,
      // 60.99 ÷ 2940.05 = 2.07%, 445.69 ÷ 2940.05 = 15.16%; their sum 100.07% is the same slip, not reported)
      ["N.share", "情况说明!A14", "error", "narrative", "71.65%", "71.73%"],
      // 年初预算 1560.05, 支出决算 1511.89: 1511.89 < 1560.05, the text says 大于
      ["N.compare", "情况说明!A17", "error", "narrative", "决算数小于预算数", "决算数大于预算数"],
      // 80.38 < 80.81, the text says 大于
      ["N.compare", "情况说明!A23", "error", "narrative", "决算数小于预算数", "决算数大于预算数"],
      // 60.99 ≠ 62.29, the text says 等于
      ["N.compare", "情况说明!A25", "error", "narrative", "决算数小于预算数", "决算数等于预算数"],
      // “第三部分上海市普陀区财政局 2023年度部门决算情况说明” in a 2024 document
      ["N.year", "情况说明!A1", "warning", "narrative", "2024年度部门决算", "2023年度部门决算"],
      // 年初预算 of the eleven 项: 1560.05 + 10.00 + 135.90 + 450.52 + 85.55 + 161.62 + 80.81 + 0.94 + 62.29 + 187.75
      // + 258.50 = 2993.93 against the stated 2993.92: a tail of 0.01 over eleven printed amounts
      ["N.breakdown", "情况说明!A16", "warning", "rounding", "2993.93", "2993.92"],
      // 人员经费 2152.26 = 基本支出表 人员经费合计 (same scope), and 30310 个人农业生产补贴 is blank there
      ["N.itemZero", "情况说明!A29", "warning", "narrative", null, "个人农业生产补贴"],
      // 政府采购金额 251.25 against 货物 4.79 + 工程 0 + 服务 246.47 = 251.26: a one-cent tail of the published text
      ["N.total", "情况说明!A46", "warning", "rounding", "251.26", "251.25"],
      // “截至 2023年 12 月 31 日” in a 2024 document
      ["N.year", "情况说明!A49", "warning", "narrative", "截至 2024年 12 月 31 日", "截至 2023年 12 月 31 日"],
    ]);
  });

  it("states the fix in the headline", () => {
    const share = r.findings.find((f) => f.rule === "N.share")!;
    expect(share.headline).toBe("情况说明 A14：一般公共服务支出（类）占比写71.73%，应为71.65%（2106.66÷2940.05）。");
    expect(share.subject).toBe("一般公共服务支出（类）占比");
    expect(share.steps).toEqual(["一般公共服务支出（类） 2106.66万元", "所述合计：2940.05万元", "2106.66÷2940.05 = 71.65%", "文中写 71.73%"]);
  });
});

describeReal("final-2024-putuo-ghzy.xlsx (普陀区规划和自然资源局, as published)", () => {
  let r: AnalysisResult;
  beforeAll(async () => {
    r = await analyze("final-2024-putuo-ghzy.xlsx");
  });

  it("finds the real errors and warns about tails, names and wording", () => {
    expect(textFindings(r)).toEqual([
      // 一般公共预算财政拨款支出决算表 合计·基本支出 = 5364.75 (= 基本支出表 人员经费 4884.09 + 公用经费 480.66);
      // 5377.64 is the 支出决算表's 基本支出 of all funds
      ["N.amount", "情况说明!A31", "error", "narrative", "5364.75", "5377.64"],
      // 基本支出表 人员经费合计 4884.09 (the text's 4896.98 − 4884.09 = 12.89 = 5377.64 − 5364.75)
      ["N.amount", "情况说明!A31", "error", "narrative", "4884.09", "4896.98"],
      // “减少 0.15 万元，下降（增长）27.78%”: the alternative left in (0.15 ÷ 0.54 = 27.78% itself is right)
      ["N.leftover", "情况说明!A35", "error", "narrative", null, "下降（增长）"],
      // 9746.50 ÷ 9759.38 = 99.868% → 99.87%; written 99.86%: one unit of the last digit
      ["N.share", "情况说明!A12", "warning", "rounding", "99.87%", "99.86%"],
      // “增长 13.95。”: 1193.20 ÷ (9746.50 − 1193.20) = 13.95%, written without %
      ["N.percentSign", "情况说明!A12", "warning", "narrative", "13.95%", "13.95"],
      // 年初预算 of the thirteen 项 add up to 10210.33 against 10210.34: a tail
      ["N.breakdown", "情况说明!A16", "warning", "rounding", "10210.33", "10210.34"],
      // 9746.50 ÷ 10210.34 = 95.457% → 95.46%; written 95.45%
      ["N.completion", "情况说明!A16", "warning", "rounding", "95.46%", "95.45%"],
      // no 项 of that name; the 社会保障和就业 line of 0.88 is 2080599 其他行政事业单位养老支出
      ["N.name", "情况说明!A21", "warning", "narrative", "其他行政事业单位养老支出", "机关事业单位退休人员活动费支出"],
      // the 自然资源 line of 45.00 is 2200199 其他自然资源事务支出
      ["N.name", "情况说明!A27", "warning", "narrative", "其他自然资源事务支出", "其他国土资源事务支出"],
      // 2210201 住房公积金 and 2210203 购房补贴 belong to 款 22102 住房改革支出
      ["N.name", "情况说明!A28", "warning", "narrative", "住房改革支出", "住房保障支出"],
      ["N.name", "情况说明!A29", "warning", "narrative", "住房改革支出", "住房保障支出"],
      // 三公 table: 因公出国 预算数 0 and 公务用车 预算数 0, yet “完成预算的 0.00%” for each
      ["N.zeroBudget", "情况说明!A34", "warning", "narrative", null, null],
      ["N.zeroBudget", "情况说明!A34", "warning", "narrative", null, null],
      // 政府采购金额 2319.21 against 货物 122.43 + 工程 1387.72 + 服务 809.07 = 2319.22: a one-cent tail
      ["N.total", "情况说明!A56", "warning", "rounding", "2319.22", "2319.21"],
    ]);
  });
});

describeReal("final-2024-putuo-shgzb.xlsx (普陀区委社会工作部, founded in 2024)", () => {
  let r: AnalysisResult;
  beforeAll(async () => {
    r = await analyze("final-2024-putuo-shgzb.xlsx");
  });

  it("warns about growth from a zero base, a share's tail and the words of 完成年初预算; finds the instruction left in two tables", () => {
    expect(textFindings(r)).toEqual([
      // “无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：” left in the table sheets
      [
        "N.leftover",
        "政府性基金预算财政拨款收入支出决算表!A10",
        "error",
        "narrative",
        null,
        "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：",
      ],
      [
        "N.leftover",
        "国有资本经营预算财政拨款收入支出决算表!A10",
        "error",
        "narrative",
        null,
        "无国有资本经营预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：",
      ],
      // 307.82 − 307.82 = 0 last year: “增长100.00%” should read 上年无此项 (A3 收支总计, A9 财政拨款, A12 一般公共预算)
      ["N.zeroBase", "情况说明!A3", "warning", "narrative", null, null],
      ["N.zeroBase", "情况说明!A9", "warning", "narrative", null, null],
      ["N.zeroBase", "情况说明!A12", "warning", "narrative", null, null],
      // 29.42 ÷ 307.82 = 9.5575% → 9.56%; written 9.55%
      ["N.share", "情况说明!A14", "warning", "rounding", "9.56%", "9.55%"],
      // 年初预算 0, 全年预算 321.02: 307.82 ÷ 321.02 = 95.89% is of the 全年 budget
      ["N.budgetWords", "情况说明!A16", "warning", "narrative", "完成全年预算的95.89%", null],
      // 机关运行经费 10.23 − 10.23 = 0 last year
      ["N.zeroBase", "情况说明!A39", "warning", "narrative", null, null],
    ]);
  });
});
