import type { Finding } from "../findings/finding";
import type { Check } from "./evaluate";
import { equationOf, findingFromCheck } from "./explain";
import { qualifiedAddress } from "../snapshot/address";

/** More failures of one rule in one table than this become one summary finding. */
export const MAX_FINDINGS_PER_RULE = 50;
/** Cells a summary names. */
const SHOWN = 10;

/**
 * Thousands of failures of one rule in one table (a broken 48,000-row export) help nobody as thousands of cards:
 * beyond MAX_FINDINGS_PER_RULE they become one finding with the count, the first cells and their equations.
 * Returns the checks still to be reported one by one and the summaries.
 */
export function summarizeMany(checks: readonly Check[]): { single: Check[]; summaries: Finding[] } {
  const groups = new Map<string, Check[]>();
  for (const c of checks) {
    const key = `${c.rule.id}|${c.status}|${c.table.sheet}|${c.table.range.top}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const single: Check[] = [];
  const summaries: Finding[] = [];
  for (const list of groups.values()) {
    if (list.length <= MAX_FINDINGS_PER_RULE) {
      for (const c of list) single.push(c);
      continue;
    }
    summaries.push(summaryOf(list));
  }
  return { single, summaries };
}

function summaryOf(list: Check[]): Finding {
  const first = findingFromCheck(list[0]);
  const shown = list.slice(0, SHOWN);
  const cells = shown.map((c) => c.left[0].cell.address);
  const what = list[0].status === "rounding" ? "尾差" : "不符";
  return {
    ...first,
    related: shown.slice(1).map((c) => qualifiedAddress(c.left[0].cell.sheet, c.left[0].cell.row, c.left[0].cell.col)),
    expected: undefined,
    headline: `《${list[0].table.kind.title}》有 ${list.length} 处${what}：${list[0].rule.name}（${cells.join("、")} 等）`,
    message: `《${list[0].table.kind.title}》共 ${list.length} 处${what}（${list[0].rule.name}），前 ${shown.length} 处为 ${cells.join("、")}。这么多处同类问题，多半是整列或整张表的共同原因，请先核对表的格式与取数。`,
    steps: shown.map(equationOf),
  };
}
