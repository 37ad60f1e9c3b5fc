import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Shares of one whole that no amount bears (issue #19, f30: src/core/narrative/claims/unstated-whole.ts): each part with its
 * share implies the whole; pairs that imply different wholes are a slip — an error naming the share only when the text singles
 * it out (three pairs or more, one alone missing the whole the others give, stated among them, its amount confirmed otherwise),
 * else a warning saying what to check. And shares listed together after as many amounts each in a clause of its own, paired by
 * position (src/core/narrative/claims/extract.ts pairedByPlace).
 */
const shareFindings = (text: string, year: number) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.rule === "N.share")
    .map((f) => [f.severity, f.expected ?? null, f.actual ?? null, /^第(\d+)段/.exec(f.message)?.[1] ?? null]);

describe("梧州 2025 (gx-wuzhou-2025-budget-e ¶1–¶6): shares of “支出总预算”, an amount stated under no such words", () => {
  const text = [
    "项目支出预算 48100 元,占支出总预算的 4.43%,同比无增减变化。",
    "(一)文化旅游体育与传媒支出类科目 850088.3 元,占支出总预算 78.33%,同比减少 54357.12 元,下降 6.00 %。",
    "(二)社会保障和就业支出类科目 116433.12 元,占支出总预算 10.73 %,同比增加 16803.36 元,增长 14.43%。",
    "(三)卫生健康支出类科目 43897.73 元,占支出总预算4.04 %,同比减少 6014.46 元,下降 12.05 %。",
    "(四)住房保障支出类科目 74784.48 元,占支出总预算6.90 %,同比增加 62.16 元,增长 0.083 %。",
    "2025 年财政拨款收支总预算 1085203.63 元。收入包括:一般公共预算拨款 1085203.63 元。支出包括:文化旅游体育与传媒支出 850088.3 元、社会保障和就业支出 116433.12元、卫生健康支出 43897.73 元、住房保障支出 74784.48 元。",
  ].join("\n");

  it("holds on the real text (6.90% is 6.89% within one printed unit)", () => {
    expect(shareFindings(text, 2025)).toEqual([]);
  });

  it("a share among the others missing their whole, its amount said again in ¶6: the share is the slip (43897.73 ÷ 1085265 = 4.04%)", () => {
    expect(shareFindings(text.replace("占支出总预算4.04 %", "占支出总预算4.40 %"), 2025)).toEqual([["error", "4.04%", "4.40%", "4"]]);
  });

  it("off by one printed unit (4.06%): nothing", () => {
    expect(shareFindings(text.replace("占支出总预算4.04 %", "占支出总预算4.06 %"), 2025)).toEqual([]);
  });

  it("the amount changed (48397.73, no longer the 43897.73 of ¶6): amount or share, a warning naming the pair", () => {
    expect(shareFindings(text.replace("43897.73 元,占", "48397.73 元,占"), 2025)).toEqual([["warning", null, null, "4"]]);
  });

  it("the pair stated after all the others (¶5) may be of another passage's whole: a warning, no error", () => {
    expect(shareFindings(text.replace("占支出总预算6.90 %", "占支出总预算9.60 %"), 2025)).toEqual([["warning", null, null, "1"]]);
  });
});

describe("肇东 2021 (hl-zhaodong-2021-lottery-sports ¶3–¶8): “占总数的” of two uses, 总数 stated nowhere", () => {
  const text = [
    "2021年本级留用850.63万元。",
    "二、本级体育彩票公益金使用情况",
    "(一)用于群众体育支出133.2806万元,占总数的98.53%。",
    "其中:用于援建公共体育场地和设施119.9906万元;用于资助群众体育组织和队伍建设12.11万元;用于资助或组织开展全民健身活动0.86万元;用于组织开展全民健身科学研究与宣传0.32万元。",
    "(二)用于竞技体育支出1.99万元,占总数的1.47%。",
    "其中:用于资助体育后备人才培养1.99万元。",
  ].join("\n");

  it("holds on the real text", () => {
    expect(shareFindings(text, 2021)).toEqual([]);
  });

  it("two pairs implying different wholes (1.99 ÷ 1.74% ≈ 114, 133.2806 ÷ 98.53% ≈ 135): either may be the slip — a warning", () => {
    expect(shareFindings(text.replace("占总数的1.47%", "占总数的1.74%"), 2021)).toEqual([["warning", null, null, "3"]]);
  });
});

describe("新疆 2023 (xj-region-2023-lottery ¶3): “占彩票销售总量的比重分别为…” after four amounts each in a clause of its own", () => {
  const text =
    "(一)彩票销售情况。2023年,全区销售彩票1420871.2万元。从彩票机构看,福利彩票机构销售福利彩票763613.2万元;体育彩票机构销售体育彩票657258万元。从彩票类型看,销售乐透数字型彩票394709.4万元;竞猜型彩票312114.6万元;即开型彩票588861.5万元;基诺型彩票125185.7万元。占彩票销售总量的比重分别为27.8%、22%、41.4%、8.8%。";

  it("holds on the real text", () => {
    expect(shareFindings(text, 2023)).toEqual([]);
  });

  it("pairs by position: 588861.5 ÷ 1420871.2 = 41.44%, written 44.1%", () => {
    expect(shareFindings(text.replace("41.4%", "44.1%"), 2023)).toEqual([["error", "41.44%", "44.1%", "1"]]);
  });

  it("three shares for four amounts pair nothing", () => {
    expect(shareFindings(text.replace("、41.4%", "").replace("27.8%", "72.8%"), 2023)).toEqual([]);
  });

  it("a clause with two amounts among them pairs nothing", () => {
    const two = text.replace("即开型彩票588861.5万元", "即开型彩票588861.5万元、增加1000万元");
    expect(shareFindings(two.replace("41.4%", "44.1%"), 2023)).toEqual([]);
  });
});
