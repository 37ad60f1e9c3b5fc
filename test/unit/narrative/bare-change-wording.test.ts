import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * A change written with no unit, paired with its rate (“收支较上年减少484.05,降低11.1%”, cq-jiangjin-xihu-2024-final ¶1): the
 * rate after it holds the percent, so the number is an amount, in the one unit every amount of its paragraph is written in.
 * Where the paragraph mixes units, or the change word may name a rate (“增长12”), the number is left unread.
 */
const findings = (text: string, year = 2024) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.severity === "error" || f.rule === "N.growth")
    .map((f) => [f.rule, f.severity, f.expected ?? null, f.actual ?? null]);

describe("a change with no unit after amounts in 万元", () => {
  const text = "2024年度收入总计5216.30万元,支出总计5216.30万元。收支较上年减少611.70,降低10.5%,主要原因是项目支出减少。";

  it("the true figures: silent (611.70 ÷ (5216.30 + 611.70) = 10.50%)", () => {
    expect(findings(text)).toEqual([]);
  });

  it("the change altered: found as the rate it breaks", () => {
    expect(findings(text.replace("611.70", "711.70"))).toEqual([["N.growth", "error", "12.01%", "10.5%"]]);
  });

  it("the rate altered: found", () => {
    expect(findings(text.replace("10.5%", "13.5%"))).toEqual([["N.growth", "error", "10.50%", "13.5%"]]);
  });

  it("in one sentence with its amount, an increase: found", () => {
    const rise = "2024年度本年支出合计880.00万元,较上年增加80.00,增长10.0%。";
    expect(findings(rise)).toEqual([]);
    expect(findings(rise.replace("80.00,", "90.00,"))).toEqual([["N.growth", "error", "11.39%", "10.0%"]]);
  });
});

/**
 * cq-jiangjin-xihu-2024-final ¶2: the change opens the sentence after the “其中” list, named by its own words (本年收入). The text
 * never says 决算 (its only 预算 is the fund's name, 一般公共预算), so it is read as a budget text — where the 部门收支总表's line
 * names (本年收入合计 / 本年收入, 本年支出合计 / 本年支出) name their figures as 收入预算 / 支出预算 do.
 */
describe("a change named by its figure after a “其中” list, in a text read as a budget", () => {
  const xihu = [
    "1.     收入支出总体情况。2024年度收入总计3874.92万元,支出总计3874.92万元。收支较上年减少484.05,降低11.1%,主要原因是骆崃山旅游景区基础设施建设项目支出减少,城区生活垃圾处理项目支出减少。",
    "2.     收入情况。2024年度本年收入合计3874.92万元,其中:一般公共预算财政拨款收入3874.92万元,政府性基金预算财政拨款收入0万元,事业收入0万元,其他收入0万元。本年收入较上年减少484.05,降低11.1%,主要原因是骆崃山旅游景区基础设施建设项目支出减少,城区生活垃圾处理项目支出减少。",
  ].join("\n");
  const second = (from: string, to: string) => xihu.replace(`本年收入较上年${from}`, `本年收入较上年${to}`);

  it("the true figures: silent (484.05 ÷ (3874.92 + 484.05) = 11.10%)", () => {
    expect(findings(xihu)).toEqual([]);
  });

  it("¶2's rate or change altered: found against 本年收入合计 3874.92", () => {
    expect(findings(second("减少484.05,降低11.1%", "减少484.05,降低13.1%"))).toEqual([["N.growth", "error", "11.10%", "13.1%"]]);
    expect(findings(second("减少484.05,降低11.1%", "减少584.05,降低11.1%"))).toEqual([["N.growth", "error", "13.10%", "11.1%"]]);
  });

  it("a budget text's 本年支出合计: 40.00 ÷ (500.00 − 40.00) = 8.70%, not 10.00%", () => {
    const budget = "2025年收入预算500.00万元。本年支出合计500.00万元,其中:基本支出300.00万元,项目支出200.00万元。本年支出较上年增加40.00万元,增长10.00%。";
    expect(findings(budget, 2025)).toEqual([["N.growth", "error", "8.70%", "10.00%"]]);
    expect(findings(budget.replace("10.00%", "8.70%"), 2025)).toEqual([]);
  });
});

describe("near misses: the number's unit or kind is not certain", () => {
  it("amounts of two units in the paragraph: the bare number is not read", () => {
    const mixed = "2024年度收入总计5216.30万元,其中上级补助收入0.52亿元。收支较上年减少711.70,降低10.5%。";
    expect(findings(mixed)).toEqual([]);
  });

  it("a rate word before the number (“增长12”: a rate missing its %): not read as an amount", () => {
    expect(findings("2024年度收入总计5216.30万元,较上年增长12,下降10.5%。")).toEqual([]);
  });

  it("no rate after the number: not read", () => {
    expect(findings("2024年度收入总计5216.30万元,较上年减少711.70,主要原因是项目支出减少。")).toEqual([]);
  });

  it("percentage points after the number are no rate of it: not read", () => {
    expect(findings("2024年度收入总计5216.30万元,较上年减少711.70,下降10.5个百分点。")).toEqual([]);
  });
});
