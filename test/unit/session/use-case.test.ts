import { analyzeWorkbook } from "../../../src/core/analysis";
import {
  budgetFiguresFromWorkbook,
  checkWorkbook,
  DEFAULT_ENGINE_CONFIG,
  narrate,
  priorFromWorkbook,
  WorkbookContentError,
  type CheckResult,
} from "../../../src/core/session";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { readFixture } from "../../support/fixtures";

/** The one journey every entry point takes: configure, check, say when nothing was checked, write the text. */
describe("core use case (src/core/session)", () => {
  let final: WorkbookSnapshot;
  let prior: WorkbookSnapshot;
  let check: CheckResult;
  beforeAll(async () => {
    final = await readFixture("final-2023-zhanyi.xlsx");
    prior = await readFixture("prior-2022-zhanyi.xlsx");
    check = checkWorkbook(final, DEFAULT_ENGINE_CONFIG);
  });

  test("checks as the engine does, with the workbook's year and unit, and nothing-to-check unset", () => {
    const engine = analyzeWorkbook(final);
    expect(check.findings).toEqual(engine.findings);
    expect(check.year).toBe(2023);
    expect(check.unit).toBe("曲靖市沾益区医疗保障局");
    expect(check.nothingToCheck).toBeUndefined();
  });

  test("the configuration: 严格 尾差 lists rounding tails as errors; the accountant's rules run", async () => {
    const budget = await readFixture("budget-2023-dazhou.xlsx");
    const rounding = (result: CheckResult) => result.findings.filter((f) => f.kind === "rounding").map((f) => `${f.severity} ${f.sheet}!${f.cell}`);
    const interval = rounding(checkWorkbook(budget, DEFAULT_ENGINE_CONFIG));
    expect(interval).toContain("warning 表1!D13");
    expect(rounding(checkWorkbook(budget, { ...DEFAULT_ENGINE_CONFIG, rounding: "strict" }))).toEqual(interval.map((f) => f.replace("warning", "error")));
    const customRules = "rule MY.car error 公务用车费不超过公务接待费\n  in 财政拨款“三公”经费支出决算表\n  check [公务用车费, 决算数] <= [公务接待费, 决算数]";
    const own = checkWorkbook(final, { ...DEFAULT_ENGINE_CONFIG, customRules }).findings.filter((f) => f.rule === "MY.car");
    expect(own.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["公开10表!E9"]);
  });

  test("a workbook of words only: the verdict, with its reason", () => {
    const memo = { name: "备忘.xlsx", sheets: [{ name: "备忘", cells: [[{ value: "请于六月底前报送" }]], rowCount: 1, columnCount: 1, merges: [] }] };
    const verdict = checkWorkbook(memo, DEFAULT_ENGINE_CONFIG).nothingToCheck;
    expect(verdict?.summary).toMatch(/^工作簿中没有可识别的公开表或说明：共 1 个工作表（备忘：1 个单元格有内容）/);
    expect(verdict?.reason).toMatch(/^备忘中只有文字，没有数字表格/);
    expect(() => narrate(checkWorkbook(memo, DEFAULT_ENGINE_CONFIG), DEFAULT_ENGINE_CONFIG)).toThrow(WorkbookContentError);
  });

  test("the text: typed gaps once per field, the prior-year items missing, filled from last year's workbook", () => {
    const text = narrate(check, DEFAULT_ENGINE_CONFIG);
    expect(text.title).toBe("曲靖市沾益区医疗保障局2023年度部门决算情况说明");
    expect(text.gaps.filter((g) => g.field === "prior:收支总计")).toEqual([
      { kind: "prior", field: "prior:收支总计", label: "上年收支总计", item: "收支总计", sectionId: "一", sectionTitle: "一、收入支出决算总体情况说明" },
    ]);
    expect(text.missingPrior).toContain("收支总计");
    expect(new Set(text.gaps.map((g) => g.field)).size).toBe(text.gaps.length);

    const { figures } = priorFromWorkbook(prior, check, DEFAULT_ENGINE_CONFIG);
    expect(figures.收支总计).toBe("483.23"); // 536.92 − 53.69, as the CLI's text with the same workbook says
    const filled = narrate(check, DEFAULT_ENGINE_CONFIG, { prior: figures });
    expect(filled.missingPrior).not.toContain("收支总计");
    const 一 = (n: typeof filled) => n.sections.find((s) => s.id === "一")!.text; // after 部门概况 (设置: on)
    expect(一(filled)).toContain("收、支总计增加53.69万元，增长11.11%");
    // last year's workbook read whole gives the same sentence
    expect(一(narrate(check, DEFAULT_ENGINE_CONFIG, { priorYear: prior }))).toBe(一(filled));
  });

  test("budget figures come from a 预算公开 workbook; a 决算 workbook is refused in Chinese", async () => {
    const budget = budgetFiguresFromWorkbook(await readFixture("budget-2023-dazhou.xlsx"));
    expect(Object.values(budget).every((v) => /^-?\d+\.\d{2}$/.test(v))).toBe(true);
    expect(() => budgetFiguresFromWorkbook(final)).toThrow("“final-2023-zhanyi.xlsx”中没有识别到预算公开表或绩效目标表");
  });
});
