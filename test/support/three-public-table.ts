import { renderColumnNumbers, renderHeader, type Block, type ColumnKind } from "./block";
import { newBlock, renderFrame, renderNotes, type TableContext } from "./table-frame";
import { threePublicTotal, type Cents, type ThreePublic } from "./unit-accounts";

/** 财政拨款“三公”经费支出决算表: lines by item, columns 预算数 / 全年预算数 / 决算数. */

type LineKey = "合计" | "因公出国费" | "公务用车费" | "公务用车购置费" | "公务用车运行维护费" | "公务接待费" | "国内接待费" | "国外接待费";

const MONEY_LINES: { key: LineKey; full: string; plain: string; value: (t: ThreePublic) => Cents; parts?: (t: ThreePublic) => Cents[]; itemOnly?: boolean }[] =
  [
    {
      key: "合计",
      full: "（一）支出合计",
      plain: "合计",
      value: (t) => threePublicTotal(t).total,
      parts: (t) => [t.abroad, threePublicTotal(t).car, threePublicTotal(t).reception],
    },
    { key: "因公出国费", full: "1. 因公出国（境）费", plain: "因公出国（境）费", value: (t) => t.abroad },
    {
      key: "公务用车费",
      full: "2. 公务用车购置及运行维护费",
      plain: "公务用车购置及运行维护费",
      value: (t) => threePublicTotal(t).car,
      parts: (t) => [t.carPurchase, t.carRunning],
    },
    { key: "公务用车购置费", full: "（1）公务用车购置费", plain: "公务用车购置费", value: (t) => t.carPurchase },
    { key: "公务用车运行维护费", full: "（2）公务用车运行维护费", plain: "公务用车运行维护费", value: (t) => t.carRunning },
    {
      key: "公务接待费",
      full: "3. 公务接待费",
      plain: "公务接待费",
      value: (t) => threePublicTotal(t).reception,
      parts: (t) => [t.receptionDomestic, t.receptionForeign],
    },
    { key: "国内接待费", full: "（1）国内接待费", plain: "国内接待费", value: (t) => t.receptionDomestic, itemOnly: true },
    { key: "国外接待费", full: "（2）国（境）外接待费", plain: "国（境）外接待费", value: (t) => t.receptionForeign, itemOnly: true },
  ];

export function threePublicTable(ctx: TableContext): Block {
  if (ctx.layout.t7Layout !== "vertical") return threePublicAcross(ctx, ctx.layout.t7Layout);
  const full = ctx.layout.t7Style === "full";
  const lineCol = ctx.layout.lineNumbers ? 1 : 0;
  const columns = ["预算数", "全年预算数", full ? "决算统计数" : "决算数"];
  const block = newBlock("J07", ctx, 1 + lineCol + columns.length);
  const paths = [["项目"], ...(lineCol ? [["行次"]] : []), ...columns.map((c) => [c])];
  let r = renderHeader(block, renderFrame(block, "财政拨款“三公”经费支出决算表", ctx), paths);
  if (ctx.layout.lineNumbers) r = renderColumnNumbers(block, r, ["label", "line", "amount", "amount", "amount"] as ColumnKind[]);
  const lines = new LineWriter(block, r, lineCol === 1, 1 + lineCol);
  const { budget, adjusted, actual } = ctx.accounts.threePublic;
  if (full) lines.dashLine("一、“三公”经费支出");
  for (const line of MONEY_LINES) {
    const row = lines.label(full ? line.full : line.plain);
    [budget, adjusted, actual].forEach((t, i) => {
      if (line.itemOnly && i < 2 && full) block.put(row, lines.amountCol + i, "—");
      else block.amount(row, lines.amountCol + i, line.value(t), { row: line.key, column: i === 2 ? "决算数" : columns[i], parts: line.parts?.(t) });
    });
  }
  if (full) renderStatistics(lines, ctx);
  renderNotes(block, lines.row, ["注：“三公”经费包括当年财政拨款和以前年度财政拨款结转结余资金安排的实际支出。"]);
  return block;
}

/** Writes the item lines one under another, with their 行次. */
class LineWriter {
  private lineNo = 1;

  constructor(
    readonly block: Block,
    public row: number,
    private readonly lineNumbers: boolean,
    readonly amountCol: number,
  ) {}

  /** Writes a label on the next line and returns that line's row. */
  label(text: string): number {
    const r = this.row++;
    this.block.put(r, 0, text);
    if (this.lineNumbers) this.block.put(r, 1, this.lineNo++);
    return r;
  }

  /** A heading line whose amount cells show “—”. */
  dashLine(text: string): number {
    const r = this.label(text);
    for (let c = this.amountCol; c < this.block.width; c++) this.block.put(r, c, "—");
    return r;
  }
}

/** 相关统计数 (counts) and 机关运行经费: not covered by any error-level identity. */
function renderStatistics(lines: LineWriter, ctx: TableContext): void {
  const s = ctx.accounts.threePublicStats;
  const stats: [string, number][] = [
    ["1. 因公出国（境）团组数（个）", s.groups],
    ["2. 因公出国（境）人次数（人）", s.trips],
    ["3. 公务用车保有量（辆）", s.cars],
    ["4. 国内公务接待批次（个）", s.receptionBatches],
    ["5. 国内公务接待人次（人）", s.receptionPeople],
  ];
  lines.dashLine("（二）相关统计数");
  for (const [text, count] of stats) {
    const r = lines.label(text);
    lines.block.put(r, lines.amountCol, "—");
    lines.block.put(r, lines.amountCol + 1, "—");
    if (count) lines.block.put(r, lines.amountCol + 2, count);
  }
  const r = lines.dashLine("二、机关运行经费");
  const running = ctx.accounts.publicLines.filter((l) => l.level === 1).reduce((a, l) => a + l.amount, 0);
  lines.block.amount(r, lines.amountCol + 2, running, { row: "机关运行经费", column: "决算数", checked: false });
}

/** The six money items printed across the columns (the 国内/国（境）外 split of 公务接待费 is not printed). */
const ACROSS_ITEMS: { key: LineKey; path: string[] }[] = [
  { key: "合计", path: ["合计"] },
  { key: "因公出国费", path: ["因公出国（境）费"] },
  { key: "公务用车费", path: ["公务用车购置及运行维护费", "小计"] },
  { key: "公务用车购置费", path: ["公务用车购置及运行维护费", "购置费"] },
  { key: "公务用车运行维护费", path: ["公务用车购置及运行维护费", "运行维护费"] },
  { key: "公务接待费", path: ["公务接待费"] },
];

/**
 * The national-standard horizontal 三公 table, one data row: `across` prints 预算数 ‖ 决算数, each over the six items;
 * `pairs` prints (预算数, 决算数) under each item, below a group label row “财政拨款“三公”经费” (上海).
 */
function threePublicAcross(ctx: TableContext, layout: "across" | "pairs"): Block {
  const measures: ["预算数" | "决算数", "budget" | "actual"][] = [
    ["预算数", "budget"],
    ["决算数", "actual"],
  ];
  const columns =
    layout === "across"
      ? measures.flatMap(([m, side]) => ACROSS_ITEMS.map((item) => ({ item, m, side, path: [m, ...item.path] })))
      : ACROSS_ITEMS.flatMap((item) => measures.map(([m, side]) => ({ item, m, side, path: ["财政拨款“三公”经费", ...item.path, m] })));
  const block = newBlock("J07", ctx, columns.length);
  const r = renderHeader(
    block,
    renderFrame(block, "财政拨款“三公”经费支出决算表", ctx),
    columns.map((c) => c.path),
  );
  const money = ctx.accounts.threePublic;
  columns.forEach(({ item, m, side }, c) => {
    const line = MONEY_LINES.find((l) => l.key === item.key)!;
    const t = money[side];
    block.amount(r, c, line.value(t), { row: item.key, column: m, parts: line.key === "公务接待费" ? undefined : line.parts?.(t) });
  });
  renderNotes(block, r + 1, ["注：本表反映部门本年度“三公”经费支出预决算情况。"]);
  return block;
}
