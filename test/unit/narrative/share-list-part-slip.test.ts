import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * A list of parts with shares making up 100% whose sum misses its stated total, where one part's share misses the
 * total too and every other share holds (m9: 三门县公安局, test/fixtures/texts/zj-sanmen-gongan-2020-final.txt ¶15 and
 * zj-sanmen-gongan-2019-budget.txt ¶11): the total less the other parts is what that part's share says — the part's
 * amount is the slip, named with that value (src/core/narrative/claims/shares.ts slipPart), as a total the parts and
 * shares agree against is named already.
 */
const errors = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2020 })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“本年支出合计25,031.16万元,其中基本支出…,占78.38%;项目支出5,411.78万元,占21.62%;…”", () => {
  const spending =
    "本年支出合计25,031.16万元,其中基本支出19,619.38万元,占78.38%;项目支出5,411.78万元,占21.62%;上缴上级支出0万元,占0%;经营支出0万元,占0%;对附属单位补助支出0万元,占0%。";

  it("holds on the real wording", () => {
    expect(errors(spending)).toEqual([]);
  });

  it("a part whose amount misses both the sum and its own share is named, with total − the others", () => {
    expect(errors(spending.replace("19,619.38", "19,916.38"))).toEqual([["N.listSum", "19,619.38", "19916.38"]]);
  });

  it("a share that alone misses is the share's slip (the sum holds)", () => {
    expect(errors(spending.replace("占78.38%", "占76.38%"))).toEqual([["N.share", "78.38%", "76.38%"]]);
  });

  it("with two shares off, nothing singles out a part: the list sum names the total", () => {
    const two = spending.replace("19,619.38", "19,916.38").replace("占21.62%", "占23.62%");
    expect(errors(two).map(([rule, , actual]) => [rule, actual])).toContainEqual(["N.listSum", "25031.16"]);
  });
});

describe("“收入预算16947.30万元,其中:公共财政预算拨款收入14578.20万元,占86.02%;政府性基金收入1010万元,占5.96%;…”", () => {
  const income =
    "三门县公安局2019年收入预算16947.30万元,其中:公共财政预算拨款收入14578.20万元,占86.02%;政府性基金收入1010万元,占5.96%;省级转移支付收入559万元,占3.30%;上年结转收入800.10万元,占4.72%。";

  it("holds on the real wording", () => {
    expect(errors(income)).toEqual([]);
  });

  it("the part is named where the total less the others fits its share (16947.30 − 15937.30 = 1010, 5.96%)", () => {
    expect(errors(income.replace("政府性基金收入1010万元", "政府性基金收入1100万元"))).toEqual([["N.listSum", "1010.00", "1100"]]);
  });
});
