import { analyzeWorkbook } from "../../../src/core/analysis";
import {
  EMPTY_REVIEW_BOOK,
  parseReviewBook,
  reconcileReview,
  REVIEW_STATE_KEY,
  serializeReviewBook,
  setReviewStatus,
  type ReviewBook,
} from "../../../src/core/audit/review";
import type { WorkbookHost } from "../../../src/hosts/host";
import { FileWorkbookHost } from "../../../src/hosts/xlsx/file-host";
import { loadExcelJs } from "../../support/load-exceljs";
import { fixtureBytes } from "../../support/fixtures";
import { fromExcelJs } from "../office/from-exceljs";
import { installOffice } from "../office/office-harness";
import { fixtureInWps, wpsHost } from "../wps/wps-harness";

const FIXTURE = "final-2023-zhanyi.xlsx";
const WORDS = "该单位本年无政府性基金收入";

/**
 * The accountant explains a 提示 and ignores another in one session; the workbook is saved and opened again (a new
 * host over the same workbook: nothing kept in memory), checked again: both statuses are there, and the 强制 error
 * is still open.
 */
async function explainSaveReopen(first: WorkbookHost, reopen: () => Promise<WorkbookHost>): Promise<void> {
  const findings = analyzeWorkbook(await first.readSnapshot()).findings;
  let { review, book } = reconcileReview(parseReviewBook(await first.loadState(REVIEW_STATE_KEY)), findings);
  const [a, b] = review.findings.filter((r) => r.finding.severity !== "error");
  for (const [id, state, text] of [
    [a.id, "explained", WORDS],
    [b.id, "ignored", "本地区格式"],
  ] as const) {
    const out = setReviewStatus(review, book, id, state, text);
    if ("refused" in out) throw new Error(out.refused);
    ({ review, book } = out);
  }
  await first.saveState(REVIEW_STATE_KEY, serializeReviewBook(book));

  const again = await reopen();
  const stored: ReviewBook = parseReviewBook(await again.loadState(REVIEW_STATE_KEY));
  const next = reconcileReview(stored, analyzeWorkbook(await again.readSnapshot()).findings).review;
  expect(next.findings.find((r) => r.id === a.id)).toMatchObject({ state: "explained", text: WORDS });
  expect(next.findings.find((r) => r.id === b.id)).toMatchObject({ state: "ignored", text: "本地区格式" });
  expect(next.findings.filter((r) => r.finding.severity === "error").every((r) => r.state === "open")).toBe(true);
  expect(next.fixed).toEqual([]);
}

describe("the accountant's statuses survive saving and reopening the workbook", () => {
  it("in Excel (workbook settings, Office.js mock)", async () => {
    const state = fromExcelJs(await loadExcelJs(fixtureBytes(FIXTURE), FIXTURE), FIXTURE);
    await explainSaveReopen(installOffice(state).host(), async () => installOffice(state).host());
  });

  it("in WPS (custom document properties, WPS fake)", async () => {
    const { workbook } = await fixtureInWps(FIXTURE);
    await explainSaveReopen(wpsHost(workbook), async () => wpsHost(workbook));
  });

  it("in the page's marked copy (downloaded, then opened in the page again)", async () => {
    const page = new FileWorkbookHost(fixtureBytes(FIXTURE), FIXTURE);
    let copy: Uint8Array | undefined;
    await explainSaveReopen(page, async () => {
      await page.applyMarks(analyzeWorkbook(await page.readSnapshot()).findings);
      copy = await page.markedCopy();
      return new FileWorkbookHost(copy, "（已标记）.xlsx");
    });
    expect(copy).toBeDefined();
  });

  it("starts empty on a workbook never reviewed", async () => {
    const page = new FileWorkbookHost(fixtureBytes(FIXTURE), FIXTURE);
    expect(parseReviewBook(await page.loadState(REVIEW_STATE_KEY))).toEqual(EMPTY_REVIEW_BOOK);
  });
});
