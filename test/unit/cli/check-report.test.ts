import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { main } from "../../../src/hosts/cli/check";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { EMPTY_REVIEW_BOOK, reconcileReview, REVIEW_STATE_KEY, serializeReviewBook, setReviewStatus } from "../../../src/core/audit/review";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { writeMarkedCopy } from "../../../src/hosts/xlsx/marked-copy";
import type { SheetSnapshot } from "../../../src/core/snapshot/types";
import { runCli } from "../../support/run-cli";

const FIXTURE = path.join(__dirname, "../../fixtures/final-2023-zhanyi.xlsx");
const run = (args: string[]) => runCli(main, args);

function texts(sheet: SheetSnapshot): string[][] {
  return sheet.cells.map((row) => (row ?? []).map((c) => (c?.value === null || c?.value === undefined ? "" : String(c.value))));
}

describe("npm run check --report and --json: the 审核报告", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "check-report-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the report workbook: one row per check, every finding, the file's SHA-256 and the verdict", async () => {
    const out = path.join(dir, "审核报告.xlsx");
    const { code, err } = await run([FIXTURE, "--report", out]);
    expect(code).toBe(1);
    expect(err).toContain("已写出审核报告");
    const result = analyzeWorkbook(await readWorkbook(readFileSync(FIXTURE), "final-2023-zhanyi.xlsx"));
    const report = await readWorkbook(readFileSync(out), "审核报告.xlsx");
    expect(report.sheets.map((s) => s.name)).toEqual(["审核结论", "核对项", "问题"]);
    const summary = texts(report.sheets[0]);
    const sha = createHash("sha256").update(readFileSync(FIXTURE)).digest("hex");
    expect(summary).toContainEqual(["文件 SHA-256", sha]);
    expect(summary).toContainEqual(["单位", "曲靖市沾益区医疗保障局"]);
    expect(summary).toContainEqual(["核对", "支出决算表：核对 6 项，通过 4 项，未通过 2 项"]);
    expect(summary).toContainEqual(["结论", "强制性错误 2 项，提示 6 项（6 项尚未说明） — 强制性错误须修改后再报送"]);
    const checks = texts(report.sheets[1]);
    expect(checks[1]).toEqual(["表", "位置", "类别", "编号", "核对内容", "性质", "核对处数", "结果", "未通过处数", "备注"]);
    expect(checks.length - 2).toBe(result.checks.reduce((n, g) => n + g.lines.length, 0));
    expect(checks).toContainEqual([
      "支出决算表",
      "公开03表!A1:H21",
      "表内",
      "J03.row",
      "支出决算表：每行 本年支出合计 = 各项支出之和",
      "强制",
      "15",
      "未通过",
      "1",
      "强制性错误 1 项",
    ]);
    const problems = texts(report.sheets[2]);
    expect(problems.length - 2).toBe(result.findings.length);
    expect(problems.filter((r) => r[5] === "未处理")).toHaveLength(result.findings.length);
  });

  it("writes the report as a Word document", async () => {
    const out = path.join(dir, "审核报告.docx");
    expect((await run([FIXTURE, "--report", out])).code).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("refuses a report name that is neither .xlsx nor .docx", async () => {
    const { code, err } = await run([FIXTURE, "--report", path.join(dir, "r.pdf")]);
    expect(code).toBe(2);
    expect(err).toContain("--report 的文件名应以 .xlsx 或 .docx 结尾");
  });

  it("reads the accountant's explanations kept in a marked copy, in --json and the report", async () => {
    const bytes = readFileSync(FIXTURE);
    const result = analyzeWorkbook(await readWorkbook(bytes, "f.xlsx"));
    const start = reconcileReview(EMPTY_REVIEW_BOOK, result.findings);
    const warning = start.review.findings.find((r) => r.finding.severity === "warning")!;
    const set = setReviewStatus(start.review, start.book, warning.id, "explained", "该单位本年无政府性基金收入");
    if ("refused" in set) throw new Error(set.refused);
    const marked = path.join(dir, "已标记.xlsx");
    writeFileSync(marked, await writeMarkedCopy(bytes, result.findings, { state: { [REVIEW_STATE_KEY]: serializeReviewBook(set.book) } }));

    const { out } = await run([marked, "--json"]);
    const json = JSON.parse(out);
    expect(json.checks.find((g: { subject: string }) => g.subject === "支出决算表")).toMatchObject({ checked: 6, passed: 4, failed: 2 });
    const explained = json.findings.filter((f: { status: string }) => f.status === "explained");
    expect(explained).toEqual([expect.objectContaining({ id: warning.id, statusText: "该单位本年无政府性基金收入", rule: warning.finding.rule })]);
    expect(json.findings.filter((f: { status: string }) => f.status === "open")).toHaveLength(result.findings.length - 1);

    const report = path.join(dir, "审核报告.xlsx");
    await run([marked, "--report", report]);
    const problems = texts((await readWorkbook(readFileSync(report), "r.xlsx")).sheets[2]);
    expect(problems.find((r) => r[5] === "已说明")?.[6]).toBe("该单位本年无政府性基金收入");
  });
});
