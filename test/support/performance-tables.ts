import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import { cellAddress, parseCellAddress } from "../../src/core/snapshot/address";
import { SheetBuilder, projectsSheet } from "../fixtures/build/emeishan-layout";
import type { BudgetLineData, IndicatorData, ProjectData } from "../fixtures/build/emeishan-perf-data";
import { basicSpending, projectSpending } from "./code-tables";
import type { Prng } from "./prng";
import type { Cents, UnitAccounts } from "./unit-accounts";
import { draftToXlsx } from "./workbook-draft";

/**
 * Seeded 绩效 tables that agree with a generated 决算 set: a 部门整体支出绩效自评表 whose 基本支出 / 项目支出 / 合计
 * lines spend exactly what the unit's 支出决算表 says, and 项目支出绩效自评表 (峨眉山 layout) whose 执行数 split the
 * 项目支出 among two to four projects, every indicator met with full marks. Tests change one cell and expect a
 * finding at it.
 */
export interface GeneratedPerformance {
  sheets: SheetSnapshot[];
  /**
   * The 整体 lines: label, the 实际支出 cell and its exact value in 分 of 万元, and the same line of the
   * 一般公共预算财政拨款支出决算表 (equal when the unit has no other money).
   */
  wholeLines: { label: string; sheet: string; address: string; cents: Cents; generalCents: Cents }[];
  projects: ProjectData[];
}

const AMOUNT = "#,##0.00";
const RATE = "0.00%";

/** Indicator templates: [一级, 二级, 三级, 性质, unit, target, weight]; completion equals the target. */
const TEMPLATES: [string, string, string, string, string, number, number][] = [
  ["产出指标", "数量指标", "完成服务事项数量", "≥", "个", 12, 20],
  ["", "质量指标", "服务质量达标率", "≥", "%", 95, 20],
  ["", "时效指标", "资金按时拨付率", "＝", "%", 100, 10],
  ["效益指标", "社会效益指标", "群众办事便利程度", "定性", "", 0, 15],
  ["", "可持续影响指标", "服务机制健全性", "定性", "", 0, 10],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "%", 90, 5],
  ["成本指标", "经济成本指标", "人均服务成本", "≤", "元/人", 300, 10],
];

function indicators(rng: Prng): IndicatorData[] {
  return TEMPLATES.map(([l1, l2, name, nature, unit, target, weight]) => {
    if (nature === "定性") return [l1, l2, name, nature, "优", unit, "优", weight, weight];
    const value = target + (name.endsWith("数量") ? rng.int(0, 5) : 0);
    const actual = nature === "≤" ? value - rng.int(0, 50) : nature === "≥" && unit !== "%" ? value + rng.int(0, 3) : value;
    return [l1, l2, name, nature, value, unit, actual, weight, weight];
  });
}

const yuan = (cents: Cents) => cents / 100;

function budgetLines(executed: Cents, rng: Prng): BudgetLineData[] {
  const full = executed + Math.floor((executed * rng.int(0, 5)) / 100);
  const rate = full === 0 ? 0 : Number((executed / full).toFixed(4));
  return [
    ["总额", yuan(full), yuan(full), yuan(executed), rate, 10, 10, ""],
    ["其中：财政资金", yuan(full), yuan(full), yuan(executed), rate, "/", "/", ""],
  ];
}

function projectData(rng: Prng, i: number, executed: Cents): ProjectData {
  const names = ["医保经办服务能力提升经费", "基金监管专项经费", "信息系统运行维护经费", "窗口标准化建设经费"];
  return {
    name: `51118123T00000${1000 + i}-${names[i % names.length]}`,
    goal: `保障${names[i % names.length]}按时足额使用。`,
    budget: budgetLines(executed, rng),
    indicators: indicators(rng),
    total: [100, 100],
    conclusion: "本项目完成情况较好，自评得分为100分。",
  };
}

/** The 部门整体支出绩效自评表 (沾益 layout): 重点工作任务 lines with 批复金额 and 实际支出, then indicators. */
function wholeSheet(accounts: UnitAccounts, lines: [string, Cents, Cents][], rng: Prng): { sheet: SheetSnapshot; cells: GeneratedPerformance["wholeLines"] } {
  const b = new SheetBuilder();
  b.across(b.row++, 0, 8, "2023年度部门整体支出绩效自评表");
  b.set(b.row, 0, "部门名称");
  b.across(b.row++, 1, 8, accounts.department);
  b.across(b.row++, 0, 8, "二、部门年度重点工作任务");
  ["任务名称", "项目级次", "主要内容", "批复金额（万元）", "", "", "实际支出金额（万元）", "预算执行率", "预算执行偏低原因及改进措施"].forEach((t, c) =>
    b.set(b.row, c, t),
  );
  b.merge(b.row, 3, b.row, 5);
  b.row++;
  ["总额", "财政拨款", "其他资金"].forEach((t, i) => b.set(b.row, 3 + i, t));
  b.row++;
  const cells: GeneratedPerformance["wholeLines"] = [];
  const budgets = lines.map(([label, spent]) => (label === "合计" ? 0 : spent + Math.floor((spent * rng.int(0, 4)) / 100)));
  lines.forEach(([label], i) => {
    if (label === "合计") budgets[i] = budgets.reduce((a, b) => a + b, 0);
  });
  for (const [i, [label, spent, general]] of lines.entries()) {
    const full = budgets[i];
    b.set(b.row, 0, label);
    b.set(b.row, 1, "本级");
    b.set(b.row, 2, `${label}保障`);
    b.set(b.row, 3, yuan(full), AMOUNT);
    b.set(b.row, 4, yuan(full), AMOUNT);
    b.set(b.row, 6, yuan(spent), AMOUNT);
    b.set(b.row, 7, full === 0 ? 0 : Number((spent / full).toFixed(4)), RATE);
    cells.push({ label, sheet: "整体绩效自评", address: cellAddress(b.row, 6), cents: spent, generalCents: general });
    b.row++;
  }
  b.across(b.row++, 0, 8, "三、部门整体支出绩效指标");
  ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "偏差原因分析及改进措施"].forEach((t, c) => b.set(b.row, c, t));
  b.row++;
  for (const [l1, l2, name, nature, value, unit, actual] of [
    ["产出指标", "数量指标", "服务对象人数", "≥", 1000, "人", 1200],
    ["效益指标", "社会效益指标", "政策知晓率", "≥", 95, "%", 96],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 95, "%", 95],
  ] as const) {
    [l1, l2, name, nature, value, unit, actual].forEach((v, c) => b.set(b.row, c, v));
    b.row++;
  }
  const sheet = b.snapshot("整体绩效自评");
  return { sheet: { ...sheet, columnCount: 9 }, cells };
}

/** 绩效 tables for the first unit of a generated 决算 set, agreeing with its 支出决算表. */
export function generatePerformance(rng: Prng, accounts: UnitAccounts): GeneratedPerformance {
  const classes = accounts.lines.filter((l) => l.level === 1);
  const basic = classes.reduce((s, l) => s + basicSpending(l), 0);
  const project = classes.reduce((s, l) => s + projectSpending(l), 0);
  const others = classes.reduce((s, l) => s + l.other.toUpper + l.other.operating + l.other.toSubsidiary, 0);
  const general = classes.reduce((s, l) => s + l.flows.general.personnel + l.flows.general.public, 0);
  const generalProject = classes.reduce((s, l) => s + l.flows.general.project, 0);
  const lines: [string, Cents, Cents][] = [
    ["基本支出", basic, general],
    ["项目支出", project, generalProject],
  ];
  if (others === 0) lines.push(["合计", basic + project, general + generalProject]);
  const whole = wholeSheet(accounts, lines, rng);
  const count = project > 0 ? rng.int(2, 4) : 0;
  const projects = rng
    .split(project, count)
    .map((executed, i) => projectData(rng, i, executed))
    .filter((p) => (p.budget[0][3] ?? 0) > 0);
  const sheets = [whole.sheet, ...(projects.length > 0 ? [projectsSheet("项目绩效自评", projects)] : [])];
  return { sheets, wholeLines: whole.cells, projects };
}

/** The workbook with the 绩效 sheets appended. */
export function withPerformance(snapshot: WorkbookSnapshot, performance: GeneratedPerformance): WorkbookSnapshot {
  return { ...snapshot, sheets: [...snapshot.sheets, ...performance.sheets.map((s) => ({ ...s, cells: s.cells.map((line) => [...line]) }))] };
}

/** Replaces one cell of a sheet (a copy is changed, never the generator's own). */
export function setSheetCell(snapshot: WorkbookSnapshot, sheet: string, address: string, cell: CellSnapshot): void {
  const target = snapshot.sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  const { row, col } = parseCellAddress(address);
  (target.cells[row] ??= [])[col] = cell;
}

/** Address of the cell in `col` of the row whose column `nameCol` reads `text` (first match). */
export function addressOf(sheet: SheetSnapshot, nameCol: number, text: string, col: number): string {
  const row = sheet.cells.findIndex((line) => line?.[nameCol]?.value === text);
  if (row < 0) throw new Error(`no row ${text}`);
  return cellAddress(row, col);
}

/**
 * A 部门预算项目绩效目标表 (达州 layout: 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级 | 二级 | 三级 | 指标性质 | 指标值 |
 * 度量单位 | 权重 | 指标方向性) for the projects, the name, 预算数 and 年度目标 merged down over their indicators.
 */
export function targetSheet(name: string, projects: ProjectData[]): SheetSnapshot {
  const b = new SheetBuilder();
  b.across(b.row++, 0, 11, "部门预算项目绩效目标表(2023年度)");
  b.set(b.row++, 11, "金额单位：万元");
  ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"].forEach((t, c) =>
    b.set(b.row, c, t),
  );
  b.row++;
  for (const p of projects) {
    const first = b.row;
    let level1 = "";
    let level2 = "";
    for (const [l1, l2, indicator, nature, value, unit, , weight] of p.indicators) {
      level1 = l1 || level1;
      level2 = l2 || level2;
      [level1, level2, indicator, nature, value, unit, weight].forEach((v, i) => b.set(b.row, 4 + i, v));
      b.row++;
    }
    b.set(first, 0, "峨眉山市医疗保障局");
    b.set(first, 1, p.name);
    b.set(first, 2, p.budget[0][2], AMOUNT);
    b.set(first, 3, p.goal);
    for (const col of [0, 1, 2, 3]) b.merge(first, col, b.row - 1, col);
  }
  return { ...b.snapshot(name), columnCount: 12 };
}

/** .xlsx bytes of a snapshot (for the CLI, which reads files). */
export function snapshotToXlsx(snapshot: WorkbookSnapshot): Promise<Uint8Array> {
  return draftToXlsx({
    name: snapshot.name,
    sheets: snapshot.sheets.map((s) => ({
      name: s.name,
      rows: s.cells.map((line) => line.map((c) => (c ? { value: c.value as string | number | null, numberFormat: c.numberFormat } : undefined))),
      merges: s.merges ?? [],
    })),
  });
}
