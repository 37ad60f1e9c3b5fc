import type { Finding } from "../findings/finding";
import type { EngineRuleId } from "../findings/rule-id";
import type { WorkbookSnapshot } from "../snapshot/types";
import type { TableModel } from "../tables/table-model";
import { cellAddress, columnLetters } from "../snapshot/address";

const SHOWN = 8;

/**
 * Hidden sheets, rows and columns are read and checked like the rest (a hidden table is published with the file);
 * the report says what was hidden in each table, so the accountant can decide whether it should be shown or removed.
 */
export function hiddenFindings(snapshot: WorkbookSnapshot, tables: readonly TableModel[]): Finding[] {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const findings: Finding[] = [];
  for (const table of tables) {
    const sheet = sheets.get(table.sheet);
    if (!sheet) continue;
    const { top, bottom, left, right } = table.range;
    const rows = (sheet.hiddenRows ?? []).filter((r) => r >= top && r <= bottom).map((r) => `第 ${r + 1} 行`);
    const cols = (sheet.hiddenColumns ?? []).filter((c) => c >= left && c <= right).map((c) => `${columnLetters(c)} 列`);
    const parts = [...(sheet.hidden ? [`整张表（工作表“${table.sheet}”隐藏）`] : []), ...rows, ...cols];
    if (parts.length > 0) findings.push(hiddenFinding(table, parts));
  }
  return findings;
}

function hiddenFinding(table: TableModel, parts: string[]): Finding {
  const shown = parts.slice(0, SHOWN).join("、") + (parts.length > SHOWN ? ` 等 ${parts.length} 处` : "");
  return {
    rule: "structure.hidden" satisfies EngineRuleId,
    kind: "input",
    severity: "warning",
    sheet: table.sheet,
    cell: cellAddress(table.range.top, table.range.left),
    related: [],
    table: table.kind.title,
    subject: "隐藏",
    headline: `《${table.kind.title}》有隐藏的部分（${shown}），已照常检查`,
    message: `《${table.kind.title}》中被隐藏的有：${shown}；已照常读取和检查。文件公开后隐藏的内容仍可被看到，请确认应显示还是删除。`,
  };
}
