import { analyzeWorkbook } from "../../../src/core/analysis";
import type { Finding } from "../../../src/core/findings/finding";
import { checkNarrative } from "../../../src/core/narrative";
import { readFixture } from "../../support/fixtures";

/** A finding about text carries its paragraph and the words it is about, for the pane to mark them. */
const quoted = (f: Finding) => f.quote && f.quote.paragraph.slice(f.quote.start, f.quote.end);

describe("the words a text finding is about", () => {
  it("quotes the figure of a claim (达州 情况说明 A10, A15, A21)", async () => {
    const findings = analyzeWorkbook(await readFixture("budget-2023-dazhou.xlsx")).findings.filter((f) => f.rule.startsWith("N."));
    expect(findings.map((f) => [f.rule, f.cell, quoted(f)])).toEqual([
      ["N.breakdown", "A10", "408.99万元"],
      ["N.digits", "A15", "2.7%"],
      ["N.name", "A21", "5.34万元"],
    ]);
  });

  it("quotes words without a figure: direction, leftover, year, a missing %", () => {
    const text = [
      "2023年度部门决算情况说明",
      "一般公共预算财政拨款支出年初预算为100.00万元，支出决算为90.00万元，决算数大于预算数。",
      "收入较上年下降（增长）5.00%，支出增长 13.95，XX局如实填写。",
    ];
    const findings = checkNarrative(
      text.map((t, i) => ({ sheet: "情况说明", cell: `A${i + 1}`, text: t })),
      [],
      { year: 2024 },
    );
    expect(findings.map((f) => [f.rule, f.cell, quoted(f)])).toEqual(
      expect.arrayContaining([
        ["N.year", "A1", "2023年度部门决算"],
        ["N.compare", "A2", "决算数大于预算数"],
        ["N.leftover", "A3", "下降（增长）"],
        ["N.percentSign", "A3", "增长 13.95"],
        ["N.leftover", "A3", "XX"],
      ]),
    );
  });
});
