import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { readCorpusDocument } from "../../support/text-corpus";

/**
 * The wording of the stop-32 blind rounds on 华北 / 西北 / 西南 texts (test/fixtures/texts/README.md, “Blind rounds
 * on 华北 / 西北 / 西南 texts, stop 32”): another budget's amount inside a “其中” list, last year's end in a budget text,
 * a government's debt of two kinds, a “其中：” standing alone after its total's sentence, a “其中” after a sentence of
 * rates only, and the words that allocate an amount (“分别列入:”).
 */
const check = (text: string, year: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);
const corpusText = (id: string) => {
  const doc = readCorpusDocument(id);
  return { text: doc.paragraphs.map((p) => p.text).join("\n"), year: doc.year };
};

describe("an amount of another budget (fund) than the total's is no part of its “其中” list (重庆 巴南 2021-6)", () => {
  const banan = corpusText("cq-banan-2021-revenue-jun");

  it("政府性基金预算收入 and 国有资本经营收入 after 税收 and 非税 are not summed into the 一般公共预算收入", () => {
    expect(check(banan.text, banan.year)).toEqual([]);
  });

  it("the list of the total's own budget is still checked: 税收 + 非税 is the whole 一般公共预算收入", () => {
    expect(errors(banan.text.replace("77582万元", "87582万元"), banan.year)).toEqual([["N.listSum", "326580.00", "316580"]]);
    expect(errors(banan.text.replace("77582万元", "67582万元"), banan.year)).toEqual([["N.listSum", "306580.00", "316580"]]);
  });

  it("a total that names no budget keeps every part (“财政总收入…其中一般公共预算收入…政府性基金收入…”)", () => {
    expect(errors("全市财政总收入100万元，其中一般公共预算收入60万元，政府性基金收入50万元。", 2021)).toEqual([["N.listSum", "110.00", "100"]]);
  });
});

describe("a budget text states the end of last year as its starting point (宁夏 大武口 2023 预算调整)", () => {
  const dawukou = corpusText("nx-dawukou-2023-budget-adjustment");

  it("“截至2022年底,我区法定债务余额为…” in a 2023 budget text is no wrong year", () => {
    expect(check(dawukou.text, dawukou.year)).toEqual([]);
  });

  it("a 决算 text's 截至 of another year is still asked about", () => {
    const final = "2023年度部门决算。截至2022年12月31日，本部门共有车辆5辆，决算支出10万元。";
    expect(check(final, 2023).map((f) => f.rule)).toEqual(["N.year"]);
  });
});

describe("a government's debt is 一般 + 专项, its limit too (宁夏 大武口 2023)", () => {
  const dawukou = corpusText("nx-dawukou-2023-budget-adjustment");

  it("a 债务余额 above its two kinds is found, as one below them", () => {
    expect(errors(dawukou.text.replace("余额为177,117.83万元", "余额为178,117.83万元"), dawukou.year)).toEqual([["N.listSum", "177117.83", "178117.83"]]);
    expect(errors(dawukou.text.replace("限额为200,007万元", "限额为210,007万元"), dawukou.year)).toEqual([["N.listSum", "200007.00", "210007"]]);
  });
});

describe("a “其中：” standing alone after its total's sentence opens the numbered list below it (重庆 市级 三公 2024)", () => {
  const cq = corpusText("cq-city-2024-budget-sangong");

  it("holds on the real text", () => {
    expect(check(cq.text, cq.year).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a total the three 三公 items do not add up to is found", () => {
    expect(errors(cq.text.replace("预算6.08亿元", "预算6.68亿元"), cq.year)).toEqual([["N.listSum", "6.08", "6.68亿元"]]);
  });
});

describe("a “其中” after a sentence of rates only breaks down the amount before that sentence (天津 红桥 2022)", () => {
  const hongqiao = corpusText("tj-hongqiao-2022-budget-execution");

  it("holds on the real text", () => {
    expect(check(hongqiao.text, hongqiao.year)).toEqual([]);
  });

  it("“收入预计157,500万元…。剔除…下降16.8%。其中,税收收入108,000万元…;非税收入49,500万元” is checked as a whole list", () => {
    expect(errors(hongqiao.text.replace("49,500万元", "45,900万元"), hongqiao.year)).toEqual([["N.listSum", "153900.00", "157500"]]);
  });

  it("a sentence without any figure still ends the amount's reach", () => {
    expect(errors("收入总计100万元。支出情况如下。其中，基本支出80万元，项目支出40万元。", 2022)).toEqual([]);
  });
});

describe("the words that allocate an amount open its list (甘肃 卓尼 2023 预算调整)", () => {
  const zhuoni = corpusText("gs-zhuoni-2023-budget-adjustment");

  it("科目 codes are no amounts, and the real text holds", () => {
    expect(check(zhuoni.text, zhuoni.year)).toEqual([]);
  });

  it("parts allocated beyond the amount are found", () => {
    expect(errors(zhuoni.text.replace("“公路建设”科目7044万元", "“公路建设”科目7104万元"), zhuoni.year)).toEqual([["N.listSum", "7204.00", "7144"]]);
  });
});
