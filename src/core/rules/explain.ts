import type { Finding } from "../findings/finding";
import { headlineOf } from "../findings/headline";
import type { Check } from "./evaluate";
import { cellSubject, termLabel, type Term } from "./terms";
import { Decimal, formatFixed } from "../numbers/decimal";
import { qualifiedAddress } from "../snapshot/address";

const MAX_TERMS_SHOWN = 6;

/** Cross-table rules have ids starting with X (X.J01-J02, XY.Y03-Y07). */
export function isCrossTable(ruleId: string): boolean {
  return /^X/.test(ruleId);
}

/** Turns a failed or tail check into a finding at the left-hand cell (the total), explained in Chinese. */
export function findingFromCheck(check: Check): Finding {
  const target = check.left[0];
  const places = decimalsOf(check);
  const rightValue = valueIn(check.right, target, places);
  const diff = formatFixed(check.difference.dividedBy(target.table.unitScale).abs(), places);
  const equation = equationOf(check);
  const mixed = mixedUnits(check);
  const base = {
    rule: check.rule.id,
    sheet: target.cell.sheet,
    cell: target.cell.address,
    related: relatedOf(check, target),
    table: target.table.kind.title,
    actual: formatFixed(target.cell.value, places),
    subject: cellSubject(target),
    steps: [equation],
  };
  if (check.status === "rounding") {
    const other = check.right.filter((t) => !t.cell.blank).length === 1 ? termLabel(check.right.find((t) => !t.cell.blank)!) : "各项之和";
    return {
      ...base,
      kind: "rounding",
      severity: "warning",
      message: `${check.context}：${describe(check.left, target, places, mixed)} 与 ${describe(check.right, target, places, mixed)} 相差 ${diff}，在四舍五入尾差范围内，请确认。`,
      headline: `${base.subject || check.context} ${base.actual} 与${other} ${rightValue} 差 ${diff}${samePrintedFigure(check) ? "：两表公开数字不同，建议统一尾数" : "（四舍五入尾差），无需修改，如需一致请调整尾数"}`,
      expected: rightValue,
    };
  }
  const expected = check.rule.comparison === "=" && check.left.length === 1 ? rightValue : undefined;
  const finding: Finding = {
    ...base,
    kind: isCrossTable(check.rule.id) ? "cross" : "sum",
    severity: check.rule.severity,
    message: `${equation}。${check.rule.name}`,
    expected,
  };
  const other = expected !== undefined ? loneCounterpart(check) : undefined;
  return other ? { ...finding, headline: `${headlineOf(finding)}；或${cellName(other)} 应为 ${base.actual}（两处同样可能，请核对）` } : finding;
}

/**
 * A cross-table tail of one printed figure against the same figure in another table, in the same unit: the public
 * reads two different numbers for one thing (461.49 here, 461.50 there), however small the difference.
 */
function samePrintedFigure(check: Check): boolean {
  const other = check.left.length === 1 ? loneCounterpart(check) : undefined;
  return isCrossTable(check.rule.id) && other !== undefined && other.table.unitScale.equals(check.left[0].table.unitScale);
}

/**
 * One cell against one other (收入支出决算总表 一般公共预算财政拨款收入 = 财政拨款收入支出决算总表 …), with no other
 * check to tell which is wrong: either may be, and the headline says so.
 */
function loneCounterpart(check: Check): Term | undefined {
  const shown = check.right.filter((t) => !t.cell.blank);
  return check.right.length === 1 && shown.length === 1 && shown[0].sign > 0 ? shown[0] : undefined;
}

/** “《财政拨款收入支出决算总表》C7 一般公共预算财政拨款收入” */
function cellName(term: Term): string {
  return `《${term.table.kind.title}》${term.cell.address} ${cellSubject(term)}`.trimEnd();
}

/** “210 卫生健康支出（本年支出合计）：本年支出合计 465.22 ≠ 基本支出 465.22 + 项目支出 63.00（相差 63.00）” */
export function equationOf(check: Check): string {
  const target = check.left[0];
  const places = decimalsOf(check);
  const diff = formatFixed(check.difference.dividedBy(target.table.unitScale).abs(), places);
  const relation = check.status === "rounding" ? "≈" : check.rule.comparison === "=" ? "≠" : check.rule.comparison === ">=" ? "<" : ">";
  const mixed = mixedUnits(check);
  return `${check.context}：${describe(check.left, target, places, mixed)} ${relation} ${describe(check.right, target, places, mixed)}（相差 ${diff}）`;
}

/** When tables of different units meet, every amount shows its unit. */
function mixedUnits(check: Check): boolean {
  const unit = check.left[0].table.unit;
  return [...check.left, ...check.right].some((t) => t.table.unit !== unit);
}

/** Value that would make the check hold for the target cell, in the target table's unit. */
function valueIn(terms: Term[], target: Term, places: number): string {
  const total = terms.reduce((acc, t) => acc.plus(t.cell.value.times(t.table.unitScale).times(t.sign)), new Decimal(0));
  return formatFixed(total.dividedBy(target.table.unitScale), places);
}

function describe(terms: Term[], target: Term, places: number, mixedUnits: boolean): string {
  const shown = terms.filter((t) => !t.cell.blank);
  if (shown.length === 0) return "0";
  const parts = shown.map((t, i) => `${i === 0 ? (t.sign < 0 ? "−" : "") : t.sign < 0 ? " − " : " + "}${termLabel(t)} ${amountText(t, places, mixedUnits)}`);
  if (parts.length <= MAX_TERMS_SHOWN) return parts.join("");
  return `${shown.length} 项之和 ${valueIn(shown, target, places)}`;
}

/** A cell's printed amount; when tables of different units meet, every amount shows its unit. */
function amountText(term: Term, places: number, mixedUnits: boolean): string {
  if (!mixedUnits) return formatFixed(term.cell.value, places);
  return `${formatFixed(term.cell.value, Math.max(2, term.cell.unit.decimalPlaces()))}${term.table.unit}`;
}

function decimalsOf(check: Check): number {
  const target = check.left[0];
  return Math.max(2, target.cell.unit.decimalPlaces());
}

function relatedOf(check: Check, target: Term): string[] {
  const out: string[] = [];
  for (const t of [...check.left, ...check.right]) {
    if (t === target) continue;
    const q = qualifiedAddress(t.cell.sheet, t.cell.row, t.cell.col);
    if (!out.includes(q)) out.push(q);
  }
  return out;
}
