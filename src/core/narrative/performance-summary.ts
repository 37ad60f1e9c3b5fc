import { Decimal } from "../numbers/decimal";
import { unitScale } from "../numbers/amount-units";
import type { NumberCell, PerformanceProject } from "../performance/model";
import { amountText } from "./phrases";

/** Grades by score when the table prints none (财政部 自评: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60). */
const GRADES: { grade: string; from: number }[] = [
  { grade: "优", from: 90 },
  { grade: "良", from: 80 },
  { grade: "中", from: 60 },
  { grade: "差", from: 0 },
];

/**
 * The 预算绩效管理 paragraph written from the recognised 绩效 tables: how many projects have targets and how
 * much budget they cover, how many were self-evaluated, their average score and grades. Undefined when the
 * workbook holds no 项目 绩效 table.
 * “编报绩效目标的项目4个，涉及预算金额598.42万元；绩效自评的项目4个，涉及预算金额598.42万元，平均得分99.43分（其中，
 * 绩效评级为“优”的项目4个…）”.
 */
export function performanceSummary(projects: readonly PerformanceProject[], unit: string, year: number | undefined): string | undefined {
  const targets = projects.filter((p) => p.table.scope === "项目支出" && p.table.form === "目标表");
  const evaluated = projects.filter((p) => p.table.scope === "项目支出" && p.table.form === "自评表");
  if (targets.length === 0 && evaluated.length === 0) return undefined;
  const parts: string[] = [];
  if (targets.length > 0) parts.push(`编报绩效目标的项目${targets.length}个，涉及预算金额${amountText(total(targets))}万元`);
  if (evaluated.length > 0) parts.push(`绩效自评的项目${evaluated.length}个，涉及预算金额${amountText(total(evaluated))}万元${scores(evaluated)}`);
  const whole = projects.find((p) => p.table.scope === "部门整体支出" && p.table.form === "自评表")?.total?.score?.value;
  const department = whole ? `；部门整体支出绩效自评得分${whole.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}分` : "";
  return `${unit}${year ? `${year}年度` : ""}预算绩效管理工作开展情况如下：${parts.join("；")}${department}。`;
}

/** Σ of the projects' budgets in 万元: the 目标表's 预算数, else the 预算执行 total line (全年, else 年初). */
function total(projects: readonly PerformanceProject[]): Decimal {
  return projects.reduce((sum, p) => sum.plus(budgetOf(p)), new Decimal(0));
}

function budgetOf(p: PerformanceProject): Decimal {
  const line = p.budget.find((l) => l.total) ?? p.budget[0];
  const cell: NumberCell | undefined = p.budgetAmount ?? line?.cells.full ?? line?.cells.initial;
  const value = cell?.value ?? new Decimal(0);
  return value.times(unitScale(p.table.unit)).dividedBy(unitScale("万元"));
}

function scores(projects: readonly PerformanceProject[]): string {
  const scored = projects.filter((p) => p.total?.score?.value !== undefined);
  if (scored.length === 0) return "";
  const sum = scored.reduce((acc, p) => acc.plus(p.total!.score!.value!), new Decimal(0));
  const average = sum.dividedBy(scored.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  const counts = new Map(GRADES.map((g) => [g.grade, 0]));
  for (const p of scored) {
    const grade = gradeOf(p);
    counts.set(grade, (counts.get(grade) ?? 0) + 1);
  }
  const list = [...counts].map(([grade, n]) => `绩效评级为“${grade}”的项目${n}个`).join("；");
  return `，平均得分${average}分（其中，${list}）`;
}

function gradeOf(p: PerformanceProject): string {
  const printed = p.total?.grade?.text.trim();
  if (printed && GRADES.some((g) => g.grade === printed)) return printed;
  const score = p.total!.score!.value!.toNumber();
  return GRADES.find((g) => score >= g.from)!.grade;
}
