import { renderColumnNumbers, renderHeader, type Block, type ColumnKind, type TableId } from "./block";
import { newBlock, renderFrame, renderNotes, renderSubHeader, type TableContext } from "./table-frame";
import { FUND_KINDS, type Cents, type FundKind, type FunctionLine } from "./unit-accounts";

/**
 * Tables whose rows are 功能分类 codes (类/款/项) with a 合计 line on top: 收入决算表, 支出决算表,
 * 一般公共预算财政拨款支出决算表, 政府性基金 and 国有资本经营 收入支出决算表.
 */

interface CodeColumn {
  path: string[];
  /** Column meaning as the engine keys it. */
  key: string;
  value: (line: FunctionLine) => Cents;
  /** Addends when the column is a row total. */
  parts?: (line: FunctionLine) => Cents[];
}

interface CodeTableSpec {
  id: TableId;
  title: string;
  /** Header above the code/name columns ("项目"), if any. */
  labelHead: string[];
  columns: CodeColumn[];
  lines: FunctionLine[];
  notes: string[];
  /** Note printed when the table has no line (空表). */
  emptyNote?: string;
}

const fiscalIncome = (l: FunctionLine) => FUND_KINDS.reduce((s, k) => s + l.flows[k].incomeBasic + l.flows[k].incomeProject, 0);
export const basicSpending = (l: FunctionLine) => FUND_KINDS.reduce((s, k) => s + l.flows[k].personnel + l.flows[k].public, 0) + l.other.basic;
export const projectSpending = (l: FunctionLine) => FUND_KINDS.reduce((s, k) => s + l.flows[k].project, 0) + l.other.project;
const incomeParts = (l: FunctionLine) => [
  fiscalIncome(l),
  l.other.fromUpper,
  l.other.career,
  l.other.operatingIncome,
  l.other.fromSubsidiary,
  l.other.otherIncome,
];
const spendingParts = (l: FunctionLine) => [basicSpending(l), projectSpending(l), l.other.toUpper, l.other.operating, l.other.toSubsidiary];
const sum = (xs: Cents[]) => xs.reduce((a, b) => a + b, 0);

export function incomeTable(ctx: TableContext): Block {
  const columns: CodeColumn[] = [
    { path: ["本年收入合计"], key: "本年收入合计", value: (l) => sum(incomeParts(l)), parts: incomeParts },
    { path: ["财政拨款收入"], key: "财政拨款收入", value: fiscalIncome },
    { path: ["上级补助收入"], key: "上级补助收入", value: (l) => l.other.fromUpper },
    { path: ["事业收入", "小计"], key: "事业收入", value: (l) => l.other.career },
    { path: ["事业收入", "其中：教育收费"], key: "教育收费", value: (l) => l.other.education },
    { path: ["经营收入"], key: "经营收入", value: (l) => l.other.operatingIncome },
    { path: ["附属单位上缴收入"], key: "附属单位上缴收入", value: (l) => l.other.fromSubsidiary },
    { path: ["其他收入"], key: "其他收入", value: (l) => l.other.otherIncome },
  ];
  const lines = ctx.accounts.lines.filter((l) => sum(incomeParts(l)) !== 0);
  return codeTable(ctx, { id: "J02", title: "收入决算表", labelHead: ["项目"], columns, lines, notes: ["注：本表反映部门本年度取得的各项收入情况。"] });
}

export function spendingTable(ctx: TableContext): Block {
  const columns: CodeColumn[] = [
    { path: ["本年支出合计"], key: "本年支出合计", value: (l) => sum(spendingParts(l)), parts: spendingParts },
    { path: ["基本支出"], key: "基本支出", value: basicSpending },
    { path: ["项目支出"], key: "项目支出", value: projectSpending },
    { path: ["上缴上级支出"], key: "上缴上级支出", value: (l) => l.other.toUpper },
    { path: ["经营支出"], key: "经营支出", value: (l) => l.other.operating },
    { path: ["对附属单位补助支出"], key: "对附属单位补助支出", value: (l) => l.other.toSubsidiary },
  ];
  const lines = ctx.accounts.lines.filter((l) => sum(spendingParts(l)) !== 0);
  return codeTable(ctx, { id: "J03", title: "支出决算表", labelHead: ["项目"], columns, lines, notes: ["注：本表反映部门本年度各项支出情况。"] });
}

const KIND_TITLES: Record<FundKind, { id: TableId; flowTitle: string; words: string }> = {
  general: { id: "J05", flowTitle: "一般公共预算财政拨款收入支出决算表", words: "一般公共预算财政拨款" },
  fund: { id: "J08", flowTitle: "政府性基金预算财政拨款收入支出决算表", words: "政府性基金预算财政拨款" },
  capital: { id: "J09", flowTitle: "国有资本经营预算财政拨款收入支出决算表", words: "国有资本经营预算财政拨款" },
};

/** 一般公共预算 / 政府性基金 / 国有资本经营 财政拨款 table of one kind. */
export function fundTable(ctx: TableContext, kind: FundKind): Block {
  const { id, flowTitle, words } = KIND_TITLES[kind];
  const simple = kind === "general" && ctx.layout.t5Style === "simple";
  const f = (l: FunctionLine) => l.flows[kind];
  const columns = simple ? simpleColumns(kind) : flowColumns(kind);
  const spends = (l: FunctionLine) => f(l).personnel + f(l).public + f(l).project !== 0;
  const lines = ctx.accounts.lines.filter((l) => (simple ? spends(l) : columns.some((c) => c.value(l) !== 0)));
  return codeTable(ctx, {
    id,
    title: simple ? "一般公共预算财政拨款支出决算表" : flowTitle,
    labelHead: [],
    columns,
    lines,
    notes: [`注：本表反映部门本年度${words}的收支和年初、年末结转结余情况。`],
    emptyNote: `说明：本单位本年度没有${words}收入和支出，故本表无数据。`,
  });
}

function flowColumns(kind: FundKind): CodeColumn[] {
  const f = (l: FunctionLine) => l.flows[kind];
  return [
    {
      path: ["年初结转和结余", "合计"],
      key: "年初结转和结余",
      value: (l) => f(l).startBasic + f(l).startProject,
      parts: (l) => [f(l).startBasic, f(l).startProject],
    },
    { path: ["年初结转和结余", "基本支出结转"], key: "年初结转和结余/基本支出结转", value: (l) => f(l).startBasic },
    { path: ["年初结转和结余", "项目支出结转和结余"], key: "年初结转和结余/项目支出结转和结余", value: (l) => f(l).startProject },
    { path: ["本年收入", "合计"], key: "本年收入", value: (l) => f(l).incomeBasic + f(l).incomeProject, parts: (l) => [f(l).incomeBasic, f(l).incomeProject] },
    { path: ["本年收入", "基本支出"], key: "本年收入/基本支出", value: (l) => f(l).incomeBasic },
    { path: ["本年收入", "项目支出"], key: "本年收入/项目支出", value: (l) => f(l).incomeProject },
    ...spendingColumns(kind, ["本年支出"]),
    {
      path: ["年末结转和结余", "合计"],
      key: "年末结转和结余",
      value: (l) => f(l).endBasic + f(l).endProjectCarry + f(l).endProjectSurplus,
      parts: (l) => [f(l).endBasic, f(l).endProjectCarry + f(l).endProjectSurplus],
    },
    { path: ["年末结转和结余", "基本支出结转"], key: "年末结转和结余/基本支出结转", value: (l) => f(l).endBasic },
    {
      path: ["年末结转和结余", "项目支出结转和结余", "小计"],
      key: "年末结转和结余/项目支出结转和结余/小计",
      value: (l) => f(l).endProjectCarry + f(l).endProjectSurplus,
      parts: (l) => [f(l).endProjectCarry, f(l).endProjectSurplus],
    },
    {
      path: ["年末结转和结余", "项目支出结转和结余", "项目支出结转"],
      key: "年末结转和结余/项目支出结转和结余/项目支出结转",
      value: (l) => f(l).endProjectCarry,
    },
    {
      path: ["年末结转和结余", "项目支出结转和结余", "项目支出结余"],
      key: "年末结转和结余/项目支出结转和结余/项目支出结余",
      value: (l) => f(l).endProjectSurplus,
    },
  ];
}

function simpleColumns(kind: FundKind): CodeColumn[] {
  return spendingColumns(kind, []);
}

function spendingColumns(kind: FundKind, head: string[]): CodeColumn[] {
  const f = (l: FunctionLine) => l.flows[kind];
  return [
    {
      path: [...head, "合计"],
      key: "本年支出合计",
      value: (l) => f(l).personnel + f(l).public + f(l).project,
      parts: (l) => [f(l).personnel + f(l).public, f(l).project],
    },
    { path: [...head, "基本支出", "小计"], key: "基本支出", value: (l) => f(l).personnel + f(l).public, parts: (l) => [f(l).personnel, f(l).public] },
    { path: [...head, "基本支出", "人员经费"], key: "人员经费", value: (l) => f(l).personnel },
    { path: [...head, "基本支出", "公用经费"], key: "公用经费", value: (l) => f(l).public },
    { path: [...head, "项目支出"], key: "项目支出", value: (l) => f(l).project },
  ];
}

function labelPaths(ctx: TableContext, head: string[]): string[][] {
  switch (ctx.layout.codeStyle) {
    case "split":
      return [
        [...head, "科目编码", "类"],
        [...head, "科目编码", "款"],
        [...head, "科目编码", "项"],
        [...head, "科目名称"],
      ];
    case "joined":
      return [[...head, "科目编码及名称"]];
    default:
      return [
        [...head, "支出功能分类科目编码"],
        [...head, "科目名称"],
      ];
  }
}

function codeTable(ctx: TableContext, spec: CodeTableSpec): Block {
  const labels = labelPaths(ctx, spec.labelHead);
  const block = newBlock(spec.id, ctx, labels.length + spec.columns.length);
  let r = renderHeader(block, renderFrame(block, spec.title, ctx), [...labels, ...spec.columns.map((c) => c.path)]);
  if (ctx.layout.lineNumbers) {
    const kinds: ColumnKind[] = [...labels.map((): ColumnKind => "label"), ...spec.columns.map((): ColumnKind => "amount")];
    r = renderColumnNumbers(block, r, kinds);
  }
  r = renderSubHeader(
    block,
    ctx,
    r,
    spec.columns.map((_, i) => labels.length + i),
  );
  block.put(r, 0, "合计");
  block.merge(r, 0, r, labels.length - 1);
  const classes = spec.lines.filter((l) => l.level === 1);
  spec.columns.forEach((col, i) => {
    const values = classes.map(col.value);
    if (spec.lines.length > 0) block.amount(r, labels.length + i, sum(values), { row: "合计", column: col.key, parts: values });
  });
  r++;
  for (const line of spec.lines) {
    renderCode(block, r, line, ctx);
    spec.columns.forEach((col, i) => block.amount(r, labels.length + i, col.value(line), { row: line.code, column: col.key, parts: col.parts?.(line) }));
    r++;
  }
  const notes = spec.lines.length === 0 && spec.emptyNote ? [...spec.notes, spec.emptyNote] : spec.notes;
  renderNotes(block, r, notes);
  return block;
}

function renderCode(block: Block, r: number, line: FunctionLine, ctx: TableContext): void {
  const { code, name } = line;
  switch (ctx.layout.codeStyle) {
    case "split":
      block.put(r, 0, code.slice(0, 3));
      if (code.length >= 5) block.put(r, 1, code.slice(3, 5));
      if (code.length >= 7) block.put(r, 2, code.slice(5, 7));
      block.put(r, 3, name);
      return;
    case "joined":
      block.put(r, 0, `${code} ${name}`);
      return;
    default:
      block.put(r, 0, ctx.layout.numericCodes ? Number(code) : code);
      block.put(r, 1, name);
  }
}
