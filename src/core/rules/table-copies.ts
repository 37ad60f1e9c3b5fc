import type { Finding } from "../findings/finding";
import type { EngineRuleId } from "../findings/rule-id";
import type { TableModel } from "../tables/table-model";
import { byDepartment } from "./table-set";
import { cellAddress, rangeAddress } from "../snapshot/address";

const SHOWN = 5;

/**
 * A table printed more than once for one unit (a copied sheet “公开03表 (2)”, a draft beside the final, two units
 * under the same 部门 line): every copy is checked, and the report says how many there are and where each is, so
 * each finding's sheet and cell tell which copy it is in. Without 部门 lines, a kind counts as copied when it is
 * printed more often than the workbook's other tables (a county 汇总 repeats every table alike).
 */
export function copyFindings(tables: readonly TableModel[]): Finding[] {
  const units = byDepartment(tables);
  const findings: Finding[] = [];
  for (const unit of units ?? [tables]) {
    const byKind = new Map<string, TableModel[]>();
    for (const t of unit) byKind.set(t.kind.id, [...(byKind.get(t.kind.id) ?? []), t]);
    const usual = units ? 1 : Math.min(...[...byKind.values()].map((l) => l.length));
    for (const copies of byKind.values()) if (copies.length > usual) findings.push(copiesFinding(copies));
  }
  return findings;
}

function copiesFinding(copies: TableModel[]): Finding {
  const [first, second] = copies;
  const places = copies.slice(0, SHOWN).map((t, i) => `第 ${i + 1} 份 ${t.sheet}!${rangeAddress(t.range)}`);
  const more = copies.length > SHOWN ? ` 等 ${copies.length} 份` : "";
  const unit = first.department ? `${first.department}的` : "";
  return {
    rule: "structure.copy" satisfies EngineRuleId,
    kind: "input",
    severity: "info",
    sheet: second.sheet,
    cell: cellAddress(second.range.top, second.range.left),
    related: [],
    table: first.kind.title,
    subject: "多份",
    headline: `${unit}《${first.kind.title}》有 ${copies.length} 份，每份都已检查`,
    message: `工作簿中${unit}《${first.kind.title}》有 ${copies.length} 份（${places.join("；")}${more}），每份都已检查（与本单位其他表的核对也逐份进行）；各条问题的工作表和单元格表明它在哪一份中。如其中有草稿或旧版，请确认公开的是哪一份。`,
  };
}
