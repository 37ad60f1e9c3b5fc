import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the b4 blind rounds (test/fixtures/texts/README.md: 部门决算 of a 卫生院, a 疾控中心, a 街道, a 法院 and a 区本级
 * 支出决算 repost): last year's amount named after the item's own words (“收支较上年决算数1166.81万元减少56.11万元”), a
 * number whose first digits a page stored in the wrong encoding lost (“?8639万元”), an amount's name opening with its unit
 * (“法院支出决算总额”), a change after “其中” naming a part, and 减低 as a rate's word.
 */
const errors = (text: string, year: number) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“收支较上年决算数1166.81万元减少56.11万元、下降4.81%”: the amount after the item's words and 较上年… is last year's", () => {
  const totals = "2024年度收入总计1110.70万元,支出总计1110.70万元。";
  const jiaping = `${totals}收支较上年决算数1166.81万元减少56.11万元、下降4.81%,主要原因是财政拨款收入减少。`;

  it("holds on the real figures (56.11 ÷ 1166.81 = 4.81%; 1166.81 − 56.11 = 1110.70)", () => {
    expect(errors(jiaping, 2024)).toEqual([]);
  });

  it("reads it so after any item's words (“收入较上年决算数”, “收入总计较上年”) and without 决算数", () => {
    for (const words of ["收入较上年决算数", "收入总计较上年决算数", "收支较上年", "收支比2023年"])
      expect(errors(jiaping.replace("收支较上年决算数", words), 2024)).toEqual([]);
  });

  it("a wrong rate is measured from that base (56.11 ÷ 1166.81)", () => {
    expect(errors(jiaping.replace("4.81%", "5.81%"), 2024)).toEqual([["N.growth", "4.81%", "5.81%"]]);
  });

  it("the change is of the totals the sentence before states: a wrong base or change is an error naming it", () => {
    expect(errors(jiaping.replace("1166.81", "1266.81"), 2024)).toEqual([["N.difference", "1166.81", "1266.81"]]);
    expect(errors(jiaping.replace("56.11万元", "66.11万元"), 2024)).toEqual([["N.difference", "56.11", "66.11"]]);
  });

  it("an item's words then 较上年 and a change word name no base: “支出较上年增加56.11万元,增长5.32%” is of this year's 1110.70", () => {
    expect(errors("2024年度支出1110.70万元。支出较上年增加56.11万元,增长5.32%。", 2024)).toEqual([]);
    expect(errors("2024年度支出1110.70万元。支出较上年增加56.11万元,增长6.32%。", 2024)).toEqual([["N.growth", "5.32%", "6.32%"]]);
  });
});

describe("“(一)一般公共服务支出?8639万元,较上年减支5273万元,下降9.8%”: digits right after a lost character are no number", () => {
  const damaged = "?。ㄒ唬┮话愎卜罩С?8639万元,较上年减支5273万元,下降9.8%,主要是上年档案馆新馆建设支出的影响。";

  it("raises nothing on the damaged amount (the page held 48639: 5273 ÷ 53912 = 9.78%)", () => {
    expect(errors(damaged, 2022)).toEqual([]);
  });

  it("the same with the replacement character U+FFFD", () => {
    expect(errors(damaged.replace("?8639", "\uFFFD8639"), 2022)).toEqual([]);
  });

  it("the undamaged amount is read and judged as before", () => {
    expect(errors(damaged.replace("?8639", "48639"), 2022)).toEqual([]);
    expect(errors(damaged.replace("?8639", "8639"), 2022)).toEqual([["N.growth", "37.90%", "9.8%"]]);
  });
});

describe("“2020年法院支出决算总额为2061.61万元,支出决算总额较2019年减少91.9万元,减少4.27%”: an amount's name may open with its unit", () => {
  const court = "2020年法院支出决算总额为2061.61万元,支出决算总额较2019年减少91.9万元,减少4.27%,主要原因是在编干警减少。";

  it("holds on the real figures (91.9 ÷ 2153.51 = 4.27%)", () => {
    expect(errors(court, 2020)).toEqual([]);
  });

  it("the change named by the item alone is the unit's amount's: a wrong rate or amount is an error", () => {
    expect(errors(court.replace("4.27%", "1.27%"), 2020)).toEqual([["N.growth", "4.27%", "1.27%"]]);
    expect(errors(court.replace("2061.61", "1667.97"), 2020)).toEqual([["N.growth", "5.22%", "4.27%"]]);
    const named = "大英县人民法院支出决算总额为2061.61万元,支出决算总额较2019年减少91.9万元,减少1.27%。";
    expect(errors(named, 2020)).toEqual([["N.growth", "4.27%", "1.27%"]]);
  });

  it("words before the item that name other money are another item, not a unit: “其他项目支出” is not “项目支出”", () => {
    expect(errors("其他项目支出120.00万元,项目支出较上年增加20.00万元,增长50%。", 2020)).toEqual([]);
  });
});

describe("“…其中预算财政拨款3277.62万元,…。其中预算财政拨款收入减少1643.12万元,减低33.39%”: a part's change and 减低 as a rate's word", () => {
  const income =
    "2020年收入决算总额为6754.31万元,其中预算财政拨款3277.62万元,上年结转3476.69万元,收入决算总额较2019年增加1122.72万元,增长19.94%。其中预算财政拨款收入减少1643.12万元,减低33.39%,主要原因为上年下达了专款。";

  it("holds on the real figures (1643.12 ÷ 4920.74 = 33.39%; 1122.72 ÷ 5631.59 = 19.94%)", () => {
    expect(errors(income, 2020)).toEqual([]);
  });

  it("the change after “其中” is of the part so named: a wrong rate after 减低 is an error", () => {
    expect(errors(income.replace("33.39%", "30.39%"), 2020)).toEqual([["N.growth", "33.39%", "30.39%"]]);
  });
});
