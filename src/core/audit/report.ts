import type { CheckGroup } from "./checklist";
import type { Review, ReviewedFinding, SeenFinding } from "./review";
import type { FileDigest } from "./digest";

/** Facts about the check the report states in its head. */
export interface ReportFacts {
  /** “曲靖市沾益区医疗保障局”, when the workbook names it. */
  unit?: string;
  year?: number;
  file: string;
  /** The SHA-256 the bureau can tell the very file by, with what exactly was hashed (digest.ts). */
  digest: FileDigest;
  /** Date and time of the check, as printed (“2026-12-06 08:30”). */
  checkedAt: string;
  /** The tool's version (package.json). */
  version: string;
}

export interface ReportCounts {
  /** 强制性错误: findings of severity error (never explained, only fixed). */
  errors: number;
  /** 提示: warnings, 尾差 and notes. */
  prompts: number;
  explained: number;
  ignored: number;
  /** 提示 neither explained nor ignored. */
  openPrompts: number;
  fixed: number;
}

/** The 审核报告: what was read, every check, every finding with its status, and the verdict. */
export interface AuditReport {
  facts: ReportFacts;
  tablesRead: { subject: string; where: string; unit: string }[];
  tablesNotRead: { where: string; title: string; reason: string }[];
  groups: CheckGroup[];
  /** Findings still to deal with: errors, and 提示 not explained or ignored. */
  open: ReviewedFinding[];
  /** 提示 explained (已说明) or ignored (忽略), with the accountant's words. */
  answered: ReviewedFinding[];
  /** Findings of an earlier check that are gone (已修改). */
  fixed: SeenFinding[];
  counts: ReportCounts;
  /** “强制性错误 0 项，提示 3 项均已说明 — 可以报送”. */
  verdict: string;
  /** May it be handed in: no error and every 提示 explained or ignored. */
  ready: boolean;
}

export interface ReportInput {
  facts: ReportFacts;
  tables: readonly { sheet: string; range: string; kind: string; unit: string }[];
  unrecognized: readonly { sheet: string; range: string; title: string; reason: string }[];
  checks: CheckGroup[];
  review: Review;
}

export function buildAuditReport(input: ReportInput): AuditReport {
  const { findings, fixed } = input.review;
  const open = findings.filter((r) => r.state === "open");
  const answered = findings.filter((r) => r.state !== "open");
  const errors = findings.filter((r) => r.finding.severity === "error").length;
  const counts: ReportCounts = {
    errors,
    prompts: findings.length - errors,
    explained: answered.filter((r) => r.state === "explained").length,
    ignored: answered.filter((r) => r.state === "ignored").length,
    openPrompts: open.length - errors,
    fixed: fixed.length,
  };
  return {
    facts: input.facts,
    tablesRead: input.tables.map((t) => ({ subject: t.kind, where: `${t.sheet}!${t.range}`, unit: t.unit })),
    tablesNotRead: input.unrecognized.map((u) => ({ where: `${u.sheet}!${u.range}`, title: u.title, reason: u.reason })),
    groups: input.checks,
    open,
    answered,
    fixed,
    counts,
    verdict: verdictOf(counts),
    ready: counts.errors === 0 && counts.openPrompts === 0,
  };
}

/** “2026-12-06 08:30”, local time: when the check ran, as the report prints it. */
export function printedTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function verdictOf(c: ReportCounts): string {
  const head = `强制性错误 ${c.errors} 项，提示 ${c.prompts} 项`;
  if (c.errors > 0) return `${head}${promptState(c)} — 强制性错误须修改后再报送`;
  if (c.openPrompts > 0) return `${head}，其中 ${c.openPrompts} 项尚未说明 — 请逐项说明或修改后再报送`;
  if (c.prompts === 0) return `${head} — 可以报送`;
  return `${head}${c.ignored === 0 ? "均已说明" : c.explained === 0 ? "均已忽略（附理由）" : "均已说明或忽略（附理由）"} — 可以报送`;
}

function promptState(c: ReportCounts): string {
  if (c.prompts === 0) return "";
  return c.openPrompts === 0 ? "（均已说明）" : `（${c.openPrompts} 项尚未说明）`;
}
