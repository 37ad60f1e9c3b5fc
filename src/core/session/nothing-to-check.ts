import type { AnalysisResult } from "../analysis";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/types";

/**
 * Never a silent pass: when a workbook holds nothing the tool can check — no 公开表, no 绩效表, no 情况说明 text —
 * every entry point says so instead of “未发现问题” or “错误 0 项”.
 */
export interface NothingToCheck {
  /**
   * One sentence for a line of output (the CLI's stderr, the ribbon's outcome): what was found.
   * “工作簿中没有可识别的公开表或说明：共 2 个工作表（Sheet1：12 个单元格有内容；Sheet2：空），未找到…。请确认…”
   */
  summary: string;
  /** The likely reason, most specific first (the pane, above WHAT_IS_READ): “工作簿的 2 张工作表都是空的。” */
  reason: string;
}

/** What the tool reads, said whenever it found nothing to check. */
export const WHAT_IS_READ =
  "本工具可以核对：部门决算公开表（收入支出决算总表、收入决算表、支出决算表等）、部门预算公开表（部门收支总表等）、" +
  "项目支出绩效目标表和自评表，以及名称含“说明”的工作表中的情况说明文字。每张表要有标题行（如“支出决算表”）和表头，" +
  "放在哪张工作表、从第几行开始都可以。";

/** How many sheets and unrecognised tables the summary names before “等”. */
const LISTED = 8;

type Checked = Pick<AnalysisResult, "tables" | "textParagraphs" | "unrecognized">;

/** The verdict, or undefined when there is something to check. */
export function nothingToCheck(snapshot: WorkbookSnapshot, result: Checked): NothingToCheck | undefined {
  if (result.tables.length > 0 || result.textParagraphs > 0) return undefined;
  return { summary: summaryOf(snapshot, result), reason: reasonOf(snapshot, result) };
}

function summaryOf(snapshot: WorkbookSnapshot, result: Checked): string {
  const head = "工作簿中没有可识别的公开表或说明：";
  const hint = "请确认打开的是部门预算或决算公开表（表名如“收入支出决算总表”“部门收支总表”），或在工作表“情况说明”中填写说明文字。";
  if (snapshot.sheets.length === 0) return `${head}没有可读取的工作表（图表工作表、对话框工作表不含数据），未找到预决算公开表、绩效表或情况说明文字。${hint}`;
  const sheets = listed(
    snapshot.sheets.map((sheet) => {
      const { filled } = contentOf(sheet);
      return `${sheet.name}：${filled === 0 ? "空" : `${filled} 个单元格有内容`}`;
    }),
  );
  const unrecognized =
    result.unrecognized.length === 0
      ? ""
      : `，有 ${result.unrecognized.length} 处表格未能识别（${listed(result.unrecognized.map((u) => `${u.sheet}!${u.range}${u.title ? `“${u.title}”` : ""}`))}）`;
  return `${head}共 ${snapshot.sheets.length} 个工作表（${sheets}）${unrecognized}，未找到预决算公开表、绩效表或情况说明文字。${hint}`;
}

/**
 * “工作簿中没有任何数据”, a table-like area whose title or header is not a known one (“找到“资产情况表”（Sheet1!A1:F20），
 * 但…”), sheets holding only words, or numbers without any title.
 */
function reasonOf(snapshot: WorkbookSnapshot, result: Checked): string {
  const filled = snapshot.sheets.map((sheet) => ({ name: sheet.name, ...contentOf(sheet) })).filter((s) => s.filled > 0);
  if (filled.length === 0) return snapshot.sheets.length ? `工作簿的 ${snapshot.sheets.length} 张工作表都是空的。` : "工作簿中没有工作表。";
  const unknown = result.unrecognized[0];
  if (unknown) {
    const more = result.unrecognized.length > 1 ? `等 ${result.unrecognized.length} 处` : "";
    const where = `${unknown.sheet}!${unknown.range}${more}`;
    return unknown.title ? `找到“${unknown.title}”（${where}），但没能读成公开表：${unknown.reason}` : `${where}：${unknown.reason}`;
  }
  const where = `${filled
    .slice(0, 3)
    .map((s) => s.name)
    .join("、")}${filled.length > 3 ? ` 等 ${filled.length} 张工作表` : ""}`;
  if (filled.every((s) => s.numbers === 0)) return `${where}中只有文字，没有数字表格；这些文字也不在名称含“说明”的工作表中，所以没有当作情况说明核对。`;
  return `${where}中有数字，但没有找到公开表的标题（如“支出决算表”“部门收支总表”），无法判断是哪张表。`;
}

/** Cells with content, and how many of them hold numbers. */
function contentOf(sheet: SheetSnapshot): { filled: number; numbers: number } {
  let filled = 0;
  let numbers = 0;
  for (const line of sheet.cells) {
    for (const cell of line) {
      if (!cell || cell.value === null || cell.value === "") continue;
      filled++;
      if (typeof cell.value === "number") numbers++;
    }
  }
  return { filled, numbers };
}

function listed(items: string[]): string {
  return items.length <= LISTED ? items.join("；") : `${items.slice(0, LISTED).join("；")} 等 ${items.length} 项`;
}
