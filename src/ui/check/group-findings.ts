import type { Finding, FindingKind, Severity } from "../../core/findings/finding";
import { SEVERITY_ORDER } from "../../core/findings/finding";

/** Which findings the list shows. */
export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** undefined = every kind. */
  kind?: FindingKind;
  /** Key of one group (a table), chosen in the summary; undefined = every table. */
  group?: string;
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

/**
 * The groups with only the findings the filter lets through (order kept, empty groups dropped): 60,000
 * findings are grouped and sorted once per check, not again for every click on a filter.
 */
export function filterGroups(groups: readonly FindingGroup[], filter: FindingFilter): FindingGroup[] {
  return groups.flatMap((g) => {
    if (filter.group && g.key !== filter.group) return [];
    const findings = g.findings.filter((f) => matches(f, filter));
    return findings.length ? [{ ...g, findings }] : [];
  });
}

function matches(f: Finding, filter: FindingFilter): boolean {
  return filter.severities.has(f.severity) && (!filter.kind || f.kind === filter.kind);
}

function groupTitle(f: Finding): string {
  if (!f.sheet) return WHOLE_WORKBOOK;
  return f.table ? `${f.table} · ${f.sheet}` : f.sheet;
}

/**
 * Groups findings by table, in workbook order (order of first appearance), most severe first inside a group,
 * then by cell position (row, then column: D10 before D11 before C9 when C9 is only a warning).
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, { group: FindingGroup; order: number[] }>();
  for (const f of findings) {
    const title = groupTitle(f);
    let entry = groups.get(title);
    if (!entry) {
      entry = { group: { key: title, title, findings: [], counts: { error: 0, warning: 0, info: 0 } }, order: [] };
      groups.set(title, entry);
    }
    entry.group.findings.push(f);
    entry.order.push(SEVERITY_ORDER[f.severity] * 1e12 + cellOrder(f.cell));
    entry.group.counts[f.severity]++;
  }
  return [...groups.values()].map(({ group, order }) => ({ ...group, findings: sortedBy(group.findings, order) }));
}

/** Sorts by precomputed numbers (one key per finding, not two regular expressions per comparison). */
function sortedBy(findings: Finding[], order: number[]): Finding[] {
  const index = findings.map((_, i) => i).sort((a, b) => order[a] - order[b] || a - b);
  return index.map((i) => findings[i]);
}

/** “D11” → row 11, column 4 as one number; -1 for a finding without a cell address (it comes first). */
function cellOrder(cell: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return -1;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) * 20000 + col;
}
