import { analyzeWorkbook } from "../../../src/core/analysis";
import type { Finding } from "../../../src/core/findings/finding";
import { checkNarrative } from "../../../src/core/narrative";
import { readFixture } from "../../support/fixtures";

/** A finding about text carries its paragraph and the words it is about, for the pane to mark them. */
const quoted = (f: Finding) => f.quote && f.quote.paragraph.slice(f.quote.start, f.quote.end);

describe("the words a text finding is about", () => {
  it("quotes the figure of a claim, and the 项 name the table does not have (达州 情况说明 A10, A21)", async () => {
    const findings = analyzeWorkbook(await readFixture("budget-2023-dazhou.xlsx")).findings.filter((f) => f.rule.startsWith("N."));
    expect(findings.map((f) => [f.rule, f.cell, quoted(f)])).toEqual([
      ["N.breakdown", "A10", "408.99万元"],
      ["N.name", "A21", "行政单位公务员医疗补助（项）"],
    ]);
  });

  it("quotes the 款 name a N.name finding is about when the 项 is not in that 款 (沾益 住房公积金)", async () => {
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    // 2210201 住房公积金 (27.44 in 公开03表) is in 22102 住房改革支出, not in a 款 called 住房保障
    const paragraphs = ["2023年度部门决算情况说明", "1、住房保障支出（类）住房保障（款）住房公积金（项）：支出决算为27.44万元。"];
    snapshot.sheets.push({ name: "情况说明", rowCount: paragraphs.length, columnCount: 1, merges: [], cells: paragraphs.map((value) => [{ value }]) });
    const findings = analyzeWorkbook(snapshot).findings.filter((f) => f.rule === "N.name");
    expect(findings.map((f) => [f.cell, f.expected, quoted(f)])).toEqual([["A2", "住房改革支出", "住房保障（款）"]]);
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
