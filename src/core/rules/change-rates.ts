import type { Finding } from "../findings/finding";
import type { EngineRuleId } from "../findings/rule-id";
import type { AmountCell, TableModel, TableRow } from "../tables/table-model";
import { HUNDRED, formatFixed } from "../numbers/decimal";
import { RoundingInterval } from "../numbers/rounding-interval";
import { judgeDerived, percentInterval, type Verdict } from "../numbers/verdict";
import { qualifiedAddress } from "../snapshot/address";
import { rowLabel } from "./terms";
import type { PlaceCounts } from "./evaluate";
import { CHANGE_COLUMNS } from "../tables/change-columns";

const RULE: EngineRuleId = "table.change-rate";

const { change: CHANGE, base: BASE } = CHANGE_COLUMNS;

/**
 * A change rate printed beside its change (红河 增加额 | 增加幅度, 施甸 增、减金额 | 增、减幅度) is the change over last year's
 * amount: each line's rate is judged against the interval its printed change and base allow (the one verdict for
 * derived figures). A rate printed as a plain number under a rate head is read as percentage points, or as a ratio
 * when that is what agrees; a line without a change, a base or a rate, or with a base of 0, is not judged.
 */
export function changeRateFindings(tables: readonly TableModel[], places?: PlaceCounts): Finding[] {
  const findings: Finding[] = [];
  for (const table of tables) {
    const col = table.changeRateCol;
    if (col === undefined || !table.columns.some((c) => c.key === BASE)) continue;
    let judged = 0;
    for (const row of table.rows) {
      const verdict = judgeLine(table, row, col);
      if (verdict === undefined) continue;
      judged++;
      if (verdict !== "equal") findings.push(verdict);
    }
    if (places && judged > 0) (places.get(table) ?? places.set(table, new Map()).get(table)!).set(RULE, judged);
  }
  return findings;
}

/** The line's rate judged: nothing when it cannot be, "equal" when it agrees, else the finding. */
function judgeLine(table: TableModel, row: TableRow, col: number): Finding | "equal" | undefined {
  if (row.count || row.derived || !row.cells.cellAt) return undefined;
  const rate = row.cells.cellAt(col);
  const change = row.cells.get(CHANGE);
  const base = row.cells.get(BASE);
  if (rate.blank || rate.parsed.kind !== "number" || !change || change.blank || !base || base.blank) return undefined;
  const allowed = percentInterval(RoundingInterval.of(change.value, change.unit), RoundingInterval.of(base.value, base.unit));
  if (!allowed) return undefined;
  const verdict = bestReading(rate, allowed);
  if (verdict === "equal" || agreesWithAmounts(table, row, rate, base)) return "equal";
  return rateFinding(table, row, rate, change, base, verdict);
}

/**
 * The rate agrees with this year's and last year's amounts themselves: then the printed change is the slip, and the
 * change rule (J07.change, Y09.change) names it, never the right rate beside it.
 */
function agreesWithAmounts(table: TableModel, row: TableRow, rate: AmountCell, base: AmountCell): boolean {
  const current = row.cells.get(table.kind.family === "决算" ? "决算数" : "预算数");
  if (!current || current.blank) return false;
  const baseInterval = RoundingInterval.of(base.value, base.unit);
  const allowed = percentInterval(RoundingInterval.of(current.value, current.unit).minus(baseInterval), baseInterval);
  return allowed !== undefined && bestReading(rate, allowed) === "equal";
}

/** The stated rate's readings: a % cell as percentage points; a plain number as points, else as a ratio. */
function bestReading(rate: AmountCell, allowed: RoundingInterval): Verdict {
  const percent = rate.parsed.kind === "number" && rate.parsed.percent;
  const points = judgeDerived(rate.value.times(percent ? HUNDRED : 1), rate.unit.times(percent ? HUNDRED : 1), allowed);
  if (points === "equal" || percent) return points;
  const ratio = judgeDerived(rate.value.times(HUNDRED), rate.unit.times(HUNDRED), allowed);
  return ratio === "equal" || points === "error" ? ratio : points;
}

function rateFinding(table: TableModel, row: TableRow, rate: AmountCell, change: AmountCell, base: AmountCell, verdict: Verdict): Finding {
  const percent = rate.parsed.kind === "number" && rate.parsed.percent;
  const places = Math.max(0, rate.unit.times(percent ? HUNDRED : 1).decimalPlaces());
  const sign = percent ? "%" : "";
  const right = change.value.dividedBy(base.value).times(HUNDRED);
  const actual = `${formatFixed(rate.value.times(percent ? HUNDRED : 1), places)}${sign}`;
  const expected = `${formatFixed(right, places)}${sign}`;
  const equation = `${rowLabel(row)}：增减率 ${actual}，增减额 ${formatFixed(change.value, 2)} ÷ 上年数 ${formatFixed(base.value, 2)} = ${formatFixed(right, Math.max(places, 2))}%`;
  const related = [change, base].map((c) => qualifiedAddress(c.sheet, c.row, c.col));
  const common = {
    rule: RULE,
    sheet: rate.sheet,
    cell: rate.address,
    related,
    table: table.kind.title,
    actual,
    subject: `${rowLabel(row)}·增减率`,
    steps: [equation],
  };
  if (verdict === "rounding")
    return { ...common, kind: "rounding", severity: "warning", expected, message: `${equation}，差一个末位（尾数截断或四舍五入不同），请确认。` };
  return { ...common, kind: "sum", severity: "error", expected, message: `${equation}，应为 ${expected}。增减率 = 增减额 ÷ 上年数` };
}
