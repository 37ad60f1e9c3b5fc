import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind rounds of stop 33 on budget texts of the regions the corpus has least of
 * (test/fixtures/texts/README.md, s19p): a share of “本年收入” under a total named “收入合计” (广水 卫生院 2023), and a
 * part's rate compared with its whole's by the whole's name alone (“高于全省收入增速2.8个百分点”, 吉林 2024).
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string) =>
  check(text)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“收入合计A…其中:财政拨款收入B,占本年收入p%”: 收入合计 and 本年收入 name one whole", () => {
  const guangshui = "2023年度收入合计4680.58 万元,与2022年度相比,收入合计减少2415.45   万元,下降34 %。其中:财政拨款收入 2982.61万元,占本年收入64%;";

  it("holds on the real wording", () => {
    expect(errors(guangshui)).toEqual([]);
  });

  it("a share far from part ÷ 收入合计 is an error", () => {
    expect(errors(guangshui.replace("占本年收入64%", "占本年收入73%"))).toEqual([["N.share", "63.72%", "73%"]]);
  });

  it("a 支出合计 is the 本年支出 the same way", () => {
    expect(errors("2023年度支出合计500.00万元,其中:基本支出400.00万元,占本年支出90%。")).toEqual([["N.share", "80.00%", "90%"]]);
  });
});

describe("“全省收入增长A%,其中税收增长B%,高于全省收入增速X个百分点”: the gap is B − A", () => {
  const jilin = "今年1月份延续快速增长,全省一般公共预算收入增长18.9%,其中税收收入增长21.7%,高于全省收入增速2.8个百分点,这也反映出我省经济运行态势向好。";

  it("holds on the real text", () => {
    expect(errors(jilin)).toEqual([]);
  });

  it("a gap that is not the difference is an error", () => {
    expect(errors(jilin.replace("2.8个百分点", "3.8个百分点"))).toEqual([["N.difference", "2.8个百分点", "3.8个百分点"]]);
  });

  it("a comparison with another part's rate (no scope word) is not judged", () => {
    expect(errors(jilin.replace("全省收入增速", "非税收入增速").replace("2.8个百分点", "3.8个百分点"))).toEqual([]);
  });

  it("without a “其中” between the two rates the compared rate is not known", () => {
    expect(errors(jilin.replace("其中税收收入", "税收收入").replace("2.8个百分点", "3.8个百分点"))).toEqual([]);
  });
});
