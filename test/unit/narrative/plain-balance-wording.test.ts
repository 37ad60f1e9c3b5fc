import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { corpusText } from "../../support/text-corpus";

/**
 * A fund's balance written as plain clauses, no “收支相抵” before it (src/core/narrative/claims/plain-balance.ts): the real
 * sentences of 曾都 2022, 勉县 2021, 庆阳 2021 and 鼓楼 2021 (test/fixtures/texts/), clean and with one figure changed.
 */
const findings = (text: string, year: number) =>
  checkNarrative(readTextFile(text), [], { year }).map((f) => [f.severity, f.rule, f.expected ?? null, f.actual ?? null]);

describe("收入 (+ 上年结转) = 支出 + 结余, one sentence", () => {
  const zengdu = corpusText("hb-zengdu-2022-lottery-sports");
  const sentence = zengdu.paragraph(3);
  const changed = (from: string, to: string) => findings(sentence.replace(from, to), zengdu.year);

  it("the sentence as published (266.98 + 171.6 = 405.43 + 33.15), and the whole text: silent", () => {
    expect(sentence).toBe("2022年曾都区本级体彩公益金总收入266.98万元,上年结转171.6万元,2022年体彩公益金总支出405.43万元,结余33.15万元。");
    expect(findings(sentence, zengdu.year)).toEqual([]);
    expect(findings(zengdu.text, zengdu.year)).toEqual([]);
  });

  it("each figure changed breaks both readings (上年结转 beside 总收入 or inside it): an error naming the 结余", () => {
    expect(changed("结余33.15", "结余38.15")).toEqual([["error", "N.total", "33.15", "38.15"]]);
    expect(changed("总收入266.98", "总收入276.98")).toEqual([["error", "N.total", "43.15", "33.15"]]);
    expect(changed("上年结转171.6", "上年结转117.6")).toEqual([["error", "N.total", "-20.85", "33.15"]]);
    expect(changed("总支出405.43", "总支出450.43")).toEqual([["error", "N.total", "-11.85", "33.15"]]);
  });

  it("a 总收入 that holds the 上年结转 already (438.58 − 405.43 = 33.15) is the other reading: silent", () => {
    expect(changed("总收入266.98", "总收入438.58")).toEqual([]);
  });

  it("amounts of two years are no balance of one: silent", () => {
    expect(changed("2022年体彩公益金总支出405.43万元,结余33.15", "2021年体彩公益金总支出405.43万元,结余38.15")).toEqual([]);
  });
});

describe("安排支出 − 实际支出 = 结转下年", () => {
  const mianxian = corpusText("sn-mianxian-2021-lottery");

  it("勉县 ¶2 and ¶3 as published: silent", () => {
    expect(findings(mianxian.paragraph(2), mianxian.year)).toEqual([]);
    expect(findings(mianxian.paragraph(3), mianxian.year)).toEqual([]);
    expect(findings(mianxian.text, mianxian.year)).toEqual([]);
  });

  it("¶3: 276.288 − 219.488 = 56.8; each figure changed is an error naming the amount carried over", () => {
    const sentence = mianxian.paragraph(3);
    const changed = (from: string, to: string) => findings(sentence.replace(from, to), mianxian.year);
    expect(changed("使用资金56.8", "使用资金65.8")).toEqual([["error", "N.total", "56.80", "65.8"]]);
    expect(changed("当年实际支出219.488", "当年实际支出291.488")).toEqual([["error", "N.total", "-15.20", "56.8"]]);
    expect(changed("当年安排支出276.288", "当年安排支出267.288")).toEqual([["error", "N.total", "47.80", "56.8"]]);
  });

  it("¶2: 176 − 92.3 = 83.7, the 收入 and 上年结转 beside them left alone", () => {
    const sentence = mianxian.paragraph(2);
    expect(findings(sentence.replace("使用资金83.7", "使用资金87.3"), mianxian.year)).toEqual([["error", "N.total", "83.70", "87.3"]]);
  });

  it("the balance closed in the next sentence of the paragraph", () => {
    const split = mianxian.paragraph(3).replace("当年安排支出276.288万元,", "当年安排支出276.288万元。").replace("使用资金56.8", "使用资金65.8");
    expect(findings(split, mianxian.year)).toEqual([["error", "N.total", "56.80", "65.8"]]);
  });
});

describe("a plain 收入 with no 上年结转 written may leave out what was carried in", () => {
  const qingyang = corpusText("gs-qingyang-2021-lottery");
  const sentence = qingyang.paragraph(5);

  it("庆阳 ¶5 as published (1237 = 1169 + 68): silent", () => {
    expect(findings(sentence, qingyang.year)).toEqual([]);
  });

  it("a figure changed is a warning to check, never an error", () => {
    expect(findings(sentence.replace("安排支出1169", "安排支出1196"), qingyang.year)).toEqual([["warning", "N.total", "41.00", "68"]]);
  });

  it("a uses list with a 结余 (¶6, “安排用于…;下达…;结余…”) is no balance of its own", () => {
    const uses = qingyang.paragraph(6).replace("下达西峰区144万元", "下达西峰区114万元");
    expect(findings(uses, qingyang.year).filter((f) => f[3] === "68")).toEqual([]);
  });
});

describe("the words of the amount carried say what it spans", () => {
  const gulou = corpusText("fj-gulou-2021-final");
  const insurance = gulou.paragraph(6);

  it("鼓楼 ¶6 (收入0.28 + 上年结余0.28 − 支出0.28 = 年末滚存结余0.28): silent", () => {
    expect(insurance).toContain("全区社会保险基金预算收入0.28亿元,上年结余0.28亿元,支出0.28亿元,年末滚存结余0.28亿元");
    expect(findings(insurance, gulou.year)).toEqual([]);
  });

  it("a 滚存结余 (accumulated) with no 上年结余 written balances no year's amounts alone: silent", () => {
    expect(findings(insurance.replace("上年结余0.28亿元,", ""), gulou.year)).toEqual([]);
  });

  it("收入合计 − 支出 = 年终结余 (¶8: 54.95 − 48.54 = 6.41): a changed 年终结余 is an error", () => {
    const own = gulou.paragraph(8);
    expect(own).toContain("区本级财政收入合计54.95亿元,支出48.54亿元,年终结余6.41亿元");
    expect(findings(own, gulou.year)).toEqual([]);
    expect(findings(own.replace("年终结余6.41", "年终结余6.14"), gulou.year)).toEqual([["error", "N.total", "6.41", "6.14亿元"]]);
  });
});

describe("a 结余 of the year with no 收支 is what is left at the year's end", () => {
  const zengdu = corpusText("hb-zengdu-2024-lottery-sports");
  const sentence = zengdu.paragraph(3);

  it("曾都 2024 ¶3 (1233.62 + 65.34 − 1270.6 − 6.86 = 21.5): no “收入 − 支出” balance of 总收入 and 总支出 alone", () => {
    expect(sentence).toBe(
      "2024年本级体育彩票公益金总收入1233.62万元,上年结转65.34万元,2024年体育彩公益金总支出1270.6万元,财政收回统筹6.86万元,本年结余21.5万元。",
    );
    expect(findings(sentence, zengdu.year)).toEqual([]);
    expect(findings(zengdu.text, zengdu.year)).toEqual([]);
  });

  it("an outflow no role word names (财政收回统筹) leaves the sentence unread: a changed 结余 is no error", () => {
    expect(findings(sentence.replace("本年结余21.5", "本年结余25.1"), zengdu.year)).toEqual([]);
  });

  it("“本年收支结余” is the year's income less its spending (checkYearBalances)", () => {
    const net = "2013年,全国社会保险基金总收入35994亿元,比上年增长15%;总支出28744亿元,比上年增长20%;本年收支结余7520亿元。";
    expect(findings(net, 2013)).toEqual([["error", "N.total", "7250.00", "7520亿元"]]);
  });

  it("two scopes (全区, 区本级) are no balance of one fund", () => {
    const gulou = corpusText("fj-gulou-2021-final");
    const mixed = gulou
      .paragraph(8)
      .replace("区本级财政收入合计54.95亿元,支出48.54亿元", "全区收入合计54.95亿元,区本级支出48.54亿元")
      .replace("年终结余6.41", "年终结余6.14");
    expect(findings(mixed, gulou.year)).toEqual([]);
  });
});

describe("which figure of a broken balance is named: culprit.ts, as the other sums", () => {
  // the 决算's wording, the figures of this test's own; 收入合计 is stated again in the paragraph before
  const balance = (spent: string, carried: string) => `2021年度本单位收入合计100.00万元。\n收入合计100.00万元,支出合计${spent}万元,结余${carried}万元。`;

  it("the whole income confirmed, the others free: a warning naming the figures to check", () => {
    const [warning] = checkNarrative(readTextFile(balance("95.00", "10.00")), [], { year: 2021 });
    expect([warning.severity, warning.actual]).toEqual(["warning", "100.00"]);
    expect(warning.headline).toContain("请核对支出合计、结余");
  });

  it("the whole income and the spending confirmed: an error naming the 结余 with its value", () => {
    const both = "2021年度本单位收入合计100.00万元,支出合计90.00万元。\n收入合计100.00万元,支出合计90.00万元,结余15.00万元。";
    const [error] = checkNarrative(readTextFile(both), [], { year: 2021 });
    expect([error.severity, error.expected, error.actual]).toEqual(["error", "10.00", "15.00"]);
    expect(error.headline).toContain("结余写15.00万元，应为10.00万元");
  });

  it("“本年收入合计” is this year's income only: a break is a warning, what was carried in may be left out", () => {
    const thisYear = "本年收入合计100.00万元,本年支出合计90.00万元,结余15.00万元。";
    expect(findings(thisYear, 2021)).toEqual([["warning", "N.total", "10.00", "15.00"]]);
  });
});
