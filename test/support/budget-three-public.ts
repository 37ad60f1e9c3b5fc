import { Prng } from "./prng";
import { cellAddress } from "../../src/core/snapshot/address";
import type { Cents } from "./unit-accounts";
import type { DraftCell, DraftSheet, WorkbookDraft } from "./workbook-draft";

/**
 * The budget 三公 table as regions print it: one item per line (项目 | 预算数, 上年执行数 | 本年预算数, or
 * 本年预算数 | 其中：财政拨款), 公务用车 split into “其中” sub-lines, counts (车辆数, 批次, 人次) in a column or on lines
 * of their own, a 备注 column, 合计 on top or at the bottom, 机关运行经费 below, in 元 or 万元; beside it a small
 * 一般公共预算基本支出预算表 (301, 302 with 30212, 30217, 30231) that the cross-table rules compare it with.
 */
export interface BudgetThreePublicShape {
  title: string;
  /** The budget's amount columns, or “final”: the 决算 table's 预算数 | 决算数. */
  measures: "single" | "two-years" | "fiscal" | "final";
  yuan: boolean;
  totalAt: "top" | "bottom";
  counts: "column" | "lines" | "none";
  remarks: boolean;
  running: boolean;
  /** Print the 一般公共预算基本支出预算表 as well. */
  basicTable: boolean;
  /** The 政府性基金 三公 table instead, with the 政府性基金预算支出预算表 beside it (its 合计 at least the 三公 合计). */
  fund?: boolean;
  /** Both last years' amounts printed before this year's, and a change column with its rate under a head of its own. */
  change?: ChangeShape;
}

/**
 * A change beside two last-year columns: 上年预算数 | 上年执行数 (预算) or 上年预算数 | 上年决算数 (决算), then this year's,
 * then `head` over 增减额 | 增减率. `names`: the last-year column the head names (“比上年预算增减” → budget), none when
 * it names none (“比上年增减”); `from`: the column the printed change and rate are worked out from.
 */
export interface ChangeShape {
  head: string;
  names?: "budget" | "actual";
  from: "budget" | "actual";
}

export const BUDGET_THREE_PUBLIC_TITLES = [
  "部门“三公”经费和机关运行经费预算表",
  "一般公共预算“三公”经费支出预算表",
  "2025年“三公”经费预算表",
  "一般公共预算“三公”经费和机关运行经费支出预算表",
];

/** The 决算 三公 table printed the same way, with 预算数 | 决算数 (财政拨款“三公”经费支出决算表). */
export const FINAL_THREE_PUBLIC_TITLES = ["财政拨款“三公”经费支出决算表", "2024年度财政拨款“三公”经费支出决算表", "三公经费支出决算表"];

export interface BudgetSlot {
  table: "Y09" | "Y07" | "J07" | "Y11" | "Y10";
  row: string;
  column: string;
  cents: Cents;
  /** Covered by an error-level identity. */
  checked: boolean;
  yuan: boolean;
  sheet: string;
  r: number;
  c: number;
}

export interface BudgetWorkbook {
  draft: WorkbookDraft;
  shape: BudgetThreePublicShape;
  amounts: BudgetSlot[];
}

export function randomBudgetShape(rng: Prng): BudgetThreePublicShape {
  return {
    title: rng.pick(BUDGET_THREE_PUBLIC_TITLES),
    measures: rng.pick(["single", "two-years", "fiscal"] as const),
    yuan: rng.chance(0.5),
    totalAt: rng.pick(["top", "bottom"] as const),
    counts: rng.pick(["column", "lines", "none"] as const),
    remarks: rng.chance(0.5),
    running: rng.chance(0.6),
    basicTable: rng.chance(0.6),
  };
}

interface Money {
  abroad: Cents;
  carPurchase: Cents;
  carRunning: Cents;
  reception: Cents;
}

const car = (m: Money) => m.carPurchase + m.carRunning;
const total = (m: Money) => m.abroad + car(m) + m.reception;

/** Item lines in print order; `total` marks the 合计 line, `count` the line's count (车辆数 …) when printed. */
const LINES: { key: string; label: string; value: (m: Money) => Cents; count?: string }[] = [
  { key: "因公出国费", label: "1.因公出国（境）费", value: (m) => m.abroad, count: "团组数" },
  { key: "公务用车费", label: "2.公务用车购置及运行费", value: car, count: "车辆数" },
  { key: "公务用车购置费", label: "    其中：公务用车购置费", value: (m) => m.carPurchase },
  { key: "公务用车运行维护费", label: "          公务用车运行费", value: (m) => m.carRunning },
  { key: "公务接待费", label: "3.公务接待费", value: (m) => m.reception, count: "批次" },
];

/** The vertical 决算 三公 table: the same shapes (counts, 备注, 合计 top or bottom, 元/万元) under 预算数 | 决算数. */
export function randomFinalShape(rng: Prng): BudgetThreePublicShape {
  return { ...randomBudgetShape(rng), title: rng.pick(FINAL_THREE_PUBLIC_TITLES), measures: "final", basicTable: false };
}

export function budgetThreePublicWorkbook(seed: number, shape: BudgetThreePublicShape): BudgetWorkbook {
  const rng = new Prng(seed);
  const money = (): Money => ({
    abroad: rng.chance(0.3) ? 0 : rng.int(100, 9000),
    carPurchase: rng.chance(0.6) ? 0 : rng.int(5000, 40000),
    carRunning: rng.int(300, 9000),
    reception: rng.int(100, 5000),
  });
  const current = money();
  const previous = money();
  const measures = measureColumns(shape, current, previous, shape.change ? money() : previous);
  const sheet: DraftSheet = { name: "三公经费", rows: [], merges: [] };
  const id = shape.measures === "final" ? "J07" : shape.fund ? "Y11" : "Y09";
  const amounts: BudgetSlot[] = [];
  const writer = new SheetWriter(sheet, amounts, shape.yuan);
  const changeCols = shape.change ? 2 : 0;
  const header = ["项目", ...measures.map((m) => m.header), ...(shape.counts === "column" ? ["车辆数（辆）"] : []), ...(shape.remarks ? ["备注"] : [])];
  const width = 1 + measures.length + changeCols + (shape.counts === "column" ? 1 : 0) + (shape.remarks ? 1 : 0);
  writer.text(0, 0, shape.fund ? "政府性基金预算“三公”经费支出预算表" : shape.title);
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  writer.text(1, 0, "部门：某某区教育局");
  writer.text(1, width - 1, shape.yuan ? "单位：元" : "单位：万元");
  let r = writeHeader(writer, sheet, header, measures.length, shape.change);
  const printLine = (key: string, value: (m: Money) => Cents) => {
    measures.forEach((m, i) => writer.amount(r, 1 + i, value(m.money), id, key, m.key));
    if (shape.change) writeChange(writer, r, 1 + measures.length, id, key, changeOf(shape.change, measures, value), shape.change.names !== undefined);
  };
  const totalLine = () => {
    writer.text(r, 0, "合计");
    printLine("合计", total);
    r++;
  };
  if (shape.totalAt === "top") totalLine();
  for (const line of LINES) {
    writer.text(r, 0, line.label);
    printLine(line.key, line.value);
    if (shape.counts === "column" && line.key === "公务用车费") writer.put(r, 1 + measures.length + changeCols, { value: rng.int(1, 12) });
    if (shape.remarks && line.key === "公务接待费") writer.text(r, width - 1, "按标准从严控制");
    r++;
  }
  if (shape.totalAt === "bottom") totalLine();
  if (shape.counts === "lines") {
    for (const [label, n] of [
      ["公务用车保有量（辆）", rng.int(1, 12)],
      ["国内公务接待批次（个）", rng.int(5, 80)],
      ["国内公务接待人次（人）", rng.int(30, 600)],
    ] as const) {
      writer.text(r, 0, label);
      writer.put(r, 1, { value: n });
      r++;
    }
  }
  const running = current.carRunning + rng.int(1000, 90000);
  if (shape.running) {
    writer.text(r, 0, "机关运行经费");
    const thisYear = measures.findIndex((m) => m.key === "预算数" || m.key === "决算数");
    writer.amount(r, 1 + Math.max(0, thisYear), running, id, "机关运行经费", "预算数", false);
    r++;
  }
  writer.text(r + 1, 0, id === "J07" ? "注：本表反映部门本年度“三公”经费支出预决算情况。" : "注：本表反映部门预算安排的“三公”经费和机关运行经费。");
  const sheets = [sheet];
  if (shape.basicTable && id === "Y09") sheets.push(basicTable(current, running, shape.running, amounts));
  if (id === "Y11") sheets.push(fundSpendingTable(total(current) + rng.int(0, 90000), shape.yuan, amounts));
  return { draft: { name: `budget-three-public-${seed}.xlsx`, sheets }, shape, amounts };
}

interface MeasureColumn {
  header: string;
  /** The column's meaning as the engine keys it. */
  key: string;
  money: Money;
}

function measureColumns(shape: BudgetThreePublicShape, current: Money, previous: Money, previousBudget: Money): MeasureColumn[] {
  if (shape.change) {
    const final = shape.measures === "final";
    const actual = final ? "上年决算数" : "上年执行数";
    const base = (which: "budget" | "actual") => (shape.change?.names === which ? "上年数" : undefined);
    return [
      { header: "上年预算数", key: base("budget") ?? "上年预算数", money: previousBudget },
      { header: actual, key: base("actual") ?? actual, money: previous },
      { header: final ? "决算数" : "本年预算数", key: final ? "决算数" : "预算数", money: current },
    ];
  }
  if (shape.measures === "final")
    return [
      { header: "预算数", key: "预算数", money: previous },
      { header: "决算数", key: "决算数", money: current },
    ];
  if (shape.measures === "single") return [{ header: "预算数", key: "预算数", money: current }];
  if (shape.measures === "two-years")
    return [
      { header: "上年执行数", key: "上年数", money: previous },
      { header: "本年预算数", key: "预算数", money: current },
    ];
  const fiscal: Money = { ...current, reception: current.reception - Math.min(current.reception, 50) };
  return [
    { header: "本年预算数", key: "预算数", money: current },
    { header: "其中：财政拨款", key: "财政拨款", money: fiscal },
  ];
}

/** The header: one line, or two when a change head stands over 增减额 | 增减率 (the other heads merged down). */
function writeHeader(writer: SheetWriter, sheet: DraftSheet, header: string[], measureCount: number, change: ChangeShape | undefined): number {
  const heads = change ? [...header.slice(0, 1 + measureCount), change.head, "", ...header.slice(1 + measureCount)] : header;
  heads.forEach((h, c) => h && writer.text(2, c, h));
  if (!change) return 3;
  writer.text(3, 1 + measureCount, "增减额");
  writer.text(3, 2 + measureCount, "增减率（%）");
  heads.forEach((h, c) => h && c !== 1 + measureCount && sheet.merges.push({ top: 2, left: c, bottom: 3, right: c }));
  sheet.merges.push({ top: 2, left: 1 + measureCount, bottom: 2, right: 2 + measureCount });
  return 4;
}

/** A line's change (this year − the `from` column) and its rate, or none when the base is 0. */
function changeOf(change: ChangeShape, measures: MeasureColumn[], value: (m: Money) => Cents): { amount: Cents; base: Cents } {
  const base = value(measures[change.from === "budget" ? 0 : 1].money);
  return { amount: value(measures[2].money) - base, base };
}

function writeChange(
  writer: SheetWriter,
  r: number,
  c: number,
  id: BudgetSlot["table"],
  row: string,
  change: { amount: Cents; base: Cents },
  checked: boolean,
): void {
  writer.amount(r, c, change.amount, id, row, checked ? "增减额" : "增减额(比较基数未写明)", checked);
  if (change.base === 0) return;
  // the rate in hundredths of a percent, rounded half up (the amounts are whole 分, so the quotient is exact enough)
  const ratio = (change.amount * 10000) / change.base;
  const hundredths = Math.sign(ratio) * Math.round(Math.abs(ratio));
  writer.put(r, c + 1, { value: hundredths / 100, numberFormat: "0.00" });
}

/** 一般公共预算基本支出预算表 with 301, 302 (its 30212, 30217, 30231 within the 三公 budget) and 合计 on top. */
function basicTable(three: Money, running: Cents, runningPrinted: boolean, amounts: BudgetSlot[]): DraftSheet {
  const sheet: DraftSheet = { name: "基本支出", rows: [], merges: [] };
  const writer = new SheetWriter(sheet, amounts, false);
  const reception = Math.floor(three.reception / 2);
  const carRunning = Math.floor(three.carRunning / 2);
  const other = runningPrinted ? running - reception - carRunning : 4321;
  const lines: [string, string, Cents, Cents][] = [
    ["301", "工资福利支出", 250000, 0],
    ["30101", "基本工资", 250000, 0],
    ["302", "商品和服务支出", 0, reception + carRunning + other],
    ["30201", "办公费", 0, other],
    ["30217", "公务接待费", 0, reception],
    ["30231", "公务用车运行维护费", 0, carRunning],
  ];
  writer.text(0, 0, "一般公共预算基本支出预算表");
  writer.text(1, 3, "单位：万元");
  ["科目编码", "科目名称", "合计", "人员经费", "公用经费"].forEach((h, c) => writer.text(2, c, h));
  const personnel = 250000;
  const common = reception + carRunning + other;
  writer.text(3, 0, "合计");
  writer.amount(3, 2, personnel + common, "Y07", "合计", "合计");
  writer.amount(3, 3, personnel, "Y07", "合计", "人员经费");
  writer.amount(3, 4, common, "Y07", "合计", "公用经费");
  lines.forEach(([code, name, p, c], i) => {
    const r = 4 + i;
    writer.text(r, 0, code);
    writer.text(r, 1, name);
    writer.amount(r, 2, p + c, "Y07", code, "合计");
    writer.amount(r, 3, p, "Y07", code, "人员经费");
    writer.amount(r, 4, c, "Y07", code, "公用经费");
  });
  return sheet;
}

/** 政府性基金预算支出预算表: 合计, 212 城乡社区支出 › 21208 › 2120801, split into 基本支出 and 项目支出 (in the 三公 table's unit). */
function fundSpendingTable(spending: Cents, yuan: boolean, amounts: BudgetSlot[]): DraftSheet {
  const sheet: DraftSheet = { name: "政府性基金", rows: [], merges: [] };
  const writer = new SheetWriter(sheet, amounts, yuan);
  const basic = Math.floor(spending / 3);
  writer.text(0, 0, "政府性基金预算支出预算表");
  writer.text(1, 4, yuan ? "单位：元" : "单位：万元");
  ["科目编码", "科目名称", "合计", "基本支出", "项目支出"].forEach((h, c) => writer.text(2, c, h));
  const lines: [string, string][] = [
    ["合计", ""],
    ["212", "城乡社区支出"],
    ["21208", "国有土地使用权出让收入安排的支出"],
    ["2120801", "征地和拆迁补偿支出"],
  ];
  lines.forEach(([code, name], i) => {
    writer.text(3 + i, 0, code);
    if (name) writer.text(3 + i, 1, name);
    writer.amount(3 + i, 2, spending, "Y10", code, "合计");
    writer.amount(3 + i, 3, basic, "Y10", code, "基本支出");
    writer.amount(3 + i, 4, spending - basic, "Y10", code, "项目支出");
  });
  return sheet;
}

class SheetWriter {
  constructor(
    private readonly sheet: DraftSheet,
    private readonly amounts: BudgetSlot[],
    private readonly yuan: boolean,
  ) {}

  put(r: number, c: number, cell: DraftCell): void {
    while (this.sheet.rows.length <= r) this.sheet.rows.push([]);
    this.sheet.rows[r][c] = cell;
  }

  text(r: number, c: number, value: string): void {
    this.put(r, c, { value });
  }

  amount(r: number, c: number, cents: Cents, table: BudgetSlot["table"], row: string, column: string, checked = true): void {
    const yuan = table !== "Y07" && this.yuan;
    this.put(r, c, { value: yuan ? cents * 100 : cents / 100, numberFormat: yuan ? "#,##0.00" : "0.00" });
    this.amounts.push({ table, row, column, cents, checked, yuan, sheet: this.sheet.name, r, c });
  }
}

/** Prints a new value (分 of 万元) at a slot, in its unit. */
export function setBudgetAmount(wb: BudgetWorkbook, slot: BudgetSlot, cents: Cents): void {
  const sheet = wb.draft.sheets.find((s) => s.name === slot.sheet) as DraftSheet;
  sheet.rows[slot.r][slot.c] = { value: slot.yuan ? cents * 100 : cents / 100, numberFormat: slot.yuan ? "#,##0.00" : "0.00" };
}

export const slotAddress = (slot: BudgetSlot) => `${slot.sheet}!${cellAddress(slot.r, slot.c)}`;
