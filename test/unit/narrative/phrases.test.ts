import { Decimal } from "../../../src/core/numbers/decimal";
import { amountText, changePhrase, completionPhrase, percentText, reasonPhrase, sharePhrase } from "../../../src/core/narrative/phrases";
import { sectionRuns } from "../../../src/core/narrative/template/gaps";

/** A phrase as the reader sees it (its gap marks as placeholders). */
const shown = (marked: string) =>
  sectionRuns(marked, { id: "", title: "" })[0]
    .map((run) => run.text)
    .join("");

const d = (s: string) => new Decimal(s);

describe("change phrase (与上年相比)", () => {
  it("increase: 4265.40 vs 1356.28 → +2909.12, 2909.12 ÷ 1356.28 = 214.49%", () => {
    expect(changePhrase(d("4265.40"), d("1356.28"))).toBe("增加2909.12万元，增长214.49%");
  });
  it("decrease: 2.99 vs 3.22 → −0.23, 0.23 ÷ 3.22 = 7.14%", () => {
    expect(changePhrase(d("2.99"), d("3.22"))).toBe("减少0.23万元，下降7.14%");
  });
  it("equal → 持平", () => {
    expect(changePhrase(d("30.42"), d("30.42"))).toBe("持平");
    expect(changePhrase(d("0"), d("0"))).toBe("持平");
  });
  it("last year zero → 上年无此项 instead of a percentage, and a gap for its reason", () => {
    expect(changePhrase(d("63"), d("0"))).toBe("增加63.00万元（上年无此项）");
    expect(changePhrase(d("63"), d("0"), "支出")).toBe("增加63.00万元（上年无此项支出）");
    expect(shown(reasonPhrase(d("63"), d("0")))).toBe("主要变动原因是：【待填写：上年无此项的原因】。");
  });
  it("every increase or decrease asks for its reason; 持平 needs none", () => {
    expect(shown(reasonPhrase(d("2.99"), d("3.22")))).toBe("主要变动原因是：【待填写：主要变动原因】。");
    expect(shown(reasonPhrase(d("4265.40"), d("1356.28"), "收支总计"))).toBe("主要变动原因是：【待填写：收支总计主要变动原因】。");
    expect(shown(reasonPhrase(d("30.42"), d("30.42")))).toBe("");
  });
  it("plain style prints a zero amount and a whole 0% / 100% without decimals (“0万元/100%”)", () => {
    expect(amountText(d("0"), 2, "plain")).toBe("0");
    expect(amountText(d("0.004"), 2, "plain")).toBe("0");
    expect(amountText(d("12.5"), 2, "plain")).toBe("12.50");
    expect(percentText(d("3"), d("3"), "plain")).toBe("100%");
    expect(percentText(d("0"), d("3"), "plain")).toBe("0%");
    expect(percentText(d("2"), d("3"), "plain")).toBe("66.67%");
    expect(changePhrase(d("4"), d("2"), "", "plain")).toBe("增加2.00万元，增长100%");
  });
  it("negative values: growth is measured against |last year|", () => {
    // −5 − 10 = −15; 15 ÷ 10 = 150%
    expect(changePhrase(d("-5"), d("10"))).toBe("减少15.00万元，下降150.00%");
    // 5 − (−10) = 15; 15 ÷ 10 = 150%
    expect(changePhrase(d("5"), d("-10"))).toBe("增加15.00万元，增长150.00%");
  });
  it("compares the printed (two-decimal) amounts: 1.004 vs 1.001 both print 1.00 → 持平", () => {
    expect(changePhrase(d("1.004"), d("1.001"))).toBe("持平");
  });
});

describe("amounts and percentages", () => {
  it("rounds half up at .005", () => {
    expect(amountText(d("0.005"))).toBe("0.01");
    expect(amountText(d("2.675"))).toBe("2.68");
    expect(amountText(d("-2.675"))).toBe("-2.68");
    expect(amountText(d("461.494999"))).toBe("461.49");
    // 1 ÷ 8 = 12.5% exactly; 0.00125 → 0.13% (half up), not banker's 0.12%
    expect(percentText(d("0.00125"), d("1"))).toBe("0.13%");
  });
  it("share of a total: 35.08 ÷ 4265.40 = 0.8224% → 占0.82%", () => {
    expect(sharePhrase(d("35.08"), d("4265.40"))).toBe("占0.82%");
    expect(sharePhrase(d("4265.40"), d("4265.40"))).toBe("占100.00%");
  });
  it("tiny shares read 不足0.01% rather than 0.00%", () => {
    // 0.08 ÷ 4265.40 = 0.00188% → rounds to 0.00
    expect(sharePhrase(d("0.08"), d("4265.40"))).toBe("占不足0.01%");
    expect(sharePhrase(d("0"), d("4265.40"))).toBe("占0.00%");
  });
  it("completion: 4265.40 ÷ 4277.40 = 99.7195% → 完成预算99.72%; no budget → undefined", () => {
    expect(completionPhrase(d("4265.40"), d("4277.40"))).toBe("完成预算99.72%");
    expect(completionPhrase(d("0"), d("0"))).toBeUndefined();
  });
});
