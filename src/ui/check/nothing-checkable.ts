import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { AnalysisView } from "../engine";

/** Nothing the tool can check was found: no table (公开表 or 绩效表) and no 情况说明 text. Never a pass. */
export function isNothingCheckable(analysis: AnalysisView): boolean {
  return analysis.tables.length === 0 && analysis.textParagraphs === 0;
}

/** What the tool reads, said whenever it found nothing to check. */
export const WHAT_IS_READ =
  "本工具可以核对：部门决算公开表（收入支出决算总表、收入决算表、支出决算表等）、部门预算公开表（部门收支总表等）、" +
  "项目支出绩效目标表和自评表，以及名称含“说明”的工作表中的情况说明文字。每张表要有标题行（如“支出决算表”）和表头，" +
  "放在哪张工作表、从第几行开始都可以。";

/**
 * The likely reason, most specific first: “工作簿中没有任何数据”, a table-like area whose title or header is not
 * a known one (“找到“资产情况表”（Sheet1!A1:F20），但…”), sheets holding only words, or numbers without any title.
 */
export function nothingCheckableReason(analysis: AnalysisView, snapshot: WorkbookSnapshot): string {
  const content = contentOf(snapshot);
  if (content.sheets.length === 0) return snapshot.sheets.length ? `工作簿的 ${snapshot.sheets.length} 张工作表都是空的。` : "工作簿中没有工作表。";
  const unknown = analysis.unrecognized[0];
  if (unknown) {
    const more = analysis.unrecognized.length > 1 ? `等 ${analysis.unrecognized.length} 处` : "";
    const where = `${unknown.sheet}!${unknown.range}${more}`;
    return unknown.title ? `找到“${unknown.title}”（${where}），但没能读成公开表：${unknown.reason}` : `${where}：${unknown.reason}`;
  }
  const where = `${content.sheets.slice(0, 3).join("、")}${content.sheets.length > 3 ? ` 等 ${content.sheets.length} 张工作表` : ""}`;
  if (content.numbers === 0) return `${where}中只有文字，没有数字表格；这些文字也不在名称含“说明”的工作表中，所以没有当作情况说明核对。`;
  return `${where}中有数字，但没有找到公开表的标题（如“支出决算表”“部门收支总表”），无法判断是哪张表。`;
}

/** Sheets with any filled cell, and how many cells hold numbers. */
function contentOf(snapshot: WorkbookSnapshot): { sheets: string[]; numbers: number } {
  const sheets: string[] = [];
  let numbers = 0;
  for (const sheet of snapshot.sheets) {
    let filled = false;
    for (const line of sheet.cells) {
      for (const cell of line) {
        if (!cell || cell.value === null || cell.value === "") continue;
        filled = true;
        if (typeof cell.value === "number") numbers++;
      }
    }
    if (filled) sheets.push(sheet.name);
  }
  return { sheets, numbers };
}
