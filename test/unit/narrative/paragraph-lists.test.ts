import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { corpusText, paragraphOf } from "../../support/text-corpus";

/**
 * A total broken down in paragraphs of its own (issue #19, src/core/narrative/claims/enumerated-list.ts): a lead — a
 * paragraph ending with “其中:” or “…用于以下项目:”, a numbered heading stating its own amount, or one amount right under a
 * section heading — and the run of sibling paragraphs of one numbering level below it, each item's amount at its head.
 * Complete only when the lead says so (“共计”, “共15个项目” with 15 listed, “如下:”) and each item states one amount;
 * otherwise only items above their total are an error.
 */
const check = (text: string, year: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, paragraphOf(f), f.actual ?? null, f.expected ?? null]);

describe("headed items under “…占总数的100.0%。其中:”, numbered items under each heading (天长 2022 体彩)", () => {
  const tianchang = corpusText("ah-tianchang-2022-lottery-sports");

  it("every level adds up (543.10 + 6.50 + 294.20 + 17.20 = 861.00; 193.8 + 236.3 + 113 = 543.10 …): nothing", () => {
    expect(check(tianchang.text, tianchang.year)).toEqual([]);
  });

  it("a heading below its own items: the heading, 应为 193.8 + 236.3 + 113 = 543.10", () => {
    expect(errors(tianchang.text.replace("设施543.10万元", "设施534.10万元"), tianchang.year)).toEqual([["N.listSum", 6, "534.10", "543.10"]]);
  });

  it("an item above its heading: the heading is named (the “其中” list above may leave parts out, so it confirms nothing)", () => {
    const changed = tianchang.text.replace("示范性全民健身活动199.4万元", "示范性全民健身活动219.4万元");
    expect(errors(changed, tianchang.year)).toEqual([["N.listSum", 12, "294.20", "314.20"]]);
  });

  it("a “其中” list's items below their total say nothing", () => {
    expect(errors(tianchang.text.replace("设施543.10万元", "设施443.10万元").replace("建设、维护193.8万元", "建设、维护93.8万元"), tianchang.year)).toEqual([]);
  });
});

describe("a heading that counts its items: “(一)老年人福利类共计15个项目,共计3599.76万元。” (宝山 2019 福彩)", () => {
  const baoshan = corpusText("sh-baoshan-2019-lottery-welfare");

  it("the fifteen items add up to 3599.76: nothing", () => {
    expect(check(baoshan.text, baoshan.year)).toEqual([]);
  });

  it("a total above its fifteen items is an error: the heading says they are all of it", () => {
    expect(errors(baoshan.text.replace("共计3599.76万元", "共计3959.76万元"), baoshan.year)).toEqual([["N.listSum", 6, "3959.76", "3599.76"]]);
  });

  it("counting other than the items listed (16 for 15), the list may leave parts out: nothing", () => {
    expect(errors(baoshan.text.replace("共计15个项目,共计3599.76万元", "共计16个项目,共计3959.76万元"), baoshan.year)).toEqual([]);
  });

  it("an item above its share of the total names the total (nothing else confirms 3599.76)", () => {
    expect(errors(baoshan.text.replace("长者照护之家项目748万元", "长者照护之家项目784万元"), baoshan.year)).toEqual([["N.listSum", 6, "3599.76", "3635.76"]]);
  });
});

describe("headings with no amount, each with one paragraph stating it, after “支出共16.43万元” (白河 2021 体彩)", () => {
  const baihe = corpusText("sn-baihe-2021-lottery-sports");

  it("0.76 + 1.62 + 14.05 = 16.43: nothing", () => {
    expect(check(baihe.text, baihe.year)).toEqual([]);
  });

  it("“共” says the three are the whole: a total above them is an error", () => {
    expect(errors(baihe.text.replace("支出共16.43万元", "支出共16.50万元"), baihe.year)).toEqual([["N.listSum", 5, "16.50", "16.43"]]);
  });

  it("without “共” the paragraph calls its amount no total: no lead, nothing", () => {
    expect(errors(baihe.text.replace("支出共16.43万元", "支出16.50万元"), baihe.year)).toEqual([]);
  });
});

describe("a heading's amount in parentheses: “(一)资助项目类别( 残疾人事业 15.9万元)” (大亚湾 2020 福彩)", () => {
  const dayawan = corpusText("gd-dayawan-2020-lottery-welfare");

  it("12 + 1.5 + 2.4 = 15.9, 70.5816 + 36.764 + 32.0669 + 1 + 1 = 141.4125 ≈ 141.4: nothing", () => {
    expect(check(dayawan.text, dayawan.year)).toEqual([]);
  });

  it("an item above its heading: the heading named", () => {
    expect(errors(dayawan.text.replace("意外伤害险1.5万元", "意外伤害险5.1万元"), dayawan.year)).toEqual([["N.listSum", 3, "15.9", "19.50"]]);
  });
});

describe("“…共分配福彩公益金972.749万元,主要安排用于以下项目:” then four headed sources, each with its numbered uses (泸县 2020 福彩)", () => {
  const luxian = corpusText("sc-luxian-2020-lottery-welfare");

  it("every level adds up: nothing", () => {
    expect(check(luxian.text, luxian.year)).toEqual([]);
  });

  it("a use above its source's amount names the source heading", () => {
    expect(errors(luxian.text.replace("试点补助220万元", "试点补助230万元"), luxian.year)).toEqual([["N.listSum", 5, "250.659", "260.659"]]);
  });

  it("“主要” says the sources may be some of it: a total above them says nothing", () => {
    expect(errors(luxian.text.replace("共分配福彩公益金972.749万元", "共分配福彩公益金990.749万元"), luxian.year)).toEqual([]);
  });
});

describe("paragraphs that are no items of the amount above them", () => {
  it("two classifications of one total, each after “包括” (鄞州 鸣楼 卫生院 2021): nothing", () => {
    const yinzhou = corpusText("zj-yinzhou-minglou-weisheng-2021-budget");
    expect(check(yinzhou.text, yinzhou.year).filter((f) => f.rule === "N.listSum")).toEqual([]);
  });

  it("“具体情况如下:” with the excerpt cut inside the list (财政部 2024 经济分类): nothing", () => {
    const mof = corpusText("zy-mof-2024-final-economic");
    expect(errors(mof.text, mof.year)).toEqual([]);
  });

  it("a heading stating two amounts leaves in doubt which one its items break down (梧州 军休所 2021's wording)", () => {
    const text = [
      "(一)本年收入390.55万元,上年结转和结余190.89万元。",
      "1.一般公共预算财政拨款收入382.17万元;",
      "2.上级补助收入8.38万元;",
      "3.上年结转和结余190.89万元。",
    ].join("\n");
    expect(errors(text, 2021)).toEqual([]);
    expect(errors(text.replace(",上年结转和结余190.89万元。", "。"), 2021)).toEqual([["N.listSum", 1, "390.55", "581.44"]]);
  });

  it("a line named as the total restates it: no list", () => {
    const text = ["(一)收入预算100.00万元。", "1.收入预算100.00万元,比上年增加5.00万元;", "2.支出预算100.00万元,比上年增加5.00万元。"].join("\n");
    expect(errors(text, 2021)).toEqual([]);
  });

  it("full-width digits count the items alike: “共计５个项目” with four listed is no complete list", () => {
    const text = [
      "(二)社会公益类共计５个项目,共计６７６．２万元。",
      "1、资助本区“关爱功臣活动”项目87.2万元;",
      "2、资助上海市慈善基金会宝山代表机构200万元;",
      "3、资助上海市拥军优属基金会宝山区工作委员会100万元;",
      "4、资助本区综合帮扶项目250万元;",
    ].join("\n");
    expect(errors(text, 2019)).toEqual([]);
  });

  it("reasons after “主要原因如下:” are no items of the change", () => {
    const text = ["支出合计100.00万元,主要原因如下:", "1.人员经费80.00万元;", "2.项目经费50.00万元。"].join("\n");
    expect(errors(text, 2021)).toEqual([]);
    expect(errors(text.replace("主要原因如下:", "具体用于以下项目:"), 2021)).toEqual([["N.listSum", 1, "100.00", "130.00"]]);
  });

  it("a gap in the numbering leaves a list said to be whole unread", () => {
    const text = ["支出共计100.00万元,分别是:", "1.人员经费60.00万元;", "3.项目经费30.00万元。"].join("\n");
    expect(errors(text, 2021)).toEqual([]);
    expect(errors(text.replace("3.项目", "2.项目"), 2021)).toEqual([["N.listSum", 1, "100.00", "90.00"]]);
  });
});
