import { readFileSync } from "fs";
import path from "path";
import { analyzeWorkbook, type AnalysisResult } from "../../../src/core/analysis";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";

const FIXTURES = path.join(__dirname, "../../fixtures");

async function analyze(file: string, prior?: string): Promise<AnalysisResult> {
  const snapshot = await readWorkbook(readFileSync(path.join(FIXTURES, file)), file);
  const priorYear = prior ? await readWorkbook(readFileSync(path.join(FIXTURES, prior)), prior) : undefined;
  return analyzeWorkbook(snapshot, { priorYear });
}

describe("the 审核 list of checks (沾益 2023 决算)", () => {
  let result: AnalysisResult;
  beforeAll(async () => {
    result = await analyze("final-2023-zhanyi.xlsx");
  });

  it("lists every table read, with the checks run there and their counts", () => {
    const subjects = result.checks.map((g) => g.subject);
    expect(subjects.slice(0, 3)).toEqual(["收入支出决算总表", "收入决算表", "支出决算表"]);
    expect(subjects.slice(-3)).toEqual(["绩效表", "情况说明及文字", "整套报表"]);
    const spending = result.checks.find((g) => g.subject === "支出决算表")!;
    expect(spending.where).toBe("公开03表!A1:H21");
    expect([spending.checked, spending.passed, spending.failed]).toEqual([6, 4, 2]);
    const row = spending.lines.find((l) => l.id === "J03.row")!;
    expect(row).toMatchObject({ family: "表内", severity: "error", outcome: "failed", places: 15, failed: 1, errors: 1 });
    expect(row.description).toBe("支出决算表：每行 本年支出合计 = 各项支出之和");
    expect(spending.lines.find((l) => l.id === "J03.tree")).toMatchObject({ outcome: "failed", places: 48, failed: 2 });
  });

  it("shows checks that passed, between tables too", () => {
    const total = result.checks.find((g) => g.subject === "收入支出决算总表")!;
    expect(total.failed).toBe(0);
    const cross = total.lines.filter((l) => l.family === "表间");
    expect(cross.length).toBeGreaterThan(0);
    for (const line of cross) expect(line).toMatchObject({ outcome: "passed", failed: 0 });
    expect(total.lines.every((l) => l.places === undefined || l.places > 0)).toBe(true);
  });

  it("says which checks could not run and why, and never counts them as passed", () => {
    const set = result.checks.find((g) => g.subject === "整套报表")!;
    expect(set.lines.find((l) => l.id === "X.year.carry-over")).toMatchObject({ outcome: "not-run", note: "未提供上年工作簿", family: "跨年" });
    expect(set.checked).toBe(set.lines.filter((l) => l.outcome !== "not-run").length);
    const perf = result.checks.find((g) => g.subject === "绩效表")!;
    expect(perf.lines.find((l) => l.id === "PERF.target.changed")).toMatchObject({ outcome: "not-run" });
  });

  it("counts every finding once, in the line of its rule", () => {
    let counted = 0;
    for (const g of result.checks) for (const l of g.lines) counted += l.errors + l.warnings;
    expect(counted).toBe(result.findings.length);
    const errors = result.checks.flatMap((g) => g.lines).reduce((n, l) => n + l.errors, 0);
    expect(errors).toBe(result.findings.filter((f) => f.severity === "error").length);
  });

  it("runs the cross-year check when last year's workbook is given", async () => {
    const withPrior = await analyze("final-2023-zhanyi.xlsx", "prior-2022-zhanyi.xlsx");
    const line = withPrior.checks.find((g) => g.subject === "整套报表")!.lines.find((l) => l.id === "X.year.carry-over")!;
    expect(line.outcome).not.toBe("not-run");
  });
});
