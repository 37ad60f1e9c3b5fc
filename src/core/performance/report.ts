import type { Finding } from "../findings/finding";
import { qualifiedAddress } from "../snapshot/address";
import type { Decimal } from "../numbers/decimal";
import type { PerformanceProject, SourceCell } from "./model";
import { performanceRule, type PerformanceRuleId } from "./rules";
import { compact } from "../text/normalize";
import { PROJECT_CATEGORY_PREFIX, PROJECT_CODE_PREFIX } from "./vocabulary";

export interface FindingExtra {
  related?: (SourceCell | undefined)[];
  /** Cells of other tables (“公开03表!E7”), already qualified. */
  relatedAddresses?: string[];
  expected?: string;
  actual?: string;
  /** What the cell holds (“标准化服务大厅建设经费·全年执行数”); the project's name when not given. */
  subject?: string;
  headline?: string;
  steps?: string[];
  /** A difference within rounding (尾差): a warning of kind `rounding`, whatever the rule's severity. */
  rounding?: boolean;
}

/** A performance finding anchored at `cell`, severity from the catalogue. */
export function performanceFinding(rule: PerformanceRuleId, project: PerformanceProject, cell: SourceCell, message: string, extra: FindingExtra = {}): Finding {
  const finding: Finding = {
    rule,
    kind: extra.rounding ? "rounding" : "indicator",
    severity: extra.rounding ? "warning" : performanceRule(rule).severity,
    sheet: cell.sheet,
    cell: cell.address,
    related: (extra.related ?? [])
      .filter((c): c is SourceCell => c !== undefined && !(c.sheet === cell.sheet && c.address === cell.address))
      .map((c) => qualifiedAddress(c.sheet, c.row, c.col))
      .concat(extra.relatedAddresses ?? []),
    message,
    table: project.table.kind,
    subject: extra.subject ?? projectLabel(project),
  };
  if (extra.expected !== undefined) finding.expected = extra.expected;
  if (extra.actual !== undefined) finding.actual = extra.actual;
  if (extra.headline !== undefined) finding.headline = extra.headline;
  if (extra.steps !== undefined) finding.steps = extra.steps;
  return finding;
}

/** Project name without its code: “51118122T000007158756-人才开发专项资助金” → “人才开发专项资助金”. */
export function projectLabel(project: PerformanceProject): string {
  return project.name.replace(PROJECT_CODE_PREFIX, "").trim() || project.table.kind;
}

/** “专项业务类—异地就医工作” → “异地就医工作”: the name without code and category, compacted, to match by. */
export function projectKey(project: PerformanceProject): string {
  return compact(projectLabel(project).replace(PROJECT_CATEGORY_PREFIX, ""));
}

/** “人才开发专项资助金·“人才引进安家补助费”” — where an indicator finding is. */
export function indicatorLabel(project: PerformanceProject, name: SourceCell): string {
  return `${projectLabel(project)}：指标“${name.text}”`;
}

/** Plain number text without trailing zeros (“14.5”, “41850”). */
export function plain(value: Decimal): string {
  return value.toFixed();
}

/** Two-decimal text (“14.47”). */
export function fixed2(value: Decimal): string {
  return value.toFixed(2);
}

/** Percent text from a fraction with two decimals (1 → “100.00%”). */
export function percent2(fraction: Decimal): string {
  return `${fraction.times(100).toFixed(2)}%`;
}
