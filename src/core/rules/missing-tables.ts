import type { Finding } from "../findings/finding";
import type { EngineRuleId } from "../findings/rule-id";
import type { TableModel } from "../tables/table-model";
import { TABLE_KINDS } from "../recognition/table-kinds";
import { groupIntoSets } from "./table-set";
import { cellAddress } from "../snapshot/address";

/** How many core tables of a family make a workbook such a set, whose missing tables are worth reporting. */
const MIN_CORE_TABLES = 3;

/** 决算: all nine tables must be published (missing: error); 预算: the national template's nine (warning). */
const FAMILY_RULES: Record<"决算" | "预算", { severity: Finding["severity"]; why: string }> = {
  决算: { severity: "error", why: "决算公开须包含全部九张公开表，本年度无数据时也应公开空表并注明“本单位本年度无相关收支，故本表无数据”。" },
  预算: { severity: "warning", why: "按全国统一的部门预算公开格式，预算公开一般包含这张表（无数据时公开空表并说明）；如本地区格式不同，可忽略。" },
};

/**
 * A set of one family (决算 or 预算) holding at least MIN_CORE_TABLES of its core tables must hold them all, an
 * empty one included (with a 无数据/空表 note); an empty table without such a note is reported too.
 */
export function missingTableFindings(tables: TableModel[]): Finding[] {
  const findings: Finding[] = [];
  for (const set of groupIntoSets(tables)) {
    const present = new Set(set.tables.map((t) => t.kind.id));
    const unit = set.tables[0]?.department ? `（${set.tables[0].department}）` : "";
    for (const family of ["决算", "预算"] as const) {
      const core = TABLE_KINDS.filter((k) => k.core && k.family === family);
      if (core.filter((k) => present.has(k.id)).length < MIN_CORE_TABLES) continue;
      for (const kind of core) if (!present.has(kind.id)) findings.push(missingTable(kind.title, unit, FAMILY_RULES[family]));
    }
  }
  for (const t of tables) if (t.isEmpty && !t.emptyNote && !t.numbersUnread) findings.push(emptyWithoutNote(t));
  return findings;
}

function missingTable(title: string, unit: string, rule: (typeof FAMILY_RULES)["决算"]): Finding {
  return {
    rule: "set.missing-table" satisfies EngineRuleId,
    kind: "missing",
    severity: rule.severity,
    sheet: "",
    cell: "",
    related: [],
    table: title,
    subject: "缺表",
    headline: `缺少《${title}》${unit}`,
    message: `缺少《${title}》${unit}。${rule.why}`,
  };
}

function emptyWithoutNote(t: TableModel): Finding {
  return {
    rule: "table.empty-note" satisfies EngineRuleId,
    kind: "missing",
    severity: "warning",
    sheet: t.sheet,
    cell: cellAddress(t.range.top, t.range.left),
    related: [],
    table: t.kind.title,
    message: `《${t.kind.title}》没有任何数据，但未注明原因。空表应保留格式公开，并注明如“本单位本年度没有${t.kind.title.replace(/表$/, "")}，故本表无数据”。`,
  };
}
