import { analyzeWorkbook } from "../../../src/core/analysis";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import { yearEndRecords } from "../../../src/core/rules/cross-year";
import { cellAddress } from "../../../src/core/snapshot/address";
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
    const carryOver = (options: Parameters<typeof analyzeWorkbook>[1]) =>
      analyzeWorkbook(toSnapshot(current), options).findings.filter((f) => f.rule === "X.year.carry-over");
    const findings = carryOver({ priorYear: toSnapshot(prior) });
    // kept with the workbook as plain text (JSON) and read back, last year's 年末 amounts give the same findings
    const kept = JSON.parse(JSON.stringify(yearEndRecords(recognizeTables(toSnapshot(prior)).tables)));
    expect(carryOver({ priorYearEnds: kept })).toEqual(findings);
    return { findings, start, end, kept };
  }

  test("equal to last year's 年末: nothing to say about the carry-over", () => {
    const { findings, kept, end } = years(0);
    expect(findings).toEqual([]);
    expect(kept.map((r: { label: string; amount: string }) => r.label)).toEqual([
      "年初结转和结余",
      "年初财政拨款结转和结余（一般公共预算财政拨款）",
      "年初财政拨款结转和结余（政府性基金预算财政拨款）",
      "年初财政拨款结转和结余（国有资本经营预算财政拨款）",
    ]);
    expect(kept[0]).toMatchObject({ table: "收入支出决算总表", cell: `${end.sheet}!${cellAddress(end.r, end.c)}`, amount: String(end.cents / 100) });
  });

  test("12.34 万元 more than last year's 年末: a warning at this year's 年初 cell naming last year's figure", () => {
    const { findings, start, end } = years(1234);
    expect(findings.map((f) => [f.severity, f.sheet, f.table, f.actual])).toEqual([
      ["warning", start.sheet, "收入支出决算总表", ((end.cents + 1234) / 100).toFixed(2)],
    ]);
    expect(findings[0].message).toContain(`年末数为 ${(end.cents / 100).toFixed(2)}`);
  });
});
