import type { Finding, FindingKind } from "../../core/findings/finding";
import { SEVERITY_ORDER } from "../../core/findings/finding";
import { runSteps, runStepsPausing, type Pause, type Steps } from "../../core/steps";
import { classOf, FINDING_CLASSES, noFindings, type FindingClass } from "./finding-class";

/** Which findings the list shows. */
export interface FindingFilter {
  /** Severities, and 尾差 apart. */
  classes: ReadonlySet<FindingClass>;
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
  counts: Record<FindingClass, number>;
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
export function filterGroups(groups: FindingGroup[], filter: FindingFilter): FindingGroup[] {
  if (!filter.group && !filter.kind && filter.classes.size === FINDING_CLASSES.length) return groups;
  return groups.flatMap((g) => {
    if (filter.group && g.key !== filter.group) return [];
    const findings = g.findings.filter((f) => matches(f, filter));
    return findings.length ? [{ ...g, findings }] : [];
  });
}

function matches(f: Finding, filter: FindingFilter): boolean {
  return filter.classes.has(classOf(f)) && (!filter.kind || f.kind === filter.kind);
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
  const grouper = new Grouper();
  for (const f of findings) grouper.add(f);
  return grouper.finish();
}

/** The findings of a check as the 检查 tab shows them: groups, totals per severity, the kinds present. */
export interface FindingIndex {
  groups: FindingGroup[];
  totals: Record<FindingClass, number>;
  kinds: FindingKind[];
}

/** Findings grouped between two paints: 60,000 findings take a dozen short tasks instead of one long one. */
const SLICE = 5000;

/**
 * `groupFindings` in slices of 5,000 findings and one slice per table's sort, `pause` between them (the page stays
 * responsive); at once for 5,000 findings or fewer.
 */
export async function indexFindings(findings: readonly Finding[], pause: Pause): Promise<FindingIndex> {
  const steps = indexing(findings);
  return findings.length > SLICE ? runStepsPausing(steps, pause) : runSteps(steps);
}

function* indexing(findings: readonly Finding[]): Steps<FindingIndex> {
  const grouper = new Grouper();
  const totals = noFindings();
  const kinds = new Set<FindingKind>();
  for (let i = 0; i < findings.length; i++) {
    if (i > 0 && i % SLICE === 0) yield;
    const f = findings[i];
    grouper.add(f);
    totals[classOf(f)]++;
    kinds.add(f.kind);
  }
  const groups: FindingGroup[] = [];
  yield; // each table's findings are sorted in a slice of their own (a table of 20,000 findings: ≈ 10 ms)
  for (const group of grouper.sortedGroups()) {
    groups.push(group);
    yield;
  }
  return { groups, totals, kinds: [...kinds] };
}

/** Collects findings into groups; consecutive findings of one table (the usual order) reuse the group found last. */
class Grouper {
  private readonly groups = new Map<string, { group: FindingGroup; order: number[] }>();
  private last?: { sheet: string; table?: string; entry: { group: FindingGroup; order: number[] } };

  add(f: Finding): void {
    const entry = this.last && this.last.sheet === f.sheet && this.last.table === f.table ? this.last.entry : this.entryFor(f);
    entry.group.findings.push(f);
    entry.order.push(SEVERITY_ORDER[f.severity] * 1e12 + cellOrder(f.cell));
    entry.group.counts[classOf(f)]++;
  }

  finish(): FindingGroup[] {
    return [...this.sortedGroups()];
  }

  /** The groups in workbook order, each sorted when it is asked for. */
  *sortedGroups(): Generator<FindingGroup> {
    for (const { group, order } of this.groups.values()) yield { ...group, findings: sortedBy(group.findings, order) };
  }

  private entryFor(f: Finding) {
    const title = groupTitle(f);
    let entry = this.groups.get(title);
    if (!entry) {
      entry = { group: { key: title, title, findings: [], counts: noFindings() }, order: [] };
      this.groups.set(title, entry);
    }
    this.last = { sheet: f.sheet, table: f.table, entry };
    return entry;
  }
}

/**
 * Sorts by precomputed numbers (one key per finding, not two regular expressions per comparison); the engine's
 * findings usually come in this order already, which one pass confirms.
 */
function sortedBy(findings: Finding[], order: number[]): Finding[] {
  let sorted = true;
  for (let i = 1; i < order.length && sorted; i++) sorted = order[i - 1] <= order[i];
  if (sorted) return findings;
  const index = findings.map((_, i) => i).sort((a, b) => order[a] - order[b] || a - b);
  return index.map((i) => findings[i]);
}

/** “D11” → row 11, column 4 as one number; -1 for a finding without a cell address (it comes first). */
function cellOrder(cell: string): number {
  let col = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i === 0 || i === cell.length) return -1;
  let row = 0;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    row = row * 10 + c;
  }
  return row * 20000 + col;
}
