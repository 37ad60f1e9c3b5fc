import { analyzeWorkbook } from "../../../src/core/analysis";
import type { Finding } from "../../../src/core/findings/finding";
import type { CellSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { parseRules } from "../../../src/core/rules/parse-rules";
import { BUILT_IN_RULES } from "../../../src/core/rules/run-rules";
import { readFixture } from "../../support/fixtures";
import { setSheetCell } from "../../support/performance-tables";

/**
 * The same money in a 绩效 table and in the amount tables of the same workbook, on the real fixtures and on
 * copies changed one cell at a time.
 */
const amount = (value: number): CellSnapshot => ({ value, numberFormat: "#,##0.00" });
const rules = (findings: Finding[], prefix: string) => findings.filter((f) => f.rule.startsWith(prefix)).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

async function changed(file: string, cells: [string, string, CellSnapshot][]): Promise<Finding[]> {
  const snapshot: WorkbookSnapshot = await readFixture(file);
  for (const [sheet, address, cell] of cells) setSheetCell(snapshot, sheet, address, cell);
  return analyzeWorkbook(snapshot).findings;
}

describe("沾益 决算: 整体绩效自评 and 项目绩效自评 against 支出决算表", () => {
  test("as published, every amount agrees → no PERF.accounts finding", async () => {
    // 整体绩效自评 G15 人员经费 473.92 = 公开03表 D7 基本支出 473.92 (the line holds the whole 基本支出, not T5
    // 人员经费 443.50); G16 项目经费 63.00 = E7 项目支出 63.00; 项目绩效自评 F6 执行 63.00 ≤ E7 63.00.
    expect(rules(await changed("final-2023-zhanyi.xlsx", []), "PERF.accounts")).toEqual([]);
  });

  test("项目经费 实际支出 36.00 → PERF.accounts.spent error at G16: 支出决算表 and 财政拨款 表 both say 63.00", async () => {
    const findings = await changed("final-2023-zhanyi.xlsx", [["整体绩效自评", "G16", amount(36)]]);
    const f = findings.filter((x) => x.rule.startsWith("PERF.accounts"));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.sheet}!${x.cell}`)).toEqual(["PERF.accounts.spent error 整体绩效自评!G16"]);
    expect(f[0]).toMatchObject({
      expected: "63.00",
      actual: "36.00",
      related: ["公开03表!E7", "公开05表!M8"],
      subject: "曲靖市沾益区医疗保障局·项目经费·实际支出",
    });
    expect(f[0].message).toBe(
      "曲靖市沾益区医疗保障局：自评表“项目经费”实际支出 36.00，与同一工作簿《支出决算表》合计·项目支出 63.00万元（公开03表!E7）、《一般公共预算财政拨款支出决算表》合计·项目支出 63.00万元（公开05表!M8）不一致（相差 27.00），应为 63.00。",
    );
  });

  test("项目经费 63.01 against 63.00 → a rounding warning, never an error", async () => {
    const f = (await changed("final-2023-zhanyi.xlsx", [["整体绩效自评", "G16", amount(63.01)]])).filter((x) => x.rule.startsWith("PERF.accounts"));
    expect(f.map((x) => `${x.rule} ${x.kind} ${x.severity} ${x.cell}`)).toEqual(["PERF.accounts.spent rounding warning G16"]);
    expect(f[0].headline).not.toContain("应为");
  });

  test("人员经费 443.50 (the 财政拨款 表's 人员经费) is one reading of the label → nothing; 400.00 fits none → warning", async () => {
    expect(rules(await changed("final-2023-zhanyi.xlsx", [["整体绩效自评", "G15", amount(443.5)]]), "PERF.accounts")).toEqual([]);
    const f = (await changed("final-2023-zhanyi.xlsx", [["整体绩效自评", "G15", amount(400)]])).filter((x) => x.rule.startsWith("PERF.accounts"));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(["PERF.accounts.spent-unclear warning G15"]);
    expect(f[0].message).toContain(
      "《支出决算表》合计·基本支出 473.92万元（公开03表!D7）、《一般公共预算财政拨款支出决算表》合计·人员经费 443.50万元（公开05表!K8）",
    );
  });

  test("项目经费 630000.00 (元 in a table read as 万元) → a warning about the unit, not an error", async () => {
    const f = (await changed("final-2023-zhanyi.xlsx", [["整体绩效自评", "G16", amount(630000)]])).filter((x) => x.rule.startsWith("PERF.accounts"));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(["PERF.accounts.spent-unclear warning G16"]);
    expect(f[0].message).toContain("正好相差一万倍，请核对自评表的金额单位（表中按“万元”读取）");
  });

  test("项目 执行数 70.00 above 项目支出 63.00 → PERF.accounts.projects warning at 公开03表!E7", async () => {
    const f = (
      await changed("final-2023-zhanyi.xlsx", [
        ["项目绩效自评", "F6", amount(70)],
        ["项目绩效自评", "F7", amount(70)],
      ])
    ).filter((x) => x.rule === "PERF.accounts.projects");
    expect(f.map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual(["warning 公开03表!E7"]);
    expect(f[0].related).toEqual(["项目绩效自评!F6"]);
  });
});

describe("达州 预算: 绩效目标表 against the 预算 tables", () => {
  test("as published: eleven 预算数 equal their 表3-2 lines, 表7 资金总额 = 表1-2 合计 → no PERF.accounts finding", async () => {
    // 表6 C6 3.00 = 表3-2 F10 国家信息平台建设 3.00 (“信息建设类—” stripped), C15 异地就医工作 5.00 = F11, …,
    // C92 个人权益管理工作经费 8.00 = F20; 表7 B18 461.49 = 表1-2 F7 461.49, C18 461.49 = 表2 D6 461.49.
    expect(rules(await changed("budget-2023-dazhou.xlsx", []), "PERF.accounts")).toEqual([]);
  });

  test("异地就医工作 预算数 6.00 → PERF.accounts.budget error at 表6!C15, 应为 5.00 (all money is 一般公共预算)", async () => {
    const f = (await changed("budget-2023-dazhou.xlsx", [["表6", "C15", amount(6)]])).filter((x) => x.rule.startsWith("PERF.accounts"));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.sheet}!${x.cell}`)).toEqual(["PERF.accounts.budget error 表6!C15"]);
    expect(f[0]).toMatchObject({ expected: "5.00", actual: "6.00", related: ["'表3-2'!F11"] });
  });

  test("预算数 50000.00 for 5.00 万元 → a warning about the unit", async () => {
    const f = (await changed("budget-2023-dazhou.xlsx", [["表6", "C15", amount(50000)]])).filter((x) => x.rule.startsWith("PERF.accounts"));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(["PERF.accounts.budget-unclear warning C15"]);
    expect(f[0].message).toContain("正好相差一万倍");
  });

  test("with 政府性基金 money in 表1 the same difference is only a warning (the project may have other money)", async () => {
    const f = (
      await changed("budget-2023-dazhou.xlsx", [
        ["表1", "B6", amount(451.49)],
        ["表1", "B7", amount(10)],
        ["表6", "C15", amount(6)],
      ])
    ).filter((x) => x.rule.startsWith("PERF.accounts"));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(["PERF.accounts.budget-unclear warning C15"]);
  });

  test("表7 资金总额 and 财政拨款 416.49 → errors at B18 and C18, 应为 461.49", async () => {
    const f = (
      await changed("budget-2023-dazhou.xlsx", [
        ["表7", "B18", amount(416.49)],
        ["表7", "C18", amount(416.49)],
      ])
    ).filter((x) => x.rule.startsWith("PERF.accounts"));
    expect(f.map((x) => `${x.rule} ${x.cell} ${x.expected}`)).toEqual(["PERF.accounts.budget B18 461.49", "PERF.accounts.budget C18 461.49"]);
  });
});

describe("预算 set by class: 部门收支总表 类 = Σ 项 rows of 部门支出总表 / 一般公共预算支出表", () => {
  test("the notation sum(表 rows under @, 列) parses, in the catalogue too", () => {
    const [rule] = parseRules("rule T error x\n  for each class row of 部门收支总表\n  check [金额] >= sum(一般公共预算支出预算表 rows under @, 合计)");
    expect(rule.right).toEqual({ type: "rows-under", table: "一般公共预算支出预算表", column: "合计" });
    expect(BUILT_IN_RULES.filter((r) => r.right.type === "rows-under").map((r) => `${r.id} ${r.severity} ${r.comparison}`)).toEqual([
      "XY.Y01-Y03.class error =",
      "XY.Y01-Y06.class error >=",
      "XY.Y04-Y06.class error =",
    ]);
  });

  test("达州 as published: 社会保障和就业支出 408.99 against 367.04 + 41.96 = 409.00 → rounding warnings only", async () => {
    // 表1 D13 408.99 vs 表1-2 F10 367.04 + F11 41.96 = 409.00: two parts printed to 0.01 allow 408.99–409.01, so the
    // 0.01 is a rounding tail. 表2 E14 (一般公共预算 408.99) against 表3 F10 + F11 likewise. 卫生健康 17.80 =
    // 12.46 + 5.34 and 住房保障 34.70 = 34.70 agree.
    const f = (await changed("budget-2023-dazhou.xlsx", [])).filter((x) => /^XY\.Y0[14]-Y0[36]\.class$/.test(x.rule));
    expect(f.map((x) => `${x.rule} ${x.kind} ${x.severity} ${x.sheet}!${x.cell} ${x.expected}`)).toEqual([
      "XY.Y01-Y03.class rounding warning 表1!D13 409.00",
      "XY.Y04-Y06.class rounding warning 表2!E14 409.00",
    ]);
  });

  test("卫生健康支出 18.80 in 部门收支总表 → an error at 表1!D15, 应为 17.80", async () => {
    const f = (await changed("budget-2023-dazhou.xlsx", [["表1", "D15", amount(18.8)]])).filter((x) => x.cell === "D15" && x.sheet === "表1");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", expected: "17.80", actual: "18.80" });
    expect(f[0].rule).toMatch(/^XY\.Y01-Y0[36]\.class$|^Y01\.expense$/);
  });

  test("a class row printed in 部门支出总表 is used instead of its 项 rows (nothing counted twice)", async () => {
    // Row 8 of 表1-2 (a blank subtotal line) becomes the 类 row 208 社会保障和就业支出 408.99 = 358.39 + 50.60:
    // 表1 D13 408.99 now equals it, while 表3 still prints only 项 rows (409.00).
    const findings = await changed("budget-2023-dazhou.xlsx", [
      ["表1-2", "A8", { value: "208" }],
      ["表1-2", "E8", { value: "社会保障和就业支出" }],
      ["表1-2", "F8", amount(408.99)],
      ["表1-2", "G8", amount(358.39)],
      ["表1-2", "H8", amount(50.6)],
    ]);
    expect(rules(findings, "XY.Y01-Y03.class")).toEqual([]);
    expect(rules(findings, "XY.Y04-Y06.class")).toEqual(["XY.Y04-Y06.class 表2!E14"]);
  });
});
