import type { Finding } from "../../findings/finding";
import { ZERO } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import type { TableSet } from "../../rules/table-set";
import { qualifiedAddress } from "../../snapshot/address";
import type { TableModel } from "../../tables/table-model";
import { cellInterval } from "../amounts";
import type { BudgetLine, PerformanceProject, SourceCell } from "../model";
import { performanceFinding, projectLabel } from "../report";
import { moneyScale } from "../units";
import { PROJECT_SPENDING, SPENDING_LINES } from "../account-cells";
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

function spendingLine(label: string) {
  const t = label.replace(/^其中[:：]?/, "");
  return SPENDING_LINES.find((l) => l.label.test(t));
}

/**
 * One 整体自评 line against the 支出决算表 (and 一般公共预算财政拨款支出决算表) 合计 row. Agreeing with any source is
 * enough; a line that agrees with none is an error when its label is exact and every source prints the same
 * amount (沾益: 项目经费 63.00 = 支出决算表 项目支出 63.00), otherwise a warning listing what was compared.
 */
function checkLine(project: PerformanceProject, set: TableSet, line: BudgetLine): Finding[] {
  const spent = line.cells.executed;
  const kind = spendingLine(line.label);
  if (!kind || spent?.value === undefined) return [];
  const sources = kind.sources.map((s) => accountAmount(set, s)).filter((s): s is AccountAmount => s !== undefined);
  if (sources.length === 0) return [];
  const verdicts = sources.map((s) => judgeAgainst(spent, project, s));
  if (verdicts.includes("equal")) return [];
  const label = projectLabel(project);
  const subject = `${label}·${line.label}·实际支出`;
  const compared = sources.map((s) => describeAmount(s, project));
  const steps = [`自评表 ${spent.address} ${line.label} 实际支出 ${spent.text}${project.table.unit}`, ...compared.map((c) => `决算表：${c}`)];
  const relatedAddresses = sources.map(addressOf);
  const tail = verdicts.indexOf("rounding");
  if (tail >= 0) {
    return [
      performanceFinding(
        "PERF.accounts.spent",
        project,
        spent,
        `${label}：自评表“${line.label}”实际支出 ${spent.text}，${compared[tail]}，差额 ${differenceText(spent, project, sources[tail])} 在四舍五入尾差范围内，请确认。`,
        {
          relatedAddresses,
          rounding: true,
          subject,
          steps,
          headline: `${subject} ${spent.text} 与${sources[tail].label} ${inProjectUnit(sources[tail], project)} 差额为四舍五入尾差，无需修改`,
        },
      ),
    ];
  }
  const values = new Set(sources.map((s) => inProjectUnit(s, project)));
  if (sources.some((s) => unitSlip(spent, project, s))) {
    return [
      performanceFinding(
        "PERF.accounts.spent-unclear",
        project,
        spent,
        `${label}：自评表“${line.label}”实际支出 ${spent.text}，与${compared.join("、")}正好相差一万倍，请核对自评表的金额单位（表中按“${project.table.unit}”读取）。`,
        { relatedAddresses, subject, steps },
      ),
    ];
  }
  if (kind.strict && values.size === 1) {
    const expected = inProjectUnit(sources[0], project);
    return [
      performanceFinding(
        "PERF.accounts.spent",
        project,
        spent,
        `${label}：自评表“${line.label}”实际支出 ${spent.text}，与同一工作簿${compared.join("、")}不一致（相差 ${differenceText(spent, project, sources[0])}），应为 ${expected}。`,
        { relatedAddresses, expected, actual: spent.text, subject, steps },
      ),
    ];
  }
  return [
    performanceFinding(
      "PERF.accounts.spent-unclear",
      project,
      spent,
      `${label}：自评表“${line.label}”实际支出 ${spent.text}，与${compared.join("、")}都不相等，请核对该行的口径与金额。`,
      { relatedAddresses, subject, steps },
    ),
  ];
}

/** Σ 执行数 of the 项目自评表 against the 项目支出 of the 支出决算表 (≤, within rounding). */
function checkProjectSum(projects: PerformanceProject[], sets: TableSet[]): Finding[] {
  const lines = projects
    .map((p) => ({ project: p, line: p.budget.find((l) => l.total) ?? p.budget[0] }))
    .filter((x) => x.line?.cells.executed?.value !== undefined);
  if (lines.length === 0 || sets.length !== 1) return [];
  const total = accountAmount(sets[0], PROJECT_SPENDING);
  if (!total) return [];
  const scale = moneyScale(lines[0].project.table.unit);
  if (lines.some((x) => !moneyScale(x.project.table.unit).eq(scale))) return [];
  const sum = lines.reduce((acc, x) => acc.plus(x.line!.cells.executed!.value!), ZERO);
  const sumInterval = sumIntervals(lines.map((x) => cellInterval(x.line!.cells.executed, scale)));
  const theirs = RoundingInterval.of(total.cell.value, total.cell.unit).scale(total.table.unitScale);
  const verdict = judgeAmounts(sum.times(scale), sumInterval, total.cell.value.times(total.table.unitScale), theirs, "<=");
  if (verdict === "equal") return [];
  const anchor = projectSpendingCell(total);
  const project = lines[0].project;
  const steps = [
    ...lines.map((x) => `${projectLabel(x.project)} 执行数 ${x.line!.cells.executed!.text}`),
    `合计 ${sum.toFixed(2)}${project.table.unit}`,
    `${describeAmount(total, project)}`,
  ];
  const relatedAddresses = lines.map((x) => qualifiedAddress(x.line!.cells.executed!.sheet, x.line!.cells.executed!.row, x.line!.cells.executed!.col));
  const what = `${lines.length} 个项目自评表的全年执行数之和 ${sum.toFixed(2)}`;
  return [
    performanceFinding(
      "PERF.accounts.projects",
      project,
      anchor,
      verdict === "rounding"
        ? `${what} 与${describeAmount(total, project)}的差额在四舍五入尾差范围内，请确认。`
        : `${what} 超过${describeAmount(total, project)}；自评项目是项目支出的一部分，请核对各项目执行数。`,
      { relatedAddresses, rounding: verdict === "rounding", subject: "项目支出·各项目执行数之和", steps },
    ),
  ];
}

function projectSpendingCell(total: AccountAmount): SourceCell {
  return {
    sheet: total.cell.sheet,
    row: total.cell.row,
    col: total.cell.col,
    address: total.cell.address,
    text: total.cell.parsed.kind === "number" ? total.cell.value.toFixed(2) : "",
  };
}

/** 自评表 amounts against the 决算 tables of the same workbook: 整体 lines, and Σ 项目 执行数 ≤ 项目支出. */
export function checkSpending(projects: PerformanceProject[], tables: TableModel[]): Finding[] {
  const evaluations = projects.filter((p) => p.table.form === "自评表");
  if (evaluations.length === 0) return [];
  const sets = tableSets(tables);
  if (sets.length === 0) return [];
  const whole = evaluations
    .filter((p) => p.table.scope === "部门整体支出")
    .flatMap((p) => {
      const set = tableSetFor(p, sets);
      return set ? p.budget.flatMap((line) => checkLine(p, set, line)) : [];
    });
  return [
    ...whole,
    ...checkProjectSum(
      evaluations.filter((p) => p.table.scope === "项目支出"),
      sets,
    ),
  ];
}
