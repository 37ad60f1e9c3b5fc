import type { Finding, FindingKind, Severity } from "../../core/findings/finding";
import { SEVERITY_ORDER } from "../../core/findings/finding";

/** Which findings the list shows. */
export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** undefined = every kind. */
  kind?: FindingKind;
}

/** Findings of one table (its title and sheet), as the list shows them. */
export interface FindingGroup {
  key: string;
  /** "支出决算表 · 公开03表", or "整个工作簿" for findings without a sheet. */
  title: string;
  findings: Finding[];
  counts: Record<Severity, number>;
}

export const WHOLE_WORKBOOK = "整个工作簿";

/** Stable identity of a finding within one analysis (used for selection and React keys). */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.cell}|${f.message}`;
}

export function applyFilter(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter((f) => filter.severities.has(f.severity) && (!filter.kind || f.kind === filter.kind));
}

function groupTitle(f: Finding): string {
  if (!f.sheet) return WHOLE_WORKBOOK;
  return f.table ? `${f.table} · ${f.sheet}` : f.sheet;
}

/**
 * Groups findings by table, in workbook order (order of first appearance), most severe first inside a group,
 * then by cell position.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const title = groupTitle(f);
    const group = groups.get(title) ?? { key: title, title, findings: [], counts: { error: 0, warning: 0, info: 0 } };
    group.findings.push(f);
    group.counts[f.severity]++;
    groups.set(title, group);
  }
  for (const g of groups.values()) g.findings.sort(compareFindings);
  return [...groups.values()];
}

function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareCells(a.cell, b.cell);
}

function compareCells(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  return Number(pa[2]) - Number(pb[2]) || pa[1].length - pb[1].length || pa[1].localeCompare(pb[1]);
}
