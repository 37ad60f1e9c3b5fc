import { renderColumnNumbers, renderHeader, type Block, type ColumnKind } from "./block";
import { newBlock, renderFrame, renderNotes, type TableContext } from "./table-frame";
import { SUMMARY_CLASS_LINES } from "./classification";
import { FUND_KINDS, sumFlows, sumOther, type Cents, type FlowAmounts, type FundKind, type FunctionLine } from "./unit-accounts";

/** The two-sided tables: 收入支出决算总表 and 财政拨款收入支出决算总表 (收入 left, 支出 by 类 right). */

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** "一", …, "十", "十一", …, "二十六" */
function numeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens - 1] : ""}十${ones ? NUMERALS[ones - 1] : ""}`;
}

const sum = (xs: Cents[]) => xs.reduce((a, b) => a + b, 0);
const spent = (f: FlowAmounts) => f.personnel + f.public + f.project;
const income = (f: FlowAmounts) => f.incomeBasic + f.incomeProject;
const start = (f: FlowAmounts) => f.startBasic + f.startProject;
const end = (f: FlowAmounts) => f.endBasic + f.endProjectCarry + f.endProjectSurplus;

interface Side {
  label: number;
  line?: number;
  amounts: number[];
}

/** Column positions of a side: label, optional 行次, amounts. */
function sides(ctx: TableContext, incomeAmounts: number, expenseAmounts: number): { income: Side; expense: Side; width: number } {
  const line = ctx.layout.lineNumbers ? 1 : 0;
  const income: Side = { label: 0, line: line ? 1 : undefined, amounts: Array.from({ length: incomeAmounts }, (_, i) => 1 + line + i) };
  const e0 = 1 + line + incomeAmounts;
  const expense: Side = { label: e0, line: line ? e0 + 1 : undefined, amounts: Array.from({ length: expenseAmounts }, (_, i) => e0 + 1 + line + i) };
  return { income, expense, width: e0 + 1 + line + expenseAmounts };
}

function sidePaths(ctx: TableContext, top: string, label: string, amounts: string[]): string[][] {
  return [[top, label], ...(ctx.layout.lineNumbers ? [[top, "行次"]] : []), ...amounts.map((a) => [top, a])];
}

function sideKinds(ctx: TableContext, amounts: number): ColumnKind[] {
  return ["label", ...(ctx.layout.lineNumbers ? (["line"] as ColumnKind[]) : []), ...Array.from({ length: amounts }, (): ColumnKind => "amount")];
}

function header(block: Block, ctx: TableContext, row: number, incomeCols: string[], expenseCols: string[]): number {
  let r = renderHeader(block, row, [...sidePaths(ctx, "收入", "项目", incomeCols), ...sidePaths(ctx, "支出", "项目（按功能分类）", expenseCols)]);
  if (ctx.layout.lineNumbers) r = renderColumnNumbers(block, r, [...sideKinds(ctx, incomeCols.length), ...sideKinds(ctx, expenseCols.length)]);
  return r;
}

/** Writes a label and its 行次 number. */
function label(block: Block, side: Side, r: number, text: string, lineNo: number): void {
  if (text) block.put(r, side.label, text);
  if (side.line !== undefined) block.put(r, side.line, lineNo);
}

function classTotals(lines: FunctionLine[], code: string): FunctionLine | undefined {
  return lines.find((l) => l.level === 1 && l.code === code);
}

/** A line of 收入支出决算总表: printed label, row key the engine gives it, amount, parts when a total. */
type SummaryLine = [label: string, key: string, value: Cents, parts?: Cents[]];

export function summaryTable(ctx: TableContext): Block {
  const a = ctx.accounts;
  const stacked = ctx.layout.t1Layout === "stacked";
  const cols = stacked ? { ...sides(ctx, 1, 0), width: ctx.layout.lineNumbers ? 3 : 2 } : sides(ctx, 1, 1);
  const block = newBlock("J01", ctx, cols.width);
  const top = renderFrame(block, "收入支出决算总表", ctx);
  let r = stacked ? stackedHeader(block, ctx, top) : header(block, ctx, top, ["金额"], ["金额"]);
  const classes = a.lines.filter((l) => l.level === 1);
  const kinds = Object.fromEntries(FUND_KINDS.map((k) => [k, sumFlows(classes.map((l) => l.flows[k]))])) as Record<FundKind, FlowAmounts>;
  const other = sumOther(classes.map((l) => l.other));
  const incomeLines: [string, Cents][] = [
    ["一般公共预算财政拨款收入", income(kinds.general)],
    ["政府性基金预算财政拨款收入", income(kinds.fund)],
    ["国有资本经营预算财政拨款收入", income(kinds.capital)],
    ["上级补助收入", other.fromUpper],
    ["事业收入", other.career],
    ["经营收入", other.operatingIncome],
    ["附属单位上缴收入", other.fromSubsidiary],
    ["其他收入", other.otherIncome],
  ];
  const expenseLines: [string, string, Cents][] = SUMMARY_CLASS_LINES.map(([code, name]) => {
    const line = classTotals(a.lines, code);
    const value = line
      ? sum(FUND_KINDS.map((k) => spent(line.flows[k]))) +
        line.other.basic +
        line.other.project +
        line.other.toUpper +
        line.other.operating +
        line.other.toSubsidiary
      : 0;
    return [code, name, value];
  });
  const incomeTotal = sum(incomeLines.map((l) => l[1]));
  const expenseTotal = sum(expenseLines.map((l) => l[2]));
  const startTotal = sum(FUND_KINDS.map((k) => start(kinds[k]))) + a.otherStart;
  const endTotal = sum(FUND_KINDS.map((k) => end(kinds[k]))) + a.otherEnd;
  const incomeSide: SummaryLine[] = [
    ...incomeLines.map(([name, value], i): SummaryLine => [`${numeral(i + 1)}、${name}`, name, value]),
    ["本年收入合计", "本年收入合计", incomeTotal, incomeLines.map((l) => l[1])],
    [ctx.layout.reserveLabel, ctx.layout.reserveLabel, a.useOfReserve],
    ["年初结转和结余", "年初结转和结余", startTotal],
    ["总计", "收入总计", incomeTotal + a.useOfReserve + startTotal, [incomeTotal, a.useOfReserve, startTotal]],
  ];
  const expenseSide: SummaryLine[] = [
    ...expenseLines.map(([code, name, value], i): SummaryLine => [`${numeral(i + 1)}、${name}`, code, value]),
    ["本年支出合计", "本年支出合计", expenseTotal, expenseLines.map((l) => l[2])],
    ["结余分配", "结余分配", a.distribution],
    ["年末结转和结余", "年末结转和结余", endTotal],
    ["总计", "支出总计", expenseTotal + a.distribution + endTotal, [expenseTotal, a.distribution, endTotal]],
  ];
  r =
    ctx.layout.t1Layout === "stacked"
      ? summaryStacked(block, cols.income, r, [...incomeSide, ...expenseSide])
      : summarySides(block, cols, r, incomeSide, expenseSide);
  renderNotes(block, r, ["注：本表反映部门本年度的总收支和年初、年末结转结余情况。"]);
  return block;
}

/** 收入 ‖ 支出 side by side: the open lines from the top (收入 has fewer, the rest of its rows blank), the four closing lines level. */
function summarySides(block: Block, cols: { income: Side; expense: Side }, first: number, incomeSide: SummaryLine[], expenseSide: SummaryLine[]): number {
  const closing = 4;
  const open = expenseSide.length - closing;
  const incomeOpen = incomeSide.length - closing;
  for (let i = 0; i < expenseSide.length; i++) {
    const inc = i < open ? (i < incomeOpen ? incomeSide[i] : undefined) : incomeSide[incomeOpen + i - open];
    if (inc) summaryLine(block, cols.income, first + i, inc, i + 1);
    else label(block, cols.income, first + i, "", i + 1);
    summaryLine(block, cols.expense, first + i, expenseSide[i], open + 4 + i + 1);
  }
  return first + expenseSide.length;
}

/** Stacked: every 收入 line, then every 支出 line, in one (项目, 行次, 金额) column set. */
function summaryStacked(block: Block, side: Side, first: number, lines: SummaryLine[]): number {
  lines.forEach((line, i) => summaryLine(block, side, first + i, line, i + 1));
  return first + lines.length;
}

function summaryLine(block: Block, side: Side, r: number, [text, key, value, parts]: SummaryLine, lineNo: number): void {
  label(block, side, r, text, lineNo);
  block.amount(r, side.amounts[0], value, { row: key, column: "金额", parts });
}

function stackedHeader(block: Block, ctx: TableContext, row: number): number {
  const r = renderHeader(block, row, [["项目"], ...(ctx.layout.lineNumbers ? [["行次"]] : []), ["金额"]]);
  return ctx.layout.lineNumbers ? renderColumnNumbers(block, r, sideKinds(ctx, 1)) : r;
}

const KIND_WORDS: Record<FundKind, string> = { general: "一般公共预算财政拨款", fund: "政府性基金预算财政拨款", capital: "国有资本经营预算财政拨款" };

export function fiscalSummaryTable(ctx: TableContext): Block {
  const a = ctx.accounts;
  const expenseCols = ["合计", ...FUND_KINDS.map((k) => KIND_WORDS[k])];
  const cols = sides(ctx, 1, expenseCols.length);
  const block = newBlock("J04", ctx, cols.width);
  let r = header(block, ctx, renderFrame(block, "财政拨款收入支出决算总表", ctx), ["决算数"], expenseCols);
  const classes = a.lines.filter((l) => l.level === 1);
  const kinds = Object.fromEntries(FUND_KINDS.map((k) => [k, sumFlows(classes.map((l) => l.flows[k]))])) as Record<FundKind, FlowAmounts>;
  const first = r;
  const offset = SUMMARY_CLASS_LINES.length;
  const expenseRow = (values: Cents[], row: string) => {
    block.amount(r, cols.expense.amounts[0], sum(values), { row, column: "合计", parts: values });
    values.forEach((v, i) => block.amount(r, cols.expense.amounts[i + 1], v, { row, column: KIND_WORDS[FUND_KINDS[i]] }));
  };
  for (let i = 0; i < offset; i++) {
    const kind = FUND_KINDS[i];
    label(block, cols.income, r, kind ? `${numeral(i + 1)}、${KIND_WORDS[kind]}` : "", i + 1);
    if (kind) block.amount(r, cols.income.amounts[0], income(kinds[kind]), { row: KIND_WORDS[kind], column: "金额" });
    const [code, name] = SUMMARY_CLASS_LINES[i];
    const line = classTotals(a.lines, code);
    label(block, cols.expense, r, `${numeral(i + 1)}、${name}`, offset + 6 + i + 1);
    expenseRow(
      FUND_KINDS.map((k) => (line ? spent(line.flows[k]) : 0)),
      code,
    );
    r++;
  }
  const incomes = FUND_KINDS.map((k) => income(kinds[k]));
  const spends = FUND_KINDS.map((k) => spent(kinds[k]));
  const starts = FUND_KINDS.map((k) => start(kinds[k]));
  const ends = FUND_KINDS.map((k) => end(kinds[k]));
  const lineNo = () => r - first + 1;
  label(block, cols.income, r, "本年收入合计", lineNo());
  block.amount(r, cols.income.amounts[0], sum(incomes), { row: "本年收入合计", column: "金额", parts: incomes });
  label(block, cols.expense, r, "本年支出合计", offset + 6 + lineNo());
  expenseRow(spends, "本年支出合计");
  r++;
  label(block, cols.income, r, "年初财政拨款结转和结余", lineNo());
  label(block, cols.expense, r, "年末财政拨款结转和结余", offset + 6 + lineNo());
  const across = ctx.layout.t4CarryOver === "across";
  if (across) expenseRow(ends, "年末财政拨款结转和结余");
  r++;
  FUND_KINDS.forEach((kind, i) => {
    const text = `${numeral(i + 1)}、${KIND_WORDS[kind]}`;
    label(block, cols.income, r, text, lineNo());
    block.amount(r, cols.income.amounts[0], starts[i], { row: `年初财政拨款结转和结余/${KIND_WORDS[kind]}`, column: "金额" });
    if (across) {
      r++;
      return;
    }
    label(block, cols.expense, r, ctx.layout.t4ExpenseLabels ? text : "", offset + 6 + lineNo());
    const row = `年末财政拨款结转和结余/${KIND_WORDS[kind]}`;
    block.amount(r, cols.expense.amounts[0], ends[i], { row, column: "合计" });
    block.amount(r, cols.expense.amounts[i + 1], ends[i], { row, column: KIND_WORDS[kind] });
    r++;
  });
  label(block, cols.income, r, "总计", lineNo());
  block.amount(r, cols.income.amounts[0], sum(incomes) + sum(starts), { row: "收入总计", column: "金额", parts: [...incomes, ...starts] });
  label(block, cols.expense, r, "总计", offset + 6 + lineNo());
  expenseRow(
    FUND_KINDS.map((_, i) => spends[i] + ends[i]),
    "支出总计",
  );
  r++;
  renderNotes(block, r, ["注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年初、年末结转结余情况。"]);
  return block;
}
