import type { AnalysisResult } from "../core/analysis";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/snapshot/types";

/** How many sheets and unrecognised tables the message names before “等”. */
const LISTED = 8;

/**
 * Never a silent pass: when a workbook holds nothing the tool can check — no 公开表, no 绩效表, no 情况说明 text —
 * the answer is this sentence saying what was found, not “错误 0 项”. Undefined when there is something to check.
 *
 *   nothingToCheck(snapshot, result)
 *   // "工作簿中没有可识别的公开表或说明：共 2 个工作表（Sheet1：12 个单元格有内容；Sheet2：空），
 *   //  未找到预决算公开表、绩效表或情况说明文字。…"
 */
export function nothingToCheck(snapshot: WorkbookSnapshot, result: Pick<AnalysisResult, "tables" | "textParagraphs" | "unrecognized">): string | undefined {
  if (result.tables.length > 0 || result.textParagraphs > 0) return undefined;
  const head = "工作簿中没有可识别的公开表或说明：";
  const hint = "请确认打开的是部门预算或决算公开表（表名如“收入支出决算总表”“部门收支总表”），或在工作表“情况说明”中填写说明文字。";
  if (snapshot.sheets.length === 0) return `${head}没有可读取的工作表（图表工作表、对话框工作表不含数据），未找到预决算公开表、绩效表或情况说明文字。${hint}`;
  const sheets = listed(snapshot.sheets.map(describeSheet), "；");
  const unrecognized =
    result.unrecognized.length === 0
      ? ""
      : `，有 ${result.unrecognized.length} 处表格未能识别（${listed(
          result.unrecognized.map((u) => `${u.sheet}!${u.range}${u.title ? `“${u.title}”` : ""}`),
          "；",
        )}）`;
  return `${head}共 ${snapshot.sheets.length} 个工作表（${sheets}）${unrecognized}，未找到预决算公开表、绩效表或情况说明文字。${hint}`;
}

function describeSheet(sheet: SheetSnapshot): string {
  let filled = 0;
  for (const line of sheet.cells) for (const cell of line) if (cell && cell.value !== null && cell.value !== "") filled++;
  return `${sheet.name}：${filled === 0 ? "空" : `${filled} 个单元格有内容`}`;
}

function listed(items: string[], separator: string): string {
  return items.length <= LISTED ? items.join(separator) : `${items.slice(0, LISTED).join(separator)} 等 ${items.length} 项`;
}
