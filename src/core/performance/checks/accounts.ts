import { Decimal, formatFixed } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeAmounts, type Verdict } from "../../numbers/verdict";
import { groupIntoSets, type TableSet } from "../../rules/table-set";
import { qualifiedAddress } from "../../snapshot/address";
import type { AmountCell, TableModel } from "../../tables/table-model";
import { compact } from "../../text/normalize";
import { cellInterval } from "../amounts";
import type { NumberCell, PerformanceProject } from "../model";
import { moneyScale } from "../units";
import type { AccountCell } from "../account-cells";

/**
 * The same money in a 绩效 table and in the amount tables of the same workbook: which reporting unit's tables
 * to read, where a named cell is, and the verdict (verdict.ts) on the two printed amounts, units converted.
 */

/** One amount of a recognised 决算/预算 table, named for messages: “《支出决算表》合计·基本支出”. */
export interface AccountAmount {
  table: TableModel;
  cell: AmountCell;
  label: string;
}

/** The reporting unit whose tables go with a project: the only one, or the one whose 部门 line names it. */
export function tableSetFor(project: PerformanceProject, sets: TableSet[]): TableSet | undefined {
  if (sets.length === 1) return sets[0];
  const name = compact(project.name);
  const named = sets.filter((s) => s.tables.some((t) => t.department && (compact(t.department).includes(name) || name.includes(compact(t.department)))));
  return named.length === 1 ? named[0] : undefined;
}

export function tableSets(tables: TableModel[]): TableSet[] {
  return groupIntoSets(tables.filter((t) => t.kind.family !== "绩效"));
}

export function accountAmount(set: TableSet, where: AccountCell): AccountAmount | undefined {
  const table = set.table(where.table);
  if (!table) return undefined;
  const row = set.rowWith(table, where.row, where.column);
  const cell = row?.cells.get(where.column);
  if (!cell || cell.parsed.kind === "invalid") return undefined;
  return { table, cell, label: `《${table.kind.title}》${where.row}·${where.column}` };
}

/** The 绩效 table's amount against a table amount, both in 元 (the 绩效 table's unit scaled by `slip`). */
export function judgeAgainst(mine: NumberCell, project: PerformanceProject, other: AccountAmount, slip: Decimal = ONE): Verdict {
  const scale = moneyScale(project.table.unit).times(slip);
  const theirs = RoundingInterval.of(other.cell.value, other.cell.unit).scale(other.table.unitScale);
  return judgeAmounts(mine.value!.times(scale), cellInterval(mine, scale), other.cell.value.times(other.table.unitScale), theirs);
}

const ONE = new Decimal(1);
const TEN_THOUSAND = new Decimal(10000);

/**
 * The two amounts agree once the 绩效 table's unit is taken as 元 for 万元 or 万元 for 元 (473920.00 against
 * 473.92 万元): the unit was misread or misprinted — something to check, not a wrong amount.
 */
export function unitSlip(mine: NumberCell, project: PerformanceProject, other: AccountAmount): boolean {
  return [ONE.dividedBy(TEN_THOUSAND), TEN_THOUSAND].some((slip) => judgeAgainst(mine, project, other, slip) !== "error");
}

/** The other amount in the 绩效 table's unit, two decimals: 473.92 (万元). */
export function inProjectUnit(other: AccountAmount, project: PerformanceProject): string {
  return formatFixed(other.cell.value.times(other.table.unitScale).dividedBy(moneyScale(project.table.unit)), 2);
}

/**
 * “《支出决算表》合计·基本支出 473.92万元（公开03表!D7）”; in the 绩效 table's unit too when the tables' units
 * differ (“34672000.00元 = 3467.20万元”).
 */
export function describeAmount(other: AccountAmount, project: PerformanceProject): string {
  const own = `${formatFixed(other.cell.value, Math.max(2, other.cell.unit.decimalPlaces()))}${other.table.unit}`;
  const converted = other.table.unit === project.table.unit ? "" : ` = ${inProjectUnit(other, project)}${project.table.unit}`;
  return `${other.label} ${own}${converted}（${addressOf(other)}）`;
}

export function addressOf(other: AccountAmount): string {
  return qualifiedAddress(other.cell.sheet, other.cell.row, other.cell.col);
}

/** |mine − other| in the 绩效 table's unit. */
export function differenceText(mine: NumberCell, project: PerformanceProject, other: AccountAmount): string {
  const scale = moneyScale(project.table.unit);
  const theirs = other.cell.value.times(other.table.unitScale).dividedBy(scale);
  return formatFixed(mine.value!.minus(theirs).abs(), 2);
}
