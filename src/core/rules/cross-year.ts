import type { Finding } from "../findings/finding";
import type { EngineRuleId } from "../findings/rule-id";
import type { AmountCell, TableModel } from "../tables/table-model";
import { judgeAmounts } from "../numbers/verdict";
import { RoundingInterval } from "../numbers/rounding-interval";
import { Decimal, formatFixed } from "../numbers/decimal";
import { groupIntoSets, type TableSet } from "./table-set";

/**
 * This year's 年初结转和结余 is last year's 年末结转和结余 (docs/domain.md): in 收入支出决算总表, and per fund in
 * 财政拨款收入支出决算总表. A difference may be a legitimate adjustment (年初数调整), so it is a warning that asks
 * for the explanation, never an error.
 */
const PAIRS: { table: string; start: [string, string]; end: [string, string]; label: string }[] = [
  { table: "收入支出决算总表", start: ["年初结转和结余", "金额"], end: ["年末结转和结余", "金额"], label: "年初结转和结余" },
  ...["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"].map((fund) => ({
    table: "财政拨款收入支出决算总表",
    start: [`年初财政拨款结转和结余/${fund}`, "金额"] as [string, string],
    end: [`年末财政拨款结转和结余/${fund}`, "合计"] as [string, string],
    label: `年初财政拨款结转和结余（${fund}）`,
  })),
];

/**
 * Last year's 年末 amount of one pair, as plain text so it can be kept with this year's workbook (the ribbon's
 * 一键检查 and a later session check against it without last year's file): the amount as printed, its last printed
 * unit and the table's multiplier to 元 keep its rounding interval exact.
 */
export interface YearEndRecord {
  /** The pair's label, “年初结转和结余” or “年初财政拨款结转和结余（一般公共预算财政拨款）”. */
  label: string;
  /** Last year's table, “收入支出决算总表”. */
  table: string;
  /** Where it was read in last year's workbook, “公开01表!F30”. */
  cell: string;
  /** Amount in the table's own unit, exact (“1946.77”). */
  amount: string;
  /** Last printed unit (“0.01”; “0” for a blank cell). */
  unit: string;
  /** Multiplier to 元 (“10000” for 万元). */
  scale: string;
  blank: boolean;
}

/** The 年末 amounts of last year's tables the carry-over check reads (none when the tables are not one unit's set). */
export function yearEndRecords(prior: TableModel[]): YearEndRecord[] {
  const before = groupIntoSets(prior);
  if (before.length !== 1) return []; // which unit matches which is not certain in a 汇总
  return PAIRS.flatMap((pair) => {
    const end = cellOf(before[0], pair.table, pair.end);
    if (!end) return [];
    const { table, cell } = end;
    const record = { label: pair.label, table: table.kind.title, cell: `${cell.sheet}!${cell.address}` };
    return [{ ...record, amount: cell.value.toFixed(), unit: cell.unit.toFixed(), scale: table.unitScale.toFixed(), blank: cell.blank }];
  });
}

export function crossYearFindings(current: TableModel[], priorEnds: readonly YearEndRecord[]): Finding[] {
  if (priorEnds.length === 0) return [];
  const now = groupIntoSets(current);
  if (now.length !== 1) return []; // which unit matches which is not certain in a 汇总
  const findings: Finding[] = [];
  for (const pair of PAIRS) {
    const start = cellOf(now[0], pair.table, pair.start);
    const end = priorEnds.find((record) => record.label === pair.label);
    if (!start || !end || (start.cell.blank && end.blank)) continue;
    const finding = compare(pair.label, start, end);
    if (finding) findings.push(finding);
  }
  return findings;
}

interface Located {
  table: TableModel;
  cell: AmountCell;
}

function cellOf(set: TableSet, tableName: string, [row, column]: [string, string]): Located | undefined {
  const table = set.table(tableName);
  const cell = table ? set.rowWith(table, row, column)?.cells.get(column) : undefined;
  return table && cell ? { table, cell } : undefined;
}

function compare(label: string, start: Located, end: YearEndRecord): Finding | undefined {
  const a = start.cell.value.times(start.table.unitScale);
  const scale = new Decimal(end.scale);
  const b = new Decimal(end.amount).times(scale);
  const verdict = judgeAmounts(a, interval(start), b, RoundingInterval.of(new Decimal(end.amount), new Decimal(end.unit)).scale(scale));
  if (verdict === "equal") return undefined;
  const places = Math.max(2, start.cell.unit.decimalPlaces());
  const now = formatFixed(start.cell.value, places);
  const then = formatFixed(b.dividedBy(start.table.unitScale), places);
  const tail = verdict === "rounding" ? "，在四舍五入尾差范围内，请确认" : "；如有年初数调整，请在情况说明中说明原因";
  return {
    rule: "X.year.carry-over" satisfies EngineRuleId,
    kind: "cross",
    severity: "warning",
    sheet: start.cell.sheet,
    cell: start.cell.address,
    related: [],
    table: start.table.kind.title,
    subject: label,
    actual: now,
    headline: `《${start.table.kind.title}》${start.cell.address} ${label} ${now} 与上年年末数 ${then} 不一致`,
    message: `${label} ${now}${start.table.unit}，上年《${end.table}》（${end.cell}）年末数为 ${then}${start.table.unit}${tail}。`,
    steps: [`本年 ${label} ${now} ≠ 上年年末 ${then}`],
  };
}

function interval({ table, cell }: Located): RoundingInterval {
  return RoundingInterval.of(cell.value, cell.unit).scale(table.unitScale);
}
