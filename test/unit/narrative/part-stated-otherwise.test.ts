import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { paragraphOf } from "../../support/text-corpus";

/**
 * A part of a broken list stated again elsewhere under its item's words with another value
 * (src/core/narrative/claims/restatement.ts statedOtherwise): where the list holds exactly at that other value, the part is
 * the slip, named with it — not the total. Real sentences of the corpus: 勉县 2021 (sn-mianxian-2021-lottery ¶5–¶7), 姜堰 2021
 * (js-jiangyan-2021-lottery-welfare ¶4–¶18), 泸县 2020 (sc-luxian-2020-lottery-welfare ¶2, ¶12).
 */
const found = (text: string) => checkNarrative(readTextFile(text), [], { year: 2021 });
const errors = (text: string) =>
  found(text)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, paragraphOf(f), f.actual ?? null, f.expected ?? null]);

describe("勉县 2021 体彩公益金: the part's item stated again in words of how it came (“转移支付的” / “下达”)", () => {
  const text = [
    "2021年度,我县体彩公益金总收入132.35万元,其中县级体彩公益金62.35万元,省级转移支付的体彩公益金70万元。",
    "县级体彩公益金本年收入62.35万元,当年实际支出62.35万元,主要用于体育场馆建设和组织开展全民健身科学研究与宣传。",
    "2021年省级下达体彩公益金70万元,主要用于以体育场馆建设、组织开展全民健身活动、支持运动员参加国内运动会、全民健身工程。当年安排下达并完成支出70万元。",
  ].join("\n");
  const typed = text.replace("省级转移支付的体彩公益金70万元", "省级转移支付的体彩公益金80万元");

  it("the real paragraphs: nothing", () => {
    expect(errors(text)).toEqual([]);
  });

  it("70 typed 80 (62.35 + 80 = 142.35 above 132.35): ¶3 states it 70 = 132.35 − 62.35 — the 80 is named at ¶1, 应为70.00", () => {
    expect(errors(typed)).toEqual([["N.listSum", 1, "80", "70.00"]]);
    const [error] = found(typed).filter((f) => f.severity === "error");
    expect(error.headline).toContain("按70.00万元，各项之和正合合计，也与第3段");
    expect(error.headline).toContain("另写的“2021年省级下达体彩公益金70万元”相同");
  });

  it("the other statement of another year (“2020年省级下达体彩公益金70万元”) is no statement of the part: the total is named", () => {
    expect(errors(typed.replace("2021年省级下达", "2020年省级下达"))).toEqual([["N.listSum", 1, "132.35", "142.35"]]);
  });

  it("the other statement a sub-amount of another whole (“…合计900万元,其中省级下达…”, or its “其中” sentence): the total is named", () => {
    const under = typed.replace("2021年省级下达体彩公益金70万元", "2021年全省体彩公益金合计900万元,其中省级下达体彩公益金70万元");
    expect(errors(under)).toEqual([["N.listSum", 1, "132.35", "142.35"]]);
    const broken = typed.replace("2021年省级下达体彩公益金70万元", "2021年全省体彩公益金合计900万元。其中省级下达体彩公益金70万元");
    expect(errors(broken)).toEqual([["N.listSum", 1, "132.35", "142.35"]]);
  });

  it("the other statement of another unit (“国家体育总局…” against “商务部…”) is no statement of the part: the total is named", () => {
    const own = ["商务部2021年度体彩公益金总收入132.35万元,其中县级体彩公益金62.35万元,省级转移支付的体彩公益金80万元。"];
    const of = (unit: string) => [...own, `${unit}2021年省级下达体彩公益金70万元,主要用于全民健身工程。`].join("\n");
    expect(errors(of("国家体育总局"))).toEqual([["N.listSum", 1, "132.35", "142.35"]]);
    expect(errors(of("商务部"))).toEqual([["N.listSum", 1, "80", "70.00"]]);
  });

  it("the other statement where the list does not hold exactly (65 ≠ 132.35 − 62.35): the total is named", () => {
    expect(errors(typed.replace("2021年省级下达体彩公益金70万元", "2021年省级下达体彩公益金65万元"))).toEqual([["N.listSum", 1, "132.35", "142.35"]]);
  });
});

describe("姜堰 2021 福利彩票公益金: the part's item in the section's own numbered items", () => {
  const text = [
    "2021年度中央福彩公益金补助我区项目资金41.5万元,其中:老年人福利类31万元,儿童福利类10.5万元。",
    "1、老年人福利类31万元。用于资助我区特殊困难老年人家庭居家适老化改造501户。",
    "2、儿童福利类10.5万元。用于发放孤儿入学补助13人。",
    "2021年度省级福彩公益金补助我区项目资金10.6万元,其中:儿童福利类7万元,社会公益类3.6万元。",
    "1、儿童福利类7万元。用于省级儿童“关爱之家”示范项目补助,我区创成张甸镇省级示范性儿童“关爱之家”1个。",
    "2、社会公益类3.6万元。用于补助我区三水街道慈善社工站服务运营补贴。",
  ].join("\n");

  it("the real paragraphs: nothing", () => {
    expect(errors(text)).toEqual([]);
  });

  it("社会公益类 3.6 typed 6.3 (7 + 6.3 = 13.3 above 10.6): ¶6 states it 3.6 = 10.6 − 7 — the 6.3 is named at ¶4, 应为3.60", () => {
    expect(errors(text.replace("社会公益类3.6万元。", "社会公益类6.3万元。"))).toEqual([["N.listSum", 4, "6.3", "3.60"]]);
  });

  it("儿童福利类 7 typed 9: its words name four amounts (both funds' items), no one item — the total is named", () => {
    expect(errors(text.replace("儿童福利类7万元,", "儿童福利类9万元,"))).toEqual([["N.listSum", 4, "10.6", "12.60"]]);
  });

  it("the uses' item stated again with “资助” before it: 278.08 typed 287.08 is named, 应为278.08", () => {
    const uses = [
      "2021年我区本级福利彩票公益金安排支出326.81万元,主要用于:扶贫、济困、救孤等48.73万元,养老服务体系建设278.08万元。",
      "1、资助养老服务体系建设278.08万元。",
    ].join("\n");
    expect(errors(uses)).toEqual([]);
    expect(errors(uses.replace("养老服务体系建设278.08万元。", "养老服务体系建设287.08万元。"))).toEqual([["N.listSum", 1, "287.08", "278.08"]]);
  });
});

describe("泸县 2020 福彩公益金: the part's item heading the section of its uses", () => {
  const text = [
    "2020年我县共筹集福彩公益金972.749万元。其中中央福彩公益金250.659万元,省级福彩公益金465万元,市级福彩公益金40.63万元,本级分成福彩公益金216.46万元(上年第四季度31.64万元,当年1-4季度184.82万元)。",
    "二、使用情况",
    "(三)市级福彩公益金40.63万元。",
    "1.乐龄养老院养老机构责任保险补贴0.63万元;",
  ].join("\n");

  it("the real paragraphs: nothing", () => {
    expect(errors(text)).toEqual([]);
  });

  it("40.63 typed 46.03 (the four add to 978.149): ¶3 states it 40.63 = 972.749 − 250.659 − 465 − 216.46 — 46.03 is named", () => {
    expect(errors(text.replace("市级福彩公益金40.63万元,", "市级福彩公益金46.03万元,"))).toEqual([["N.listSum", 1, "46.03", "40.63"]]);
  });
});

describe("a total confirmed, two parts free of relations but one stated again elsewhere at the value the sum gives it", () => {
  // 三公 30 = 32 − 2 as stated (its change against a stated base confirms it); 因公出国 0 corrected would be −5; 公务用车 20
  // and 公务接待 15 both stand free — but ¶2 states 公务接待费 10 = 30 − 0 − 20: the 15 is the slip (a slip is made once)
  const text = [
    "2021年“三公”经费支出30万元,比上年32万元减少2万元,其中:因公出国(境)费0万元,公务用车购置及运行费20万元,公务接待费15万元。",
    "二、公务接待费10万元,主要用于上级检查指导工作。",
  ].join("\n");

  it("公务接待费 15 is named at ¶1, 应为10.00, with the total's confirmation and the other statement", () => {
    expect(errors(text)).toEqual([["N.total", 1, "15", "10.00"]]);
    const [error] = found(text).filter((f) => f.severity === "error");
    expect(error.headline).toContain(
      "三公经费合计30万元与同句所写“比上年32万元减少2万元”相符；按10万元，各项之和正合合计，也与第2段另写的“公务接待费10万元”相同",
    );
  });

  it("15 printed 10: nothing", () => {
    expect(found(text.replace("公务接待费15万元", "公务接待费10万元"))).toEqual([]);
  });

  it("the other statement left out: either free part may be the slip — a warning naming both, no error", () => {
    const alone = text.split("\n")[0];
    expect(errors(alone)).toEqual([]);
    const warnings = found(alone).filter((f) => f.severity === "warning" && f.rule === "N.total");
    expect(warnings.map((f) => f.headline)).toEqual([expect.stringContaining("请核对公务用车费、公务接待费")]);
  });
});
