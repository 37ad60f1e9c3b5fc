import { renderHeader, type Block } from "./block";
import { newBlock, renderFrame, renderNotes, type TableContext } from "./table-frame";
import type { EconomicLine } from "./unit-accounts";

/**
 * 一般公共预算财政拨款基本支出决算表: 经济分类 lines printed as 2 or 3 column groups side by side
 * (code | name | amount, repeated), with 人员经费合计 and 公用经费合计 on the bottom line.
 */
export function basicSpendingTable(ctx: TableContext): Block {
  if (ctx.layout.t6Groups === 1) return basicSpendingList(ctx);
  const { personnelLines, publicLines } = ctx.accounts;
  const groups: EconomicLine[][] =
    ctx.layout.t6Groups === 3
      ? [personnelLines, publicLines.filter((l) => !l.code.startsWith("310")), publicLines.filter((l) => l.code.startsWith("310"))]
      : [personnelLines, publicLines];
  const block = newBlock("J06", ctx, groups.length * 3);
  const paths = groups.flatMap((_, g) => ["科目编码", "科目名称", "金额"].map((h) => [g === 0 ? "人员经费" : "公用经费", h]));
  let r = renderHeader(block, renderFrame(block, "一般公共预算财政拨款基本支出决算表", ctx), paths);
  const height = Math.max(...groups.map((g) => g.length));
  for (let i = 0; i < height; i++) {
    groups.forEach((lines, g) => {
      const line = lines[i];
      if (!line) return;
      block.put(r + i, g * 3, line.code);
      block.put(r + i, g * 3 + 1, line.name);
      block.amount(r + i, g * 3 + 2, line.amount, { row: line.code, column: "金额", parts: line.level === 1 ? childAmounts(lines, line.code) : undefined });
    });
  }
  r += height;
  const classes = (lines: EconomicLine[]) => lines.filter((l) => l.level === 1).map((l) => l.amount);
  const personnel = classes(personnelLines);
  const pub = classes(publicLines);
  block.put(r, 0, "人员经费合计");
  block.merge(r, 0, r, 1);
  block.amount(
    r,
    2,
    personnel.reduce((a, b) => a + b, 0),
    { row: "人员经费合计", column: "金额", parts: personnel },
  );
  const last = block.width - 1;
  block.put(r, 3, "公用经费合计");
  block.merge(r, 3, r, last - 1);
  block.amount(
    r,
    last,
    pub.reduce((a, b) => a + b, 0),
    { row: "公用经费合计", column: "金额", parts: pub },
  );
  renderNotes(block, r + 1, ["注：本表反映部门本年度一般公共预算财政拨款基本支出经济分类支出情况。"]);
  return block;
}

function childAmounts(lines: EconomicLine[], code: string): number[] {
  return lines.filter((l) => l.level === 2 && l.code.startsWith(code)).map((l) => l.amount);
}

/** One list: 科目编码 | 科目名称 | 人员经费 | 公用经费, 合计 on the first line, each 经济分类 line in its own column. */
function basicSpendingList(ctx: TableContext): Block {
  const { personnelLines, publicLines } = ctx.accounts;
  const block = newBlock("J06", ctx, 4);
  let r = renderHeader(block, renderFrame(block, "一般公共预算财政拨款基本支出决算表", ctx), [["科目编码"], ["科目名称"], ["人员经费"], ["公用经费"]]);
  const classes = (lines: EconomicLine[]) => lines.filter((l) => l.level === 1).map((l) => l.amount);
  block.put(r, 0, "合计");
  block.merge(r, 0, r, 1);
  block.amount(
    r,
    2,
    classes(personnelLines).reduce((a, b) => a + b, 0),
    { row: "人员经费合计", column: "人员经费", parts: classes(personnelLines) },
  );
  block.amount(
    r,
    3,
    classes(publicLines).reduce((a, b) => a + b, 0),
    { row: "公用经费合计", column: "公用经费", parts: classes(publicLines) },
  );
  r++;
  for (const [lines, col, column] of [
    [personnelLines, 2, "人员经费"],
    [publicLines, 3, "公用经费"],
  ] as const) {
    for (const line of lines) {
      block.put(r, 0, line.code);
      block.put(r, 1, line.name);
      block.amount(r, col, line.amount, { row: line.code, column, parts: line.level === 1 ? childAmounts(lines, line.code) : undefined });
      r++;
    }
  }
  renderNotes(block, r, ["注：本表反映部门本年度一般公共预算财政拨款基本支出经济分类支出情况。"]);
  return block;
}
