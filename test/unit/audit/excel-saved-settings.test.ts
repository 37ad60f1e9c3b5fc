import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { parseReviewBook, reconcileReview, REVIEW_STATE_KEY, serializeReviewBook, setReviewStatus } from "../../../src/core/audit/review";
import { main } from "../../../src/hosts/cli/check";
import { FileWorkbookHost } from "../../../src/hosts/xlsx/file-host";
import { withExcelSettings } from "../../support/excel-saved-settings";
import { reportRows } from "../../support/audit-report-rows";
import { fixtureBytes } from "../../support/fixtures";
import { loadExcelJs } from "../../support/load-exceljs";
import { runCli } from "../../support/run-cli";
import { fromExcelJs } from "../office/from-exceljs";
import { installOffice } from "../office/office-harness";

const FIXTURE = "final-2023-zhanyi.xlsx";
/** Words with every character an attribute value must carry through: quotes, “>”, “&”, “<”, a line break, Chinese. */
const WORDS = '收入>支出：“专项”资金 & 上年结转 <见附件>\n经办人 "王会计"';

/** Explains one 提示 and ignores another in Excel (workbook settings, Office.js mock); the settings as Excel holds them. */
async function reviewedInExcel() {
  const state = fromExcelJs(await loadExcelJs(fixtureBytes(FIXTURE), FIXTURE), FIXTURE);
  const host = installOffice(state).host();
  const findings = analyzeWorkbook(await host.readSnapshot()).findings;
  let { review, book } = reconcileReview(parseReviewBook(await host.loadState(REVIEW_STATE_KEY)), findings);
  const [explained, ignored] = review.findings.filter((r) => r.finding.severity !== "error");
  for (const [id, status, text] of [
    [explained.id, "explained", WORDS],
    [ignored.id, "ignored", "本地区格式"],
  ] as const) {
    const out = setReviewStatus(review, book, id, status, text);
    if ("refused" in out) throw new Error(out.refused);
    ({ review, book } = out);
  }
  await host.saveState(REVIEW_STATE_KEY, serializeReviewBook(book));
  return { settings: state.settings as Map<string, unknown>, explained: explained.id, ignored: ignored.id };
}

describe("statuses Excel saved in the workbook (xl/webextensions, as a saved .xlsx holds them) read back by the page and the CLI", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "excel-settings-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("the page reads the very value Excel stored, and the statuses follow the findings", async () => {
    const excel = await reviewedInExcel();
    const saved = withExcelSettings(fixtureBytes(FIXTURE), excel.settings);
    const page = new FileWorkbookHost(saved, FIXTURE);
    expect(await page.loadState(REVIEW_STATE_KEY)).toBe(excel.settings.get(`disclosure-assistant:${REVIEW_STATE_KEY}`));
    const { review } = reconcileReview(parseReviewBook(await page.loadState(REVIEW_STATE_KEY)), analyzeWorkbook(await page.readSnapshot()).findings);
    expect(review.findings.find((r) => r.id === excel.explained)).toMatchObject({ state: "explained", text: WORDS });
    expect(review.findings.find((r) => r.id === excel.ignored)).toMatchObject({ state: "ignored", text: "本地区格式" });
  });

  it("the CLI's --json and --report carry them", async () => {
    const excel = await reviewedInExcel();
    const file = path.join(dir, FIXTURE);
    writeFileSync(file, withExcelSettings(fixtureBytes(FIXTURE), excel.settings));
    const { code, out } = await runCli(main, [file, "--json"]);
    expect(code).toBe(1);
    const findings = (JSON.parse(out) as { findings: { id: string; status: string; statusText?: string }[] }).findings;
    const byId = new Map(findings.map((f) => [f.id, f]));
    expect(byId.get(excel.explained)).toMatchObject({ status: "explained", statusText: WORDS });
    expect(byId.get(excel.ignored)).toMatchObject({ status: "ignored", statusText: "本地区格式" });

    const report = path.join(dir, "审核报告.xlsx");
    expect((await runCli(main, [file, "--report", report])).code).toBe(1);
    const rows = await reportRows(readFileSync(report));
    expect(rows.problems.filter((r) => r[5] !== "未处理").map((r) => [r[5], r[6]])).toEqual([
      ["已说明", WORDS],
      ["忽略", "本地区格式"],
    ]);
  });
});
