import { readFileSync } from "fs";
import path from "path";
import { checkWorkbook, DEFAULT_ENGINE_CONFIG, type CheckResult } from "../../../src/core/session";
import { buildAuditReport } from "../../../src/core/audit/report";
import { groupSummary } from "../../../src/core/audit/report-tables";
import { EMPTY_REVIEW_BOOK, reconcileReview } from "../../../src/core/audit/review";
import type { CheckLine } from "../../../src/core/audit/checklist";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { auditReportWorkbook } from "../../../src/hosts/xlsx/write/audit-report-workbook";
import { expectedCounts, reportRows } from "../../support/audit-report-rows";

/** 达州 2023 预算: its 尾差 (Y03.tree 表1-2!F9, Y05.tree 表2-1!E10 …) are the only deviations of several checks. */
const FILE = "budget-2023-dazhou.xlsx";

async function check(rounding: "interval" | "strict"): Promise<CheckResult> {
  const snapshot = await readWorkbook(readFileSync(path.join(__dirname, "../../fixtures", FILE)), FILE);
  return checkWorkbook(snapshot, { ...DEFAULT_ENGINE_CONFIG, rounding });
}

const lines = (r: CheckResult) => r.checks.flatMap((g) => g.lines.map((line) => ({ key: `${g.subject}|${g.where ?? ""}|${line.id}`, line })));
const sum = (r: CheckResult, of: (l: CheckLine) => number) => lines(r).reduce((n, { line }) => n + of(line), 0);

async function report(result: CheckResult) {
  const { review } = reconcileReview(EMPTY_REVIEW_BOOK, result.findings);
  const facts = { file: FILE, digest: { label: "文件 SHA-256", value: "0" }, checkedAt: "2026-12-06 08:30", version: "0.1.0" };
  const built = buildAuditReport({ facts, tables: result.tables, unrecognized: result.unrecognized, checks: result.checks, review });
  return { built, rows: await reportRows(auditReportWorkbook(built)) };
}

describe("尾差 in the 审核 list: passed with 尾差 (interval), failed (strict), counted alike everywhere", () => {
  let interval: CheckResult;
  let strict: CheckResult;
  beforeAll(async () => {
    [interval, strict] = await Promise.all([check("interval"), check("strict")]);
  });

  it("counts every finding once in the lines of the list, in both modes", () => {
    for (const result of [interval, strict]) {
      const counts = expectedCounts(result.findings);
      expect(sum(result, (l) => l.errors)).toBe(counts.errors);
      expect(sum(result, (l) => l.warnings)).toBe(counts.prompts);
    }
    // Tails by place (a tree rule may find several in one finding): the same in both modes, never fewer than the findings.
    expect(sum(strict, (l) => l.rounding)).toBe(sum(interval, (l) => l.rounding));
    const tails = interval.findings.filter((f) => f.kind === "rounding").length;
    expect(tails).toBe(10);
    expect(sum(interval, (l) => l.rounding)).toBeGreaterThanOrEqual(tails);
    expect(expectedCounts(strict.findings).errors).toBe(expectedCounts(interval.findings).errors + tails);
  });

  it("passes a check whose only deviations are 尾差 in interval mode and fails it in strict mode", () => {
    const tailOnly = lines(interval).filter(({ line }) => line.outcome === "rounding");
    expect(tailOnly.length).toBeGreaterThan(0);
    const inStrict = new Map(lines(strict).map(({ key, line }) => [key, line]));
    for (const { key, line } of tailOnly) {
      // Its findings are all 尾差 (a tail merged into another line's finding leaves none here).
      expect([key, line.errors, line.warnings <= line.rounding]).toEqual([key, 0, true]);
      expect([key, inStrict.get(key)]).toEqual([key, expect.objectContaining({ outcome: "failed", errors: line.warnings, warnings: 0 })]);
    }
    expect(lines(strict).filter(({ line }) => line.outcome === "rounding")).toEqual([]);
    // The Y03.tree line of 表1-2: two places off by a tail, told in one finding (表1-2!F9), and nothing else.
    const y03 = tailOnly.find(({ key }) => key.endsWith("|Y03.tree"))!;
    expect(y03.line).toMatchObject({ outcome: "rounding", failed: 2, rounding: 2, errors: 0, warnings: 1 });
    expect(interval.findings.filter((f) => f.rule === "Y03.tree").map((f) => `${f.sheet}!${f.cell} ${f.kind}`)).toEqual(["表1-2!F9 rounding"]);
    for (const [i, g] of interval.checks.entries()) {
      const s = strict.checks[i];
      const moved = g.lines.filter((l) => l.outcome === "rounding").length;
      expect([g.subject, g.rounding, s.passed, s.failed]).toEqual([g.subject, moved, g.passed - moved, g.failed + moved]);
      if (moved > 0) expect(groupSummary(g)).toBe(`${g.subject}：核对 ${g.checked} 项，通过 ${g.passed} 项（其中 ${moved} 项有尾差），未通过 ${g.failed} 项`);
    }
  });

  it("shows the same counts in the report's summary, its check rows and its finding rows", async () => {
    for (const result of [interval, strict]) {
      const { built, rows } = await report(result);
      const counts = expectedCounts(result.findings);
      expect(built.counts).toMatchObject({ errors: counts.errors, prompts: counts.prompts });
      expect(rows.summary.find((r) => r[0] === "结论")![1]).toMatch(new RegExp(`^${counts.head}`));
      expect(rows.problems.filter((r) => r[3] === "强制")).toHaveLength(counts.errors);
      expect(rows.problems.filter((r) => r[3] === "提示")).toHaveLength(counts.prompts);
      const tailRows = rows.checks.filter((r) => r[7] === "通过（有尾差）");
      expect(tailRows).toHaveLength(result.checks.reduce((n, g) => n + g.rounding, 0));
      for (const row of tailRows) expect([row[8] ?? "", row[9]]).toEqual(["", expect.stringMatching(/^尾差 \d+ 处（在四舍五入范围内，列为提示）$/)]);
      expect(rows.checks.filter((r) => r[7] === "未通过")).toHaveLength(result.checks.reduce((n, g) => n + g.failed, 0));
      for (const g of result.checks) expect(rows.summary).toContainEqual(["核对", groupSummary(g)]);
    }
    expect((await report(strict)).rows.checks.filter((r) => r[7] === "通过（有尾差）")).toEqual([]);
  });
});
