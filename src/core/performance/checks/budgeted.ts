import type { Finding } from "../../findings/finding";
import type { TableSet } from "../../rules/table-set";
import type { TableModel, TableRow } from "../../tables/table-model";
import { compact } from "../../text/normalize";
import type { NumberCell, PerformanceProject } from "../model";
import { performanceFinding, projectKey, projectLabel } from "../report";
import { DEPARTMENT_BUDGET, GENERAL_BUDGET_INCOME, PROJECT_BUDGET_TABLE } from "../account-cells";
import {
  accountAmount,
  addressOf,
  describeAmount,
  differenceText,
  inProjectUnit,
  judgeAgainst,
  tableSetFor,
  tableSets,
  unitSlip,
  type AccountAmount,
} from "./accounts";

/** True when 一般公共预算拨款收入 is all the department's money (部门收支总表: it equals 收入总计). */
function allGeneralBudget(set: TableSet): boolean {
  const income = accountAmount(set, { table: GENERAL_BUDGET_INCOME.table, row: GENERAL_BUDGET_INCOME.row, column: GENERAL_BUDGET_INCOME.column });
  const total = accountAmount(set, { table: GENERAL_BUDGET_INCOME.table, row: GENERAL_BUDGET_INCOME.total, column: GENERAL_BUDGET_INCOME.column });
  return !!income && !!total && !total.cell.blank && income.cell.value.eq(total.cell.value);
}

/** The one project line of the 一般公共预算项目支出预算表 printed under this name. */
function projectLine(set: TableSet, project: PerformanceProject): AccountAmount | undefined {
  const table = set.table(PROJECT_BUDGET_TABLE.table);
  if (!table) return undefined;
  const key = projectKey(project);
  const hits = table.rows.filter((r: TableRow) => !r.total && r.name && compact(r.name) === key && r.cells.has(PROJECT_BUDGET_TABLE.column));
  if (hits.length !== 1) return undefined;
  const cell = hits[0].cells.get(PROJECT_BUDGET_TABLE.column);
  return cell && cell.parsed.kind !== "invalid" ? { table, cell, label: `《${table.kind.title}》“${hits[0].name}”` } : undefined;
}

/**
 * A 目标表 amount against a 预算 table amount. `certain`: both hold the same money by definition (or the
 * department has only 一般公共预算 money), so a difference is an error; otherwise a warning.
 */
function compareBudget(project: PerformanceProject, mine: NumberCell, other: AccountAmount, what: string, certain: boolean): Finding[] {
  if (mine.value === undefined) return [];
  const verdict = judgeAgainst(mine, project, other);
  if (verdict === "equal") return [];
  const label = projectLabel(project);
  const subject = `${label}·${what}`;
  const expected = inProjectUnit(other, project);
  const steps = [`绩效目标表 ${mine.address} ${what} ${mine.text}${project.table.unit}`, `预算表：${describeAmount(other, project)}`];
  const base = { relatedAddresses: [addressOf(other)], subject, steps };
  if (verdict === "rounding") {
    return [
      performanceFinding(
        "PERF.accounts.budget",
        project,
        mine,
        `${label}：${what} ${mine.text} 与${describeAmount(other, project)}的差额 ${differenceText(mine, project, other)} 在四舍五入尾差范围内，请确认。`,
        { ...base, rounding: true, headline: `${subject} ${mine.text} 与预算表 ${expected} 差额为四舍五入尾差，无需修改` },
      ),
    ];
  }
  const difference = `${label}：${what} ${mine.text} 与${describeAmount(other, project)}不一致（相差 ${differenceText(mine, project, other)}）`;
  if (unitSlip(mine, project, other)) {
    return [
      performanceFinding(
        "PERF.accounts.budget-unclear",
        project,
        mine,
        `${difference}，正好相差一万倍，请核对绩效目标表的金额单位（表中按“${project.table.unit}”读取）。`,
        base,
      ),
    ];
  }
  if (!certain) {
    return [performanceFinding("PERF.accounts.budget-unclear", project, mine, `${difference}；该部门还有一般公共预算以外的资金，请核对口径。`, base)];
  }
  return [performanceFinding("PERF.accounts.budget", project, mine, `${difference}，应为 ${expected}。`, { ...base, expected, actual: mine.text })];
}

function checkProject(project: PerformanceProject, set: TableSet): Finding[] {
  const amount = project.budgetAmount ?? (project.budget.find((l) => l.total) ?? project.budget[0])?.cells.full;
  const line = amount && projectLine(set, project);
  return amount && line ? compareBudget(project, amount, line, "预算数", allGeneralBudget(set)) : [];
}

function checkDepartment(project: PerformanceProject, set: TableSet): Finding[] {
  const line = project.budget.find((l) => l.total) ?? project.budget[0];
  if (!line) return [];
  const out: Finding[] = [];
  const full = accountAmount(set, DEPARTMENT_BUDGET.full);
  if (line.cells.full && full) out.push(...compareBudget(project, line.cells.full, full, "资金总额", true));
  const fiscal = accountAmount(set, DEPARTMENT_BUDGET.fiscal);
  if (line.cells.fiscal && fiscal) out.push(...compareBudget(project, line.cells.fiscal, fiscal, "财政拨款", true));
  return out;
}

/**
 * 绩效目标表 amounts against the 预算 tables of the same workbook: each project's 预算数 against its line of the
 * 一般公共预算项目支出预算表 (达州: 异地就医工作 5.00 = 5.00), the 部门整体 资金总额 against 部门支出总表 合计.
 */
export function checkBudgeted(projects: PerformanceProject[], tables: TableModel[]): Finding[] {
  const targets = projects.filter((p) => p.table.form === "目标表");
  if (targets.length === 0) return [];
  const sets = tableSets(tables.filter((t) => t.kind.family === "预算"));
  if (sets.length === 0) return [];
  return targets.flatMap((p) => {
    const set = tableSetFor(p, sets);
    if (!set) return [];
    return p.table.scope === "项目支出" ? checkProject(p, set) : checkDepartment(p, set);
  });
}
