import type { Finding } from "../../../src/core/findings/finding";
import { reconcileReview, reconcilingReview, type ReviewBook } from "../../../src/core/audit/review";
import { runStepsPausing } from "../../../src/core/steps";

/** Row r of 支出决算表 (公开03表), 基本支出 (column D): an error on even rows, a rounding warning on odd ones. */
const finding = (r: number): Finding => ({
  rule: r % 2 === 0 ? "J03.row" : "J03.tail",
  kind: r % 2 === 0 ? "sum" : "rounding",
  severity: r % 2 === 0 ? "error" : "warning",
  sheet: "公开03表",
  cell: `D${r}`,
  related: [],
  table: "支出决算表",
  subject: `项目${r}·基本支出`,
  message: `D${r}`,
  actual: "465.22",
  expected: r % 2 === 0 ? "402.22" : "465.21",
});

describe("the review reconciled in slices (the pane pauses between them)", () => {
  const findings = Array.from({ length: 12_001 }, (_, i) => finding(i + 5));
  // D9 (a warning) explained at the last check; D4 (an error) seen then is gone now (已修改)
  const book: ReviewBook = {
    notes: [{ id: "支出决算表|项目9·基本支出|J03.tail", state: "explained", text: "已核实" }],
    last: [{ id: "支出决算表|项目4·基本支出|J03.row", severity: "error", table: "支出决算表", headline: "D4" }],
    fixed: [],
  };

  it("pauses before each of 5,000 findings' slices and before the headlines, and gives what the one-go reconcile gives", async () => {
    let pauses = 0;
    const sliced = await runStepsPausing(reconcilingReview(book, findings), async () => void pauses++);
    // 12,001 findings: slices of 5,000, 5,000 and 1 (three pauses), the remembered findings' headlines (one more)
    expect(pauses).toBe(4);
    const whole = reconcileReview(book, findings);
    expect(sliced).toEqual(whole);
    expect(sliced.review.findings).toHaveLength(12_001);
    expect(sliced.review.findings[4]).toMatchObject({ id: "支出决算表|项目9·基本支出|J03.tail", state: "explained", text: "已核实" });
    expect(sliced.review.fixed.map((s) => s.id)).toEqual(["支出决算表|项目4·基本支出|J03.row"]);
    expect(sliced.book.last).toHaveLength(2000);
    expect(sliced.book.notes).toEqual([{ id: "支出决算表|项目9·基本支出|J03.tail", state: "explained", text: "已核实" }]);
  });

  it("numbers findings sharing an identity across slices in the findings' order", () => {
    const twins = [...Array.from({ length: 5000 }, (_, i) => finding(i + 5)), finding(5)];
    const ids = reconcileReview({ notes: [], last: [], fixed: [] }, twins).review.findings.map((r) => r.id);
    expect(ids[0]).toBe("支出决算表|项目5·基本支出|J03.tail");
    expect(ids[5000]).toBe("支出决算表|项目5·基本支出|J03.tail#2");
  });
});
