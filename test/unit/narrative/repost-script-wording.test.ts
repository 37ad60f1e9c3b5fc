import type { Finding } from "../../../src/core/findings/finding";
import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { simplifiedText } from "../../../src/core/text/simplified-text";

/**
 * Reposted pages in traditional characters (test/fixtures/texts/README.md, h5 round 1): 泸州 2022 政府采购 as a news site
 * printed it (“節約資金5.84億元,節約率達8.2%”), and 旺苍 2025 “三公” with pinyin after characters (“經(jīng)費(fèi)”,
 * “萬(wàn)元”). The checks read them as the simplified text they are, and mark each finding's words where they stand in
 * the text as written.
 */
const check = (text: string, year: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);
const quoted = (f: Finding) => f.quote && f.quote.paragraph.slice(f.quote.start, f.quote.end);

const luzhou = "本報訊 2022年,四川省瀘州市共實施政府采購預算77.06億元,實際完成采購金額71.22億元,節約資金5.84億元,節約率達8.2%;采購規模較上年增長10.1%。";
const wangcang = [
  "2024年旺蒼縣公務(wù)接待費(fèi)執(zhí)行數(shù)989.37萬(wàn)元。",
  "2025年旺蒼縣公務(wù)接待費(fèi)預(yù)算數(shù)913.41萬(wàn)元,較上年預(yù)算數(shù)減少77.91萬(wàn)元,下降7.86%,原因是厲行節(jié)約。",
].join("\n");

describe("a text in traditional characters is read as the simplified text it is", () => {
  it("泸州: the 节约率 divided by what was spent, not by the budget, is an error (5.84 ÷ 77.06 = 7.58%)", () => {
    expect(errors(check(luzhou, 2022))).toEqual([["N.saving", "7.58%", "8.2%"]]);
  });

  it("泸州: the same finding as the text in simplified characters", () => {
    const simplified =
      "本报讯 2022年,四川省泸州市共实施政府采购预算77.06亿元,实际完成采购金额71.22亿元,节约资金5.84亿元,节约率达8.2%;采购规模较上年增长10.1%。";
    expect(errors(check(simplified, 2022))).toEqual(errors(check(luzhou, 2022)));
  });

  it("旺苍 with pinyin after characters: the real text holds, a wrong rate is an error", () => {
    expect(check(wangcang, 2025)).toEqual([]);
    expect(errors(check(wangcang.replace("下降7.86%", "下降9.86%"), 2025))).toEqual([["N.growth", "7.86%", "9.86%"]]);
  });

  it("旺苍: last year's 执行数 in a sentence of its own is no misdated figure of a budget text (预(yù)算 names the budget)", () => {
    expect(check(wangcang.split("\n")[0] + "\n" + "2025年旺蒼縣公務(wù)接待費(fèi)預(yù)算數(shù)913.41萬(wàn)元。", 2025)).toEqual([]);
  });

  it("marks the finding's words in the text as written, pinyin and all", () => {
    const [finding] = check(wangcang.replace("下降7.86%", "下降9.86%"), 2025);
    expect(finding.quote!.paragraph).toBe(wangcang.split("\n")[1].replace("下降7.86%", "下降9.86%"));
    expect(quoted(finding)).toBe("9.86%");
  });
});

describe("“执行数A,…预算数B,较上年预算数减少D,下降p%”: a change on last year's budget is the budget's own", () => {
  const wangcang =
    "2024年旺蒼縣“三公”經(jīng)費(fèi)執(zhí)行數(shù)2010.95萬(wàn)元,2025年“三公”經(jīng)費(fèi)預(yù)算數(shù)2005.41萬(wàn)元,較上年預(yù)算數(shù)減少94.91萬(wàn)元,下降4.52%。";

  it("holds on the real text (94.91 ÷ 2100.32 = 4.52%)", () => {
    expect(check(wangcang, 2025)).toEqual([]);
  });

  it("a wrong change or rate is an error of the budget 2005.41, not a doubt between it and the 执行数", () => {
    expect(errors(check(wangcang.replace("減少94.91", "減少73.89"), 2025))).toEqual([["N.growth", "3.55%", "4.52%"]]);
    expect(errors(check(wangcang.replace("下降4.52%", "下降6.52%"), 2025))).toEqual([["N.growth", "4.52%", "6.52%"]]);
  });

  it("a change on this year's budget (“比预算数减少”) is still the actual against it (20 ÷ 120 = 16.67%)", () => {
    const both = "2024年“三公”经费预算数120.00万元,决算数100.00万元,比预算数减少20.00万元,下降16.67%。";
    expect(errors(check(both, 2024))).toEqual([]);
    expect(errors(check(both.replace("16.67%", "14.29%"), 2024))).toEqual([["N.growth", "16.67%", "14.29%"]]);
  });
});

describe("simplifiedText: one character for one, a repost's pinyin left out, positions led back", () => {
  it("reads “經(jīng)費(fèi)執(zhí)行數(shù)989.37萬(wàn)元” as “经费执行数989.37万元”", () => {
    const read = simplifiedText("經(jīng)費(fèi)執(zhí)行數(shù)989.37萬(wàn)元");
    expect(read.text).toBe("经费执行数989.37万元");
    // “989.37” stands at 5–11 of the text read, at 26–32 of the text as written
    expect([read.written(5), read.written(11)]).toEqual([26, 32]);
  });

  it("leaves simplified text and brackets of words alone (“因公出国(境)费”, “(一)”)", () => {
    const text = "(一)因公出国(境)费支出0万元,较上年减少3.5万元。";
    expect(simplifiedText(text).text).toBe(text);
    expect(simplifiedText(text).written(10)).toBe(10);
  });
});
