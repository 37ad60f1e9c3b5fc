import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * What was brought from the year before or is carried to the next is no part of a total of one side's own money
 * named as this year's (src/core/narrative/claims/subset-sum.ts otherYearCut): a “其中” list under 本年收入合计 / 本年支出合计
 * ends before “年初结转和结余”, “上年结转”, “使用非财政拨款结余”, “年末结转和结余” — under 收入总计 they are parts, and a total
 * not named as this year's may hold them (real texts: 全国人大 办公厅 2012, 乌审 2023).
 */
const findings = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2024 })
    .filter((f) => f.severity !== "info")
    .map((f) => [f.rule, f.severity, f.actual ?? null, f.expected ?? null]);

describe("a “其中” list of the year's own money followed by what was brought in or carried out", () => {
  it("“本年收入合计300万元,其中:…;年初结转和结余50万元”: the list is 200 + 80 + 20, nothing", () => {
    expect(findings("本年收入合计300万元,其中:财政拨款收入200万元,事业收入80万元,其他收入20万元,年初结转和结余50万元。")).toEqual([]);
    expect(findings("本年支出合计300万元,其中:基本支出200万元,项目支出100万元;年末结转和结余50万元。")).toEqual([]);
    expect(findings("本年收入300万元,其中:财政拨款收入200万元,其他收入100万元;上年结转50万元。")).toEqual([]);
    expect(findings("本年收入合计300万元,其中:财政拨款收入200万元,其他收入100万元;使用非财政拨款结余50万元。")).toEqual([]);
  });

  it("the year's own parts above the total are still an error", () => {
    expect(findings("本年收入合计300.00万元,其中:财政拨款收入220.00万元,其他收入100.00万元;使用非财政拨款结余50.00万元。")).toEqual([
      ["N.listSum", "error", "300.00", "320.00"],
    ]);
  });

  it("under 收入总计 what was brought in is a part: 300 + 50 against 340 is an error", () => {
    expect(findings("收入总计350万元,其中:本年收入合计300万元,年初结转和结余50万元。")).toEqual([]);
    expect(findings("收入总计340.00万元,其中:本年收入合计300.00万元,年初结转和结余50.00万元。")).toEqual([["N.listSum", "error", "340.00", "350.00"]]);
  });
});
