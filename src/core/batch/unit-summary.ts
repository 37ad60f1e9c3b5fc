import type { AnalysisResult } from "../analysis";
import type { Finding } from "../findings/finding";
import { headlineOf } from "../findings/headline";

/** What kind of disclosure a workbook is, by the families of the tables read in it. */
export type DisclosureKind = "决算" | "预算" | "绩效" | "";

/**
 * One unit's workbook in a batch review (财政局 批量审核): who, which year, what was read, how many problems of
 * each kind, and the first error's fix sentence — one row of the 汇总 sheet.
 */
export interface UnitSummary {
  /** The unit's name as its titles write it (“上海市普陀区财政局”); empty when no title names it. */
  unit: string;
  year?: number;
  kind: DisclosureKind;
  /** Standard titles of the tables read (“收入支出决算总表”, …), in workbook order. */
  tablesRead: string[];
  /** Standard titles of the core tables that are missing (from the 缺表 findings). */
  tablesMissing: string[];
  errors: number;
  warnings: number;
  /** 尾差: rounding tails, never errors. */
  roundings: number;
  /** Problems found in the 情况说明 text (any severity but rounding tails). */
  textProblems: number;
  /** “支出决算表 D11 卫生健康支出·基本支出 填 465.22，应为 402.22（多 63.00）”, or empty without errors. */
  firstFix: string;
}

/** The summary row of one analysed workbook. `unit` comes from the caller (the narrative's unitName). */
export function summarizeUnit(result: AnalysisResult, unit: string | undefined): UnitSummary {
  const firstError = result.findings.find((f) => f.severity === "error");
  return {
    unit: unit ?? "",
    year: result.year,
    kind: disclosureKind(result),
    tablesRead: result.tables.map(kindTitle),
    tablesMissing: result.findings.filter((f) => f.rule === "set.missing-table").map((f) => f.table ?? ""),
    errors: count(result.findings, (f) => f.severity === "error"),
    warnings: count(result.findings, (f) => f.severity === "warning" && f.kind !== "rounding"),
    roundings: count(result.findings, (f) => f.kind === "rounding"),
    textProblems: count(result.findings, (f) => f.kind === "narrative" && f.severity !== "info"),
    firstFix: firstError ? headlineOf(firstError) : "",
  };
}

/** 决算 when any 决算 table was read, else 预算, else 绩效 (a workbook of 绩效 tables only), else nothing. */
function disclosureKind(result: AnalysisResult): DisclosureKind {
  const families = new Set<string>();
  for (const m of result.models) families.add(m.kind.family);
  if (families.has("决算")) return "决算";
  if (families.has("预算")) return "预算";
  return families.has("绩效") || result.projects.length > 0 ? "绩效" : "";
}

const kindTitle = (t: AnalysisResult["tables"][number]): string => t.kind;

function count(findings: readonly Finding[], test: (f: Finding) => boolean): number {
  let n = 0;
  for (const f of findings) if (test(f)) n++;
  return n;
}

/** One rule over a batch: how many units fail it — the bureau sees a template problem every unit shares at a glance. */
export interface RuleFailure {
  rule: string;
  /** Units (workbooks) with at least one finding of this rule. */
  units: number;
  /** Findings of this rule over all units. */
  findings: number;
  severity: Finding["severity"];
  /** The first failing finding's headline, as an example. */
  example: string;
}

/** Every rule that failed in at least one unit, most units first. */
export function ruleFailures(perUnit: readonly (readonly Finding[])[]): RuleFailure[] {
  const byRule = new Map<string, RuleFailure>();
  for (const findings of perUnit) {
    const seen = new Set<string>();
    for (const f of findings) {
      const entry = byRule.get(f.rule) ?? { rule: f.rule, units: 0, findings: 0, severity: f.severity, example: headlineOf(f) };
      entry.findings++;
      if (!seen.has(f.rule)) entry.units++;
      seen.add(f.rule);
      if (f.severity === "error") entry.severity = "error";
      byRule.set(f.rule, entry);
    }
  }
  return [...byRule.values()].sort((a, b) => b.units - a.units || b.findings - a.findings || a.rule.localeCompare(b.rule));
}
