import { analyzeWorkbook } from "../../../src/core/analysis";
import { generateWorkbook, setAmount, slotsOf, toSnapshot } from "../../support/generate-workbook";

/** With last year's workbook, this year's 年初结转和结余 must be last year's 年末 (a difference is a warning). */
describe("年初 = 上年年末 (--prior)", () => {
  function years(delta: number) {
    const prior = generateWorkbook({ seed: 31, randomize: false });
    const current = generateWorkbook({ seed: 32, randomize: false });
    const end = slotsOf(prior, "J01", { row: "年末结转和结余" })[0];
    const start = slotsOf(current, "J01", { row: "年初结转和结余" })[0];
    setAmount(current, start, end.cents + delta);
    const fundEnd = slotsOf(prior, "J04", { row: "年末财政拨款结转和结余/一般公共预算财政拨款", column: "合计" })[0];
    const fundStart = slotsOf(current, "J04", { row: "年初财政拨款结转和结余/一般公共预算财政拨款" })[0];
    setAmount(current, fundStart, fundEnd.cents);
    const findings = analyzeWorkbook(toSnapshot(current), { priorYear: toSnapshot(prior) }).findings.filter((f) => f.rule === "X.year.carry-over");
    return { findings, start, end };
  }

  test("equal to last year's 年末: nothing to say about the carry-over", () => {
    expect(years(0).findings).toEqual([]);
  });

  test("12.34 万元 more than last year's 年末: a warning at this year's 年初 cell naming last year's figure", () => {
    const { findings, start, end } = years(1234);
    expect(findings.map((f) => [f.severity, f.sheet, f.table, f.actual])).toEqual([
      ["warning", start.sheet, "收入支出决算总表", ((end.cents + 1234) / 100).toFixed(2)],
    ]);
    expect(findings[0].message).toContain(`年末数为 ${(end.cents / 100).toFixed(2)}`);
  });
});
