import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * A change of nothing written in figures (“增加0万元,增长0%”, “减少0元,下降0%”, “同比减少0万元”) is right as written:
 * “持平” is only another wording of it, nothing an accountant can correct (the blind rounds counted every such
 * warning false: 寻甸 ¶3 / ¶4, 六安 ¶15, 罗湖 ¶2). A zero change is judged as any change — against a prior stated
 * with it, and its rate against its amount — so a nonzero rate or a prior that contradicts it is still found.
 */
const findings = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2022 }).map((f) => [f.rule, f.severity, f.expected ?? null, f.actual ?? null]);

describe("a zero change stated in figures", () => {
  it.each([
    // 六安 工商联 2021 ¶15: both years 0
    "1.因公出国(境)费支出0万元。与2021年度预算相比,增加0万元,增长0%。",
    // 寻甸 政法委 2022 ¶4: in 元
    "2022年度公务接待费支出决算为35,000.00元,比上年增加0元,增长0%。",
    // 青阳 审计局 2022 ¶3: one decimal
    "因公出国(境)费0万元,比上年减少0万元,下降0.0%。",
    // 天山区 2019 ¶5: no rate
    "公务用车运行维护费585.53万元,同比减少0万元。",
    // 双桥集 2020 ¶3: a reason after it
    "因公出国(境)费支出0万元,与2020年度预算相比,增加0万元,原因是2020年度未安排因公出国(境)。",
  ])("raises nothing: %s", (text) => {
    expect(findings(text)).toEqual([]);
  });

  it("has no direction: “增加0万元,下降0%” contradicts nothing", () => {
    expect(findings("公务接待费支出20.00万元,比上年增加0万元,下降0%。")).toEqual([]);
  });
});

describe("a zero change is judged as any change", () => {
  it("a nonzero rate against the amount: 0 ÷ 20.00 = 0.00%, not 5%", () => {
    expect(findings("公务接待费支出20.00万元,比上年增加0万元,增长5%。")).toEqual([["N.growth", "error", "0.00%", "5%"]]);
  });

  it("a nonzero rate when both years are 0: a rate on a zero base (warning)", () => {
    expect(findings("因公出国费0万元,比上年增加0万元,增长5%。")).toEqual([["N.zeroBase", "warning", null, null]]);
  });

  it("a prior stated with it: 5.48 − 4.00 = 1.48, not 0", () => {
    expect(findings("公务接待费支出决算为5.48万元,比上年的4.00万元增加0万元。")).toEqual([["N.difference", "error", "1.48", "0"]]);
  });
});
