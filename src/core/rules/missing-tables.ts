import type { Finding } from "../findings/finding";
import type { TableModel } from "../tables/table-model";
import { TABLE_KINDS } from "../recognition/table-kinds";
import { groupIntoSets } from "./table-set";
import { cellAddress } from "../snapshot/address";

/** How many core 决算 tables make a workbook a 决算 set whose missing tables are worth reporting. */
const MIN_CORE_TABLES = 3;

/**
 * 决算 sets must publish all nine core tables, an empty one included (with a 无数据/空表 note); an empty
 * table without such a note is reported too.
 */
export function missingTableFindings(tables: TableModel[]): Finding[] {
  const findings: Finding[] = [];
  const core = TABLE_KINDS.filter((k) => k.core);
  for (const set of groupIntoSets(tables)) {
    const present = new Set(set.tables.map((t) => t.kind.id));
    const corePresent = core.filter((k) => present.has(k.id)).length;
    if (corePresent < MIN_CORE_TABLES) continue;
    const unit = set.tables[0]?.department ? `（${set.tables[0].department}）` : "";
    for (const kind of core) {
      if (present.has(kind.id)) continue;
      findings.push({
        rule: "set.missing-table",
        kind: "missing",
        severity: "error",
        sheet: "",
        cell: "",
        related: [],
        table: kind.title,
        message: `缺少《${kind.title}》${unit}。决算公开须包含全部九张公开表，本年度无数据时也应公开空表并注明“本单位本年度无相关收支，故本表无数据”。`,
      });
    }
  }
  for (const t of tables) if (t.isEmpty && !t.emptyNote) findings.push(emptyWithoutNote(t));
  return findings;
}

function emptyWithoutNote(t: TableModel): Finding {
  return {
    rule: "table.empty-note",
    kind: "missing",
    severity: "warning",
    sheet: t.sheet,
    cell: cellAddress(t.range.top, t.range.left),
    related: [],
    table: t.kind.title,
    message: `《${t.kind.title}》没有任何数据，但未注明原因。空表应保留格式公开，并注明如“本单位本年度没有${t.kind.title.replace(/表$/, "")}，故本表无数据”。`,
  };
}
