import { readFileSync } from "fs";
import path from "path";
import { analyzeWorkbook, type AnalysisResult } from "../../../src/core/analysis";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import {
  EMPTY_REVIEW_BOOK,
  parseReviewBook,
  reconcileReview,
  serializeReviewBook,
  setReviewStatus,
  type Review,
  type ReviewBook,
} from "../../../src/core/audit/review";
import { buildAuditReport } from "../../../src/core/audit/report";
import { reportTables } from "../../../src/core/audit/report-tables";

const FIXTURE = path.join(__dirname, "../../fixtures/final-2023-zhanyi.xlsx");

function set(review: Review, book: ReviewBook, id: string, state: "explained" | "ignored" | "open", text: string) {
  const out = setReviewStatus(review, book, id, state, text);
  if ("refused" in out) throw new Error(out.refused);
  return out;
}

/** 沾益 支出决算表 D11 基本支出 465.22, which should be 402.22: the accountant corrects it. */
function corrected(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((s) => {
    if (s.name !== "公开03表") return s;
    const cells = s.cells.map((row) => [...row]);
    cells[10][3] = { ...cells[10][3]!, value: 402.22, text: "402.22" };
    return { ...s, cells };
  });
  return { ...snapshot, sheets };
}

describe("the accountant's status per finding, carried from one check to the next", () => {
  let snapshot: WorkbookSnapshot;
  let first: AnalysisResult;
  beforeAll(async () => {
    snapshot = await readWorkbook(readFileSync(FIXTURE), "final-2023-zhanyi.xlsx");
    first = analyzeWorkbook(snapshot);
  });

  it("keeps explanations of findings that remain and marks the fixed one 已修改", () => {
    let { review, book } = reconcileReview(EMPTY_REVIEW_BOOK, first.findings);
    const error = review.findings.find((r) => r.finding.rule === "J03.row")!;
    expect(error.id).toBe("支出决算表|卫生健康支出·基本支出|J03.row");
    expect(error.finding.cell).toBe("D11");
    const warnings = review.findings.filter((r) => r.finding.severity !== "error");
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    ({ review, book } = set(review, book, warnings[0].id, "explained", "该单位本年无政府性基金收入"));
    ({ review, book } = set(review, book, warnings[1].id, "ignored", "格式按本地区要求"));

    // saved with the workbook, read back, checked again after the fix
    const stored = parseReviewBook(serializeReviewBook(book));
    const second = analyzeWorkbook(corrected(snapshot));
    expect(second.findings.some((f) => f.rule === "J03.row")).toBe(false);
    const next = reconcileReview(stored, second.findings).review;
    expect(next.fixed.map((s) => s.id)).toContain(error.id);
    expect(next.fixed.find((s) => s.id === error.id)!.headline).toContain("D11");
    expect(next.findings.find((r) => r.id === warnings[0].id)).toMatchObject({ state: "explained", text: "该单位本年无政府性基金收入" });
    expect(next.findings.find((r) => r.id === warnings[1].id)).toMatchObject({ state: "ignored", text: "格式按本地区要求" });
    expect(next.findings.filter((r) => r.state !== "open")).toHaveLength(2);
  });

  it("refuses to explain or ignore a 强制 error, and wants words for a 提示", () => {
    const { review, book } = reconcileReview(EMPTY_REVIEW_BOOK, first.findings);
    const error = review.findings.find((r) => r.finding.severity === "error")!;
    expect(setReviewStatus(review, book, error.id, "explained", "已核实")).toEqual({ refused: "强制性错误不能说明或忽略，只能修改后重新检查。" });
    expect(setReviewStatus(review, book, error.id, "ignored", "已核实")).toHaveProperty("refused");
    const warning = review.findings.find((r) => r.finding.severity === "warning")!;
    expect(setReviewStatus(review, book, warning.id, "explained", "  ")).toEqual({ refused: "请写明说明的内容。" });
    // a note stored for an error (an older book, or a tail now strict) is not applied
    const forged: ReviewBook = { ...book, notes: [{ id: error.id, state: "explained", text: "x" }] };
    expect(reconcileReview(forged, first.findings).review.findings.find((r) => r.id === error.id)!.state).toBe("open");
  });

  it("gives every finding of a check its own identity", () => {
    const ids = reconcileReview(EMPTY_REVIEW_BOOK, first.findings).review.findings.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reports counts equal to the findings, and the verdict", () => {
    let { review, book } = reconcileReview(EMPTY_REVIEW_BOOK, first.findings);
    const facts = { file: "f.xlsx", digest: { label: "文件 SHA-256", value: "ab" }, checkedAt: "2026-12-06 08:30", version: "0.1.0", year: 2023 };
    const report = (r: Review) => buildAuditReport({ facts, tables: first.tables, unrecognized: first.unrecognized, checks: first.checks, review: r });
    const before = report(review);
    const errors = first.findings.filter((f) => f.severity === "error").length;
    expect(before.counts).toMatchObject({ errors, prompts: first.findings.length - errors, explained: 0, openPrompts: first.findings.length - errors });
    expect(before.ready).toBe(false);
    expect(before.verdict).toBe(
      `强制性错误 ${errors} 项，提示 ${first.findings.length - errors} 项（${first.findings.length - errors} 项尚未说明） — 强制性错误须修改后再报送`,
    );
    const problems = reportTables(before).find((t) => t.name === "问题")!;
    expect(problems.rows).toHaveLength(first.findings.length);
    const checks = reportTables(before).find((t) => t.name === "核对项")!;
    expect(checks.rows).toHaveLength(first.checks.reduce((n, g) => n + g.lines.length, 0));

    const second = analyzeWorkbook(corrected(snapshot));
    ({ review, book } = reconcileReview(book, second.findings));
    for (const r of review.findings.filter((x) => x.finding.severity !== "error")) ({ review, book } = set(review, book, r.id, "explained", "已核实"));
    const after = report(review);
    const left = second.findings.filter((f) => f.severity === "error").length;
    const prompts = second.findings.length - left;
    expect(after.counts).toMatchObject({ errors: left, prompts, explained: prompts, openPrompts: 0, fixed: 1 });
    expect(reportTables(after).find((t) => t.name === "问题")!.rows).toHaveLength(second.findings.length + 1);
    if (left === 0) expect(after.verdict).toBe(`强制性错误 0 项，提示 ${prompts} 项均已说明 — 可以报送`);
  });
});
