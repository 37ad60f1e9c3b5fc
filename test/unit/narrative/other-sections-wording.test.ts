import { readFileSync } from "fs";
import path from "path";
import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * The wording of s19s's blind rounds (test/fixtures/texts/: 转移支付, 政府采购 and the other sections of a 情况说明 that are
 * not 收支): shares of one whole named in words and stated nowhere, whose parts each imply it.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const brief = (text: string, year?: number) => check(text, year).map((f) => [f.rule, f.severity, f.actual ?? null]);
const corpusText = (id: string) =>
  readFileSync(path.join(__dirname, "../../fixtures/texts", `${id}.txt`), "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("#"))
    .join("\n")
    .trim();

describe("shares of one whole named in words and stated nowhere agree on the whole they imply", () => {
  const procurement = corpusText("zy-national-2016-procurement");
  const transfers = corpusText("zy-national-2010-transfers");

  it("holds on the real texts (7240 ÷ 28.1%, 13630.4 ÷ 53% and 4860.8 ÷ 18.9% all ≈ 25731.2亿元)", () => {
    expect(check(procurement, 2016)).toEqual([]);
    expect(check(transfers, 2010)).toEqual([]);
  });

  it("one share of three that implies another whole is an error at that share, with the share the others give", () => {
    const found = check(procurement.replace("28.1%", "26.1%"), 2016).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.actual])).toEqual([["N.share", "26.1%"]]);
    // the others imply 25,650–25,787亿元: 7240 ÷ 25,718.7 ≈ 28.15% (the parts' own sum 25,731.2 gives 28.14%)
    expect(found[0].expected).toBe("28.15%");
  });

  it("two shares that disagree leave open which is wrong: a warning", () => {
    expect(brief(transfers.replace("48%", "46%"), 2010)).toEqual([["N.share", "warning", "52%"]]);
  });

  it("a whole named relative to each part (“占同类产品采购规模的”) is no one whole", () => {
    const classes = "全国强制采购、优先采购节能节水产品357.2亿元,占同类产品采购规模的83.9%;优先采购环保产品575.1亿元,占同类产品采购规模的84.9%。";
    expect(check(classes, 2023)).toEqual([]);
  });
});

describe("a saving rate is the saving ÷ what was planned (the plan stated, else what was spent + the saving)", () => {
  const jiujiang = corpusText("jx-jiujiang-2024-procurement");
  const planned = "采购计划金额共计48962.44万元,实际采购金额共计39944.66万元,共节约资金9017.78万元,节约率为18%。";

  it("holds on the real texts (5.51 ÷ (32.72 + 5.51) = 14.41%; 9017.78 ÷ 48962.44 = 18.42% → 18%)", () => {
    expect(check(jiujiang, 2024)).toEqual([]);
    expect(check(planned, 2019)).toEqual([]);
  });

  it("a changed rate or saving is an error at the rate", () => {
    expect(check(jiujiang.replace("14.41%", "16.41%"), 2024).map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ["N.saving", "error", "14.41%", "16.41%"],
    ]);
    expect(check(planned.replace("18%", "15%"), 2019).map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([["N.saving", "error", "18.42%", "15%"]]);
  });

  it("a bound (“节约资金超过100亿元”) relates to nothing exactly", () => {
    expect(check("全年政府采购规模突破800亿元,节约资金超过100亿元,资金节约率达20%。", 2011)).toEqual([]);
  });
});

describe("a whole named in words that the text gives to amounts of different values is the one of the share's own sentence", () => {
  const quarter = corpusText("xx-city-2013-q1-procurement");

  it("市本级 “占实际采购金额的72.84%” is of 市本级's 2170.10, not the 全市 14993.34 of the sentence before", () => {
    expect(check(quarter, 2013)).toEqual([]);
    expect(check(quarter.replace("72.84%", "62.84%"), 2013).map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ["N.share", "error", "72.84%", "62.84%"],
    ]);
  });
});
