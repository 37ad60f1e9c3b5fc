import type { Finding } from "../findings/finding";
import type { AmountCell, TableModel, TableRow } from "../tables/table-model";
import type { Check } from "./evaluate";
import type { Term } from "./terms";
import { cellSubject, rowLabel, termLabel } from "./terms";
import { equationOf, findingFromCheck, isCrossTable } from "./explain";
import { summarizeMany } from "./summarize";
import { Decimal, ZERO, formatFixed } from "../numbers/decimal";
import { qualifiedAddress } from "../snapshot/address";
import { addressOf, Confirmations, type Confirmation } from "./confirmations";
import { totalWithUnknownLines } from "./unknown-lines";

/**
 * Finds the cell most likely wrong. When several failed checks share one cell and each of them would
 * balance with the same corrected value of that cell (卫生健康支出 基本支出 465.22 → 402.22 fixes the row sum,
 * the class sum and the 合计 row at once), that cell is reported once, with the corrected value, instead of
 * a finding at each total.
 */
export function findingsFromChecks(checks: Check[], confirm: (failed: readonly Check[]) => Confirmations = () => Confirmations.NONE): Finding[] {
  const errors = checks.filter((c) => c.status === "error");
  const used = new Set<Check>();
  const findings: Finding[] = [];
  for (const suspect of suspects(errors)) {
    const open = suspect.checks.filter((c) => !used.has(c));
    if (open.length < 2) continue;
    open.forEach((c) => used.add(c));
    findings.push(blameFinding(suspect, open));
  }
  const { single, summaries } = summarizeMany([...errors.filter((c) => !used.has(c)), ...sameSlipOnce(checks.filter((c) => c.status === "rounding"))]);
  const confirmations = confirm(single.filter((c) => c.status === "error" && c.rule.comparison === "="));
  const singles = single.filter((c) => c.status === "error").map((check) => ({ check, finding: singleFinding(check, confirmations) }));
  for (const f of withCorrectedItems(singles, findings)) findings.push(f);
  for (const f of roundingFindings(single.filter((c) => c.status === "rounding"))) findings.push(f);
  for (const f of summaries) findings.push(f);
  return oncePerCell(findings);
}

/**
 * A total whose printed items include one that another finding corrects (徐圩乡 2020: 公务用车购置及运行费 left empty,
 * found to be 35 by its 购置 25 + 运行 10) is told with that correction counted: its 合计 应为 46.52, not the 11.52 the
 * printed items add to. A total the corrected items would confirm as printed is no finding of its own.
 */
function withCorrectedItems(singles: { check: Check; finding: Finding }[], earlier: readonly Finding[]): Finding[] {
  const corrected = new Map<string, Decimal>();
  for (const f of [...earlier, ...singles.map((s) => s.finding)])
    if (f.severity === "error" && f.expected !== undefined && PLAIN_AMOUNT.test(f.expected)) corrected.set(`${f.sheet}!${f.cell}`, new Decimal(f.expected));
  const out: Finding[] = [];
  for (const { check, finding } of singles) {
    const adjusted = totalWithCorrectedItems(check, finding, corrected);
    if (adjusted) out.push(adjusted);
  }
  return out;
}

const PLAIN_AMOUNT = /^-?\d+(\.\d+)?$/;

function totalWithCorrectedItems(check: Check, finding: Finding, corrected: ReadonlyMap<string, Decimal>): Finding | undefined {
  const total = check.left[0];
  if (check.left.length !== 1 || finding.expected === undefined || finding.cell !== total.cell.address || finding.rule !== check.rule.id) return finding;
  let shift = ZERO;
  const names: string[] = [];
  for (const term of check.right) {
    const value = corrected.get(`${term.cell.sheet}!${term.cell.address}`);
    if (value === undefined || term.cell === total.cell) continue;
    shift = shift.plus(value.minus(term.cell.value).times(term.table.unitScale).times(term.sign));
    names.push(`${termLabel(term)} 应为 ${formatFixed(value, Math.max(2, term.cell.unit.decimalPlaces()))}`);
  }
  if (shift.isZero()) return finding;
  const implied = total.cell.value.minus(check.difference.minus(shift).dividedBy(total.table.unitScale));
  if (implied.equals(total.cell.value)) return undefined;
  const expected = formatFixed(implied, Math.max(2, total.cell.unit.decimalPlaces(), finding.expected.split(".")[1]?.length ?? 0));
  return { ...finding, expected, message: `${finding.message}。其中 ${names.join("、")}（见该处），更正后此数应为 ${expected}` };
}

/**
 * One cell found off by the same amount against two tables (部门收支总表 社会保障和就业支出 408.99 against the 项 of
 * 部门支出总表 and of 一般公共预算支出表, both 409.00) is one slip: one finding, the other table's cells related.
 */
function oncePerCell(findings: Finding[]): Finding[] {
  const at = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = f.expected === undefined ? undefined : `${f.sheet}!${f.cell}=${f.expected}`;
    const index = key === undefined ? undefined : at.get(key);
    if (index === undefined) {
      if (key !== undefined) at.set(key, out.length);
      out.push(f);
      continue;
    }
    const seen = out[index];
    out[index] = { ...seen, related: [...new Set([...seen.related, ...f.related])], steps: [...(seen.steps ?? []), ...(f.steps ?? [])] };
  }
  return out;
}

/**
 * One tail seen from both tables (收入支出决算总表 210 = 支出决算表 210, and 支出决算表 210 = 收入支出决算总表 210) is
 * one slip: checks over the same cells with the same gap are reported once.
 */
function sameSlipOnce(tails: Check[]): Check[] {
  const seen = new Set<string>();
  return tails.filter((c) => {
    const cells = [...c.left, ...c.right].filter((t) => !t.cell.blank).map((t) => qualifiedAddress(t.cell.sheet, t.cell.row, t.cell.col));
    const key = `${[...new Set(cells)].sort().join(",")}|${c.difference.abs().toString()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One rounding tail usually repeats across the copied columns of a row (总计, 合计, 小计 …): the same rule, row
 * and difference give one warning at the first cell, the other cells listed as related.
 */
function roundingFindings(tails: Check[]): Finding[] {
  const groups = new Map<string, Check[]>();
  for (const c of tails) {
    const cell = c.left[0].cell;
    const key = `${c.rule.id}|${cell.sheet}|${cell.row}|${c.difference.toString()}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()].map(([first, ...rest]) => {
    const finding = findingFromCheck(first);
    if (rest.length === 0) return finding;
    const same = rest.map((c) => c.left[0].cell.address);
    const related = rest.map((c) => qualifiedAddress(c.left[0].cell.sheet, c.left[0].cell.row, c.left[0].cell.col));
    return { ...finding, related: [...new Set([...finding.related, ...related])], message: `${finding.message}（同一行 ${same.join("、")} 的尾差相同）` };
  });
}

interface Suspect {
  term: Term;
  implied: Decimal;
  checks: Check[];
  /** How far the corrected value may lie from `implied` through the rounding of the check's other printed amounts. */
  spread: Decimal;
  /** Some of its checks hold with the corrected value only within rounding (another check told the value exactly). */
  withinTail?: boolean;
}

/** Cells whose single correction balances two or more failed checks, best explanation first. */
function suspects(errors: Check[]): Suspect[] {
  const byCell = new Map<string, Suspect[]>();
  for (const check of errors) {
    if (check.rule.comparison !== "=") continue;
    for (const [term, inLeft] of [...check.left.map((t) => [t, true] as const), ...check.right.map((t) => [t, false] as const)]) {
      const coefficient = inLeft ? term.sign : -term.sign;
      const implied = term.cell.value.minus(check.difference.dividedBy(term.table.unitScale).times(coefficient));
      const key = qualifiedAddress(term.cell.sheet, term.cell.row, term.cell.col);
      const list = byCell.get(key) ?? [];
      const same = list.find((s) => s.implied.equals(implied));
      if (same) same.checks.push(check);
      else list.push({ term, implied, checks: [check], spread: spreadOf(check, term) });
      byCell.set(key, list);
    }
  }
  for (const check of errors) if (check.rule.comparison !== "=") joinInequality(check, byCell);
  return [...byCell.values()]
    .flatMap(sameSlipWithinRounding)
    .filter((s) => s.checks.length >= 2)
    .sort((a, b) => b.checks.length - a.checks.length);
}

/**
 * The rounding the other printed amounts of a check leave to the corrected value of one of its cells, in that
 * cell's unit: half a printed unit each (a blank is exactly zero).
 */
function spreadOf(check: Check, term: Term): Decimal {
  let spread = ZERO;
  for (const t of [...check.left, ...check.right]) if (t !== term) spread = spread.plus(t.cell.unit.times(t.table.unitScale).dividedBy(2));
  return spread.dividedBy(term.table.unitScale);
}

/**
 * Two corrections of one cell that differ only within the rounding of their checks' other amounts are one slip
 * (红河 因公出国 增加额 left empty: 4.20 by its line, 本年 − 上年, and 4.21 by its column's 合计, whose three rounded
 * parts allow 4.195–4.225): one suspect, with the value the narrower check tells.
 */
function sameSlipWithinRounding(list: Suspect[]): Suspect[] {
  if (list.length < 2) return list;
  const byPrecision = [...list].sort((a, b) => a.spread.comparedTo(b.spread));
  const kept: Suspect[] = [];
  for (const suspect of byPrecision) {
    const into = kept.find((k) => k.implied.minus(suspect.implied).abs().lte(k.spread.plus(suspect.spread)));
    if (!into) kept.push(suspect);
    else {
      into.checks.push(...suspect.checks);
      into.withinTail = true;
    }
  }
  return kept;
}

/**
 * A failed ≥ / ≤ check joins a suspect of one of its cells when that suspect's corrected value would make it hold
 * (三公 公务接待费 below the 基本支出表's 30217 and the 合计 not adding up: the item is wrong, not the 合计).
 */
function joinInequality(check: Check, byCell: Map<string, Suspect[]>): void {
  for (const [term, inLeft] of [...check.left.map((t) => [t, true] as const), ...check.right.map((t) => [t, false] as const)]) {
    const coefficient = inLeft ? term.sign : -term.sign;
    for (const suspect of byCell.get(qualifiedAddress(term.cell.sheet, term.cell.row, term.cell.col)) ?? []) {
      const change = suspect.implied.minus(term.cell.value).times(term.table.unitScale).times(coefficient);
      const after = check.difference.plus(change);
      if (check.rule.comparison === ">=" ? after.gte(0) : after.lte(0)) suspect.checks.push(check);
    }
  }
}

/**
 * A check that fails on its own. The equations that hold decide first: when every cell but one agrees with an
 * equation independent of this one (the 合计 with the other table's same figure, 基本支出 with 人员经费 + 公用经费 …),
 * that one is the culprit — an item with its corrected value, or the total. Else an item with a typical slip; else,
 * when the total is confirmed, the items left to check (no corrected value can be told); else the total, as the
 * rule reads.
 */
function singleFinding(check: Check, confirmations: Confirmations): Finding {
  const extra = totalWithUnknownLines(check);
  if (extra) return totalWithExtraLines(check, extra);
  const weighed = weigh(check, confirmations);
  const [culprit] = weighed.open;
  if (weighed.open.length === 1 && weighed.because.length > 0) {
    if (culprit.term === check.left[0] && check.left.length === 1) return withConfirmations(findingFromCheck(check), weighed.because);
    return blameFinding(culprit, [check], weighed.because);
  }
  const slip = typicalSlip(check, confirmations);
  if (slip) return blameFinding(slip, [check]);
  if (!weighed.total || weighed.open.length === 1 || (weighed.open.length === 0 && check.right.length < 2)) return findingFromCheck(check);
  // the total is confirmed: the difference lies in the items, those left unconfirmed or — when every item agrees with
  // some other equation too (“0 = 0 + 0” down a column) — any of them; never a corrected value for the total
  return weighed.open.length > 1
    ? itemsToCheck(
        check,
        weighed.total,
        weighed.open.map((o) => o.term),
        "未经印证的",
      )
    : itemsToCheck(check, weighed.total, check.right, "");
}

interface Weighed {
  /** Cells no holding equation confirms and whose correction is possible (a printed amount is not made negative). */
  open: Suspect[];
  /** The holding equations that confirm the other cells. */
  because: Confirmation[];
  /** The one that confirms the total (the single left-hand cell), if any. */
  total?: Confirmation;
}

function weigh(check: Check, confirmations: Confirmations): Weighed {
  const weighed: Weighed = { open: [], because: [] };
  if (check.rule.comparison !== "=") return weighed;
  for (const [term, inLeft] of [...check.left.map((t) => [t, true] as const), ...check.right.map((t) => [t, false] as const)]) {
    const confirmation = confirmations.independent(term, check);
    if (confirmation) {
      if (!weighed.because.includes(confirmation)) weighed.because.push(confirmation);
      if (inLeft && check.left.length === 1) weighed.total = confirmation;
      continue;
    }
    const implied = term.cell.value.minus(check.difference.dividedBy(term.table.unitScale).times(inLeft ? term.sign : -term.sign));
    if (implied.isNegative() && !term.cell.value.isNegative()) continue;
    if (!weighed.open.some((o) => addressOf(o.term) === addressOf(term))) weighed.open.push({ term, implied, checks: [check], spread: spreadOf(check, term) });
  }
  return weighed;
}

/**
 * The total agrees with an independent equation and several items could be wrong: the finding stays at the total's
 * line but tells no corrected value for it — it names the items to check and the difference they must account for.
 */
function itemsToCheck(check: Check, total: Confirmation, items: readonly Term[], which: string): Finding {
  const finding = findingFromCheck(check);
  const target = check.left[0];
  const places = Math.max(2, target.cell.unit.decimalPlaces());
  const diff = formatFixed(check.difference.dividedBy(target.table.unitScale).abs(), places);
  const names = items.map(termLabel).join("、");
  const label = finding.subject || check.context;
  return {
    ...finding,
    expected: undefined,
    headline: `${label} ${finding.actual} 与各项之和差 ${diff}：${label} 已与“${total.name}”相符，请核对 ${names}`,
    message: `${equationOf(check)}。${check.rule.name}。${label} 已由另一核对印证（${total.name}），差额 ${diff} 应出在${which} ${names} 中，请逐项核对。`,
    steps: [...(finding.steps ?? []), confirmedStep([total])],
  };
}

/** The total also counts lines the table's kind does not know: a warning about what the table covers, no 应为. */
function totalWithExtraLines(check: Check, lines: TableRow[]): Finding {
  const finding = findingFromCheck(check);
  const names = lines.map((l) => rowLabel(l)).join("、");
  const label = finding.subject || check.context;
  const note = `${label} ${finding.actual} 比各项之和多出的正好是表中另列的 ${names}：合计包含了《${check.table.kind.title}》口径以外的项目`;
  return {
    ...finding,
    severity: "warning",
    expected: undefined,
    headline: `${note}，请确认表的口径（如应只含本表的项目，合计不应包含 ${names}）`,
    message: `${equationOf(check)}。${note}，请确认表的口径。`,
  };
}

function withConfirmations(finding: Finding, because: Confirmation[]): Finding {
  return { ...finding, steps: [...(finding.steps ?? []), confirmedStep(because)] };
}

function confirmedStep(because: Confirmation[]): string {
  return `其余各数与另外的核对相符：${because.map((c) => c.name).join("；")}`;
}

/**
 * A sum that fails on its own: the finding goes to the total unless one item shows a typical slip — it repeats the
 * total's value, or it is its corrected value with one digit dropped (1234.56 typed 134.56) — and no holding
 * equation confirms that item. Then the item is the culprit and the fix names it. A dropped digit is no certainty
 * when another printed amount of the sum is one mistyped digit away from its own correction (烈山 2023: 公务接待费
 * 196.48 typed 186.48 leaves 合计 10.00 above its items, and 因公出国 1.70 is 11.70 with a 1 dropped): the total then.
 */
function typicalSlip(check: Check, confirmations: Confirmations): Suspect | undefined {
  if (check.rule.comparison !== "=" || check.left.length !== 1 || check.right.length < 2) return undefined;
  const total = check.left[0].cell;
  let found: Suspect | undefined;
  for (const term of check.right) {
    if (term.sign !== 1 || term.cell.blank || confirmations.independent(term, check)) continue;
    const implied = term.cell.value.minus(check.difference.dividedBy(term.table.unitScale).times(-1));
    const repeats = term.table === check.left[0].table && term.cell.value.equals(total.value) && check.right.some((t) => t !== term && !t.cell.value.isZero());
    if (!repeats && (!droppedDigit(term.cell, implied) || anotherDigitSlip(check, term))) continue;
    if (found || implied.isNegative()) return undefined; // two candidates: no certainty
    found = { term, implied, checks: [check], spread: spreadOf(check, term) };
  }
  return found;
}

/** Another amount of the sum (an item or the total) whose correction differs from it in one digit only. */
function anotherDigitSlip(check: Check, suspect: Term): boolean {
  for (const term of [...check.left, ...check.right]) {
    if (term === suspect || term.cell.blank) continue;
    const gap = check.difference.dividedBy(term.table.unitScale);
    const corrected = check.left.includes(term) ? term.cell.value.minus(gap.times(term.sign)) : term.cell.value.plus(gap.times(term.sign));
    if (oneDigitApart(term.cell, corrected)) return true;
  }
  return false;
}

/** The printed amount and its correction differ in one digit (both at the cell's printed decimals). */
function oneDigitApart(cell: AmountCell, corrected: Decimal): boolean {
  if (corrected.isNegative() || cell.value.isNegative()) return false;
  const places = Math.max(2, cell.unit.decimalPlaces());
  const [typed, right] = [formatFixed(cell.value, places), formatFixed(corrected, places)];
  if (typed.length !== right.length) return false;
  let differing = 0;
  for (let i = 0; i < typed.length; i++) if (typed[i] !== right[i]) differing++;
  return differing === 1;
}

/** The corrected value with one digit left out gives the printed one (both at the cell's printed decimals). */
function droppedDigit(cell: AmountCell, implied: Decimal): boolean {
  const places = Math.max(2, cell.unit.decimalPlaces());
  const typed = formatFixed(cell.value, places).replace(/[-.]/g, "").replace(/^0+/, "");
  const right = formatFixed(implied, places).replace(/[-.]/g, "").replace(/^0+/, "");
  if (right.length !== typed.length + 1 || typed.length < 3) return false;
  for (let i = 0; i < right.length; i++) if (right.slice(0, i) + right.slice(i + 1) === typed) return true;
  return false;
}

function blameFinding(suspect: Suspect, checks: Check[], because?: Confirmation[]): Finding {
  const { term, implied } = suspect;
  const places = Math.max(2, term.cell.unit.decimalPlaces());
  const actual = formatFixed(term.cell.value, places);
  const expected = formatFixed(implied, places);
  const where = describeCell(term.table, term.cell);
  const related = new Set<string>();
  const self = qualifiedAddress(term.cell.sheet, term.cell.row, term.cell.col);
  for (const c of checks) for (const t of [...c.left, ...c.right]) related.add(qualifiedAddress(t.cell.sheet, t.cell.row, t.cell.col));
  related.delete(self);
  const reasons = checks.map((c) => findingFromCheck(c).message).join("；");
  const why = because
    ? `其余各数与另外的核对相符（${because.map((c) => c.name).join("；")}），只有此数未得印证；改为 ${expected} 后核对相符——`
    : `改为 ${expected} 后，以下 ${checks.length} 处核对全部相符${suspect.withinTail ? "（部分在四舍五入尾差以内）" : ""}——`;
  return {
    rule: checks[0].rule.id,
    kind: checks.every((c) => isCrossTable(c.rule.id)) ? "cross" : "sum",
    severity: "error",
    sheet: term.cell.sheet,
    cell: term.cell.address,
    related: [...related],
    table: term.table.kind.title,
    message: `${where} ${actual} 应为 ${expected}（相差 ${formatFixed(term.cell.value.minus(implied).abs(), places)}）：${why}${reasons}`,
    expected,
    actual,
    subject: cellSubject(term),
    steps: because ? [...checks.map(equationOf), confirmedStep(because)] : checks.map(equationOf),
  };
}

function describeCell(table: TableModel, cell: AmountCell): string {
  for (const row of table.rows) {
    if (row.row !== cell.row) continue;
    for (const [column, c] of row.cells) if (c.col === cell.col) return `${rowLabel(row)} ${column}`;
  }
  return cell.address;
}
