import { analyzeWorkbook } from "../../../src/core/analysis";
import type { Finding } from "../../../src/core/findings/finding";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { generateWorkbook, toSnapshot } from "../../support/generate-workbook";
import { addressOf, generatePerformance, setSheetCell, withPerformance } from "../../support/performance-tables";
import { Prng } from "../../support/prng";

/**
 * Generated 决算 sets with 绩效 tables that agree with them (整体 lines = the 支出决算表 合计 row, 项目 执行数 splitting
 * 项目支出): clean, then one changed amount, unit or score → a finding at that cell.
 */
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

function generate(seed: number) {
  const wb = generateWorkbook({ seed });
  const performance = generatePerformance(new Prng(seed), wb.units[0]);
  return { snapshot: withPerformance(toSnapshot(wb), performance), performance };
}

const perf = (findings: Finding[]) => findings.filter((f) => f.rule.startsWith("PERF")).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const at = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);

/** Cells of the first generated project's indicator row (峨眉山 layout: 完成值 H, 权重 I, 得分 J). */
function indicatorCells(snapshot: WorkbookSnapshot, name: string) {
  const sheet = snapshot.sheets.find((s) => s.name === "项目绩效自评")!;
  return { actual: addressOf(sheet, 3, name, 7), score: addressOf(sheet, 3, name, 9) };
}

describe("generated 绩效 tables agreeing with the 决算 set", () => {
  test.each(SEEDS)("seed %i: no 绩效 finding", (seed) => {
    const { snapshot, performance } = generate(seed);
    const result = analyzeWorkbook(snapshot);
    expect(perf(result.findings)).toEqual([]);
    expect(result.tables.filter((t) => t.kind === "部门整体支出绩效自评表")).toHaveLength(1);
    expect(result.tables.filter((t) => t.kind === "项目支出绩效自评表")).toHaveLength(performance.projects.length);
  });

  /**
   * The error names the corrected amount when the 支出决算表 and the 一般公共预算财政拨款支出决算表 print the same
   * money for the line (a unit with 一般公共预算 money only); otherwise which basis was meant is unknown: a warning
   * that lists both. A changed 合计 line also breaks 合计 = 基本 + 项目 inside the table: one finding per cell and
   * corrected value is kept (analysis.ts), whichever rule saw it first.
   */
  test.each(SEEDS)("seed %i: a changed 实际支出 of the 整体 table → a finding at that cell, with the 决算 amount", (seed) => {
    const { snapshot, performance } = generate(seed);
    const line = performance.wholeLines[new Prng(seed * 31).int(0, performance.wholeLines.length - 1)];
    setSheetCell(snapshot, line.sheet, line.address, { value: (line.cents + 100) / 100, numberFormat: "#,##0.00" });
    const findings = analyzeWorkbook(snapshot).findings;
    const accounts = findings.filter((f) => f.rule.startsWith("PERF.accounts"));
    const here = findings.filter((f) => f.sheet === line.sheet && f.cell === line.address && /^PERF\.(accounts|budget\.sum)/.test(f.rule));
    expect(accounts.every((f) => f.cell === line.address)).toBe(true);
    const original = (line.cents / 100).toFixed(2);
    const accountRule = line.cents === line.generalCents ? "PERF.accounts.spent" : "PERF.accounts.spent-unclear";
    if (line.label !== "合计") expect(here.map((f) => f.rule)).toEqual([accountRule]);
    else expect(here.length).toBeGreaterThan(0);
    for (const f of here) {
      if (f.rule === "PERF.accounts.spent-unclear") {
        expect(f.severity).toBe("warning");
        expect(f.message).toContain(`${original}万元`);
      } else {
        expect(f).toMatchObject({ severity: "error", expected: original, actual: ((line.cents + 100) / 100).toFixed(2) });
      }
    }
    expect(here[0].steps?.length).toBeGreaterThanOrEqual(2);
  });

  test.each(SEEDS.slice(0, 4))("seed %i: 完成值 in another unit → PERF.unit.differs (家 for 个) or PERF.unit.incompatible (% for 个) at that cell", (seed) => {
    for (const [text, rule, severity] of [
      ["15家", "PERF.unit.differs", "warning"],
      ["15%", "PERF.unit.incompatible", "error"],
    ] as const) {
      const { snapshot } = generate(seed);
      const { actual } = indicatorCells(snapshot, "完成服务事项数量");
      setSheetCell(snapshot, "项目绩效自评", actual, { value: text });
      const findings = analyzeWorkbook(snapshot).findings;
      expect(at(findings, rule)).toEqual([`项目绩效自评!${actual}`]);
      expect(findings.find((f) => f.rule === rule)).toMatchObject({ severity });
    }
  });

  test.each(SEEDS.slice(0, 4))("seed %i: a score above its weight → PERF.score.over at that cell", (seed) => {
    const { snapshot } = generate(seed);
    const { score } = indicatorCells(snapshot, "服务质量达标率");
    setSheetCell(snapshot, "项目绩效自评", score, { value: 25 });
    expect(at(analyzeWorkbook(snapshot).findings, "PERF.score.over")).toEqual([`项目绩效自评!${score}`]);
  });

  test.each(SEEDS.slice(0, 4))("seed %i: 执行数 0 with full marks → PERF.execution.zero at the 执行数 cell", (seed) => {
    const { snapshot } = generate(seed);
    const sheet = snapshot.sheets.find((s) => s.name === "项目绩效自评")!;
    const executed = addressOf(sheet, 1, "总额", 4);
    setSheetCell(snapshot, "项目绩效自评", executed, { value: 0, numberFormat: "#,##0.00" });
    const found = analyzeWorkbook(snapshot).findings.filter((f) => f.rule === "PERF.execution.zero");
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`项目绩效自评!${executed}`]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message).toContain("“完成服务事项数量”");
  });
});
