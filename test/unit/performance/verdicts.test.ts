import { checkPerformance } from "../../../src/core/performance";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { EMEISHAN_PROJECTS, type ProjectData } from "../../fixtures/build/emeishan-perf-data";
import { projectsSheet, textSheet } from "../../fixtures/build/emeishan-layout";

/**
 * 绩效 arithmetic decided by verdict.ts: 执行率 9746.50 ÷ 9759.38 = 99.868% — the printed amounts allow
 * 99.8679%–99.8681%, so 99.87% agrees, 99.86% is off by its last digit (rounding), 99.73% is an error.
 * The 医疗保障基金监管治理工作经费 自评表 (总额 on row 9: 全年预算 D9, 执行数 E9, 执行率 F9).
 */
function workbook(change: (p: ProjectData) => void, text: string[] = []): WorkbookSnapshot {
  const p = JSON.parse(JSON.stringify(EMEISHAN_PROJECTS[1])) as ProjectData;
  change(p);
  return { name: "x.xlsx", sheets: [projectsSheet("自评", [p]), ...(text.length > 0 ? [textSheet("情况说明", text)] : [])] };
}

const amounts = (rate: number) => (p: ProjectData) => {
  for (const line of p.budget.slice(0, 2)) Object.assign(line, { 1: 9759.38, 2: 9759.38, 3: 9746.5, 4: rate });
};
const found = (snapshot: WorkbookSnapshot, rule: string) =>
  checkPerformance(snapshot)
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.kind} ${f.severity} ${f.cell}${f.expected ? ` ${f.expected}` : ""}`);

describe("执行率 against 执行数 ÷ 全年预算数", () => {
  test("99.87% agrees, 99.86% is a rounding warning (no 应为), 99.73% an error", () => {
    expect(found(workbook(amounts(0.9987)), "PERF.budget.rate")).toEqual([]);
    expect(found(workbook(amounts(0.9986)), "PERF.budget.rate")).toEqual(["rounding warning F9", "rounding warning F10"]);
    expect(checkPerformance(workbook(amounts(0.9986))).findings[0].headline).not.toContain("应为");
    expect(found(workbook(amounts(0.9973)), "PERF.budget.rate")).toEqual(["indicator error F9 99.87%", "indicator error F10 99.87%"]);
  });

  test("the 情况说明 saying 99.86% for the project → PERF.text.rate rounding warning; 99.87% → nothing", () => {
    const say = (rate: string) => [`医疗保障基金监管治理工作经费，全年预算数9759.38万元，执行数9746.50万元，预算执行率为${rate}%。`];
    expect(found(workbook(amounts(0.9987), say("99.86")), "PERF.text.rate")).toEqual(["rounding warning A1"]);
    expect(found(workbook(amounts(0.9987), say("99.87")), "PERF.text.rate")).toEqual([]);
    expect(found(workbook(amounts(0.9987), say("89.87")), "PERF.text.rate")).toEqual(["indicator error A1 99.87%"]);
  });
});

describe("资金总额 against its lines", () => {
  test("总额 0.11 against 0.05 + 0.05 (two printed parts allow 0.09–0.11) → a rounding warning; 0.13 → an error", () => {
    const split = (total: number) => (p: ProjectData) => {
      Object.assign(p.budget[0], { 1: total, 2: total, 3: total });
      Object.assign(p.budget[1], { 1: 0.05, 2: 0.05, 3: 0.05 });
      Object.assign(p.budget[2], { 1: 0.05, 2: 0.05, 3: 0.05, 4: 1 });
    };
    expect(found(workbook(split(0.11)), "PERF.budget.sum")).toEqual(["rounding warning C9", "rounding warning D9", "rounding warning E9"]);
    expect(found(workbook(split(0.13)), "PERF.budget.sum")).toEqual(["indicator error C9 0.10", "indicator error D9 0.10", "indicator error E9 0.10"]);
  });
});
