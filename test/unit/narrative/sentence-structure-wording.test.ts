import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Sentence structures of the s19r blind rounds (stop 33; test/fixtures/texts/README.md, “Blind rounds on sentence
 * structures”): what spans sentences or paragraphs, read only where the words make the binding certain.
 */
const errors = (text: string, year = 2018) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("items of a known whole, one a paragraph, under a paragraph closing with “其中:”", () => {
  // gd-heshan-shuiwu-2018-budget-sangong ¶2–6 (http://m.pshycm.com/zwgk/xxgk/hssslj/bmyjs/sgjf/content/post_225933.html)
  const heshan = [
    "“三公”经费预算增减变化的主要原因是:2018年“三公”经费支出预算合计24.75万元,比上年预算数减少4.65万元。其中:",
    "因公出国(境)经费支出预算0万元,与上年预算数持平,无增减变化。",
    "公务用车购置费支出预算0万元,与上年预算数持平,无增减变化。",
    "公务用车运行维护费支出预算8.2万元;与上年预算数持平,原因:行政单位实行公车改革。",
    "公务接待费支出预算16.55万元,比上年预算数减少4.65万元,原因:认真贯彻执行中央八项规定。",
  ].join("\n");

  it("the real text: no error", () => {
    expect(errors(heshan)).toEqual([]);
  });

  it("a part raised: the items add up above the total", () => {
    expect(errors(heshan.replace("16.55", "19.55"))).toEqual([["N.listSum", "27.75", "24.75"]]);
  });

  it("a part lowered: 出国 + 购置 + 运行 + 接待 are every part of the 三公 total, so a sum below it is an error too", () => {
    expect(errors(heshan.replace("16.55", "12.55"))).toEqual([["N.listSum", "20.75", "24.75"]]);
  });

  it("a paragraph naming no part of the whole ends the list (an amount of another name may be anything)", () => {
    const other = heshan.replace("公务用车购置费支出预算0万元", "会议费支出预算9万元");
    expect(errors(other)).toEqual([]);
  });

  it("items of no known whole are not read: the list's end is in doubt", () => {
    // gx-wuzhou-2023-budget-b ¶ under “项目支出 29700 元…其中:” names 商品和服务支出预算, no part of an identity of 项目支出
    const project = ["2. 项目支出 29700 元,占一般公共预算支出的 3.26%。其中:", "商品和服务支出预算 39700 元,占项目支出预算 100%。", "工会经费 5000 元。"].join(
      "\n",
    );
    expect(errors(project).filter(([rule]) => rule === "N.listSum")).toEqual([]);
  });

  it("a whole named in a sentence of its own: “X，其中：” with the 三公 items each by its own parts (购置 + 运行) is complete", () => {
    const sentence =
      "2018年“三公”经费支出预算合计24.75万元,其中:因公出国(境)经费支出预算0万元,公务用车购置费支出预算0万元,公务用车运行维护费支出预算8.2万元,公务接待费支出预算12.55万元。";
    expect(errors(sentence)).toEqual([["N.listSum", "20.75", "24.75"]]);
  });
});

describe("a sentence opening with its comparison and base amount, its own amount closing the sentence before", () => {
  // xx-district-kindergarten2-2017-final ¶7 (https://haowendang.cn/c7xkfa3dip73uh255c6he20sz532alg00cdx_1.html)
  const housing =
    "住房保障支出(类)住房改革支出(款)住房公积金(项)支出4.55万元,完成预算的100%,用于学校在职教师的住房公积金开支。较2016年决算4.08万元,增加了0.47万元,增加了11.52%,增加原因公积金基数的增加。";

  it("the real text: no error", () => {
    expect(errors(housing, 2017)).toEqual([]);
  });

  it("the change is 4.55 − 4.08 and the rate its share of 4.08", () => {
    expect(errors(housing.replace("0.47万元", "0.67万元"), 2017)).toEqual([["N.difference", "0.47", "0.67"]]);
    expect(errors(housing.replace("11.52%", "8.52%"), 2017)).toEqual([["N.growth", "11.52%", "8.52%"]]);
  });

  it("a sentence before with two amounts ties nothing", () => {
    const two = housing.replace("支出4.55万元,完成预算的100%", "支出4.55万元,预算5.55万元");
    expect(errors(two.replace("0.47万元", "0.67万元"), 2017)).toEqual([]);
  });
});

describe("a change whose amount may be any of several that are one figure", () => {
  // zj-linan-gaohong-kindergarten-2021-final ¶2 (https://www.linan.gov.cn/art/2022/10/8/art_1229309755_4091877.html)
  const linan = "2021年度收入总计1,151.41万元,支出总计1,151.41万元,与2020年度相比,各增加29.6万元,增长2.57%。主要原因是:人员工资、项目经费增加。";

  it("is bound with certainty: whichever is meant, 29.6 ÷ 1121.81 = 2.64%", () => {
    expect(errors(linan, 2021)).toEqual([["N.growth", "2.64%", "2.57%"]]);
    expect(errors(linan.replace("2.57%", "2.64%"), 2021)).toEqual([]);
  });

  it("two different amounts stay in doubt: no error", () => {
    expect(errors(linan.replace("支出总计1,151.41", "支出总计1,131.41"), 2021)).toEqual([]);
  });
});

describe("a change named by both sides' totals in one word (“收、支总计各增加”)", () => {
  // ha-xinyang-youeryuan-2018-budget ¶5 (http://henan.kjzch.com/xinyang/2018-07-10/728930.html)
  const xinyang = "市政府幼儿园2018年收入总计901万元,支出总计901万元,与2017年相比,收、支总计各增加12万元,增长1.3%。主要原因:专户管理的教育收费略有增加。";

  it("the real text: 12 ÷ 889 = 1.35%, no error", () => {
    expect(errors(xinyang)).toEqual([]);
  });

  it("is of the two totals, one figure: the rate is judged", () => {
    expect(errors(xinyang.replace("增长1.3%", "增长4.3%"))).toEqual([["N.growth", "1.35%", "4.3%"]]);
    // the change raised: the text cannot say whether the change or the rate is the slip — the rate is named, as ever
    expect(errors(xinyang.replace("各增加12万元", "各增加22万元"))).toEqual([["N.growth", "2.50%", "1.3%"]]);
  });

  it("two different totals stay in doubt: no error", () => {
    expect(errors(xinyang.replace("支出总计901", "支出总计951").replace("增长1.3%", "增长4.3%"))).toEqual([]);
  });

  it("totals of another scope are not the words' totals", () => {
    const scoped = xinyang.replace("收入总计901", "财政拨款收入总计901").replace("支出总计901", "财政拨款支出总计901");
    expect(errors(scoped.replace("增长1.3%", "增长4.3%"))).toEqual([]);
  });
});

describe("an amount written in another unit than its comparison and change", () => {
  // xx-district-kindergarten2-2017-final ¶4: “基本支出252.5元” for 252.5万元
  const unit = "本年支出合计252.5万元,较上年231.5万元,增加21万元,其中:基本支出252.5元,较上年231.5万元,增加21万元;";

  it("is named as the slip of its unit, not the change", () => {
    // one unit-slip reading for every claim kind (unit-slip.ts): N.unit at the amount
    expect(errors(unit, 2017)).toEqual([["N.unit", "252.5万元", "252.5元"]]);
  });

  it("a change that no unit explains: the part above its confirmed total is the one slip, its change holds at its most (#19)", () => {
    // 262.5 is at most 252.5 (本年支出合计 confirmed by 252.5 − 231.5 = 21); read there, 252.5 − 231.5 = 21 holds: no N.difference
    const written = errors(unit.replace("基本支出252.5元", "基本支出262.5万元"), 2017);
    expect(written).toEqual([["N.listSum", null, "262.5"]]);
  });
});

describe("the parts of a known whole after “具体情况如下:”, numbered or under headings", () => {
  // hb-jianghan-minyi-2015-budget-sangong ¶5–13 (https://nucsns.com/www/qzfpcjg/qfzhggj_46371/fdzdgknr/sgjf/201802/t20180223_9924)
  const minyi = [
    "2015年部门财政拨款资金安排“三公”经费预算8.07万元。具体情况如下:",
    "(一)因公出国(境)费",
    "年初由财政预算集中管理,实际发生时报区委、区政府审批后列入单位预算,年终并入单位决算予以公开。",
    "(二)公务接待费",
    "公务接待费3.57万元。主要用于单位按规定开支的各类公务接待费用。",
    "(三)公务用车购置及运行维护费",
    "1、公务用车购置费",
    "年初由财政预算集中管理,实际发生时报区委、区政府审批后列入单位预算,年终并入单位决算予以公开。",
    "2、车辆运行维护费支出4.5万元,截至2014年底本单位公务用车辆共3台。车辆运行维护费预算比上年度减少4.5万元。",
  ].join("\n");
  // sn-xincheng-weiji-2019-budget-sangong ¶2–7 (http://www.xincheng.gov.cn/zwgk/zdxxgk/czxx/gdwsgjf/5de0a50bfd8508098d0afee3.html)
  const xincheng = [
    "2019年本部门一般公共预算“三公”经费预算支出9.80万元,较上年减少18.50万元(65.37%),减少的主要原因是公车运行维护费减少。具体情况如下:",
    "1、因公出国(境)经费0万元,较上年减少0万元(0%)。",
    "2、公务接待费2.30万元,较上年减少1.5万元(42.86%),减少的主要原因是认真落实中央八项规定。",
    "3、公务用车购置及运行费支出7.5万元,其中:",
    "(1)、公务用车运行维护费7.50万元,较上年减少17万元(69.38%)。",
    "(2)公务用车购置费0万元。",
  ].join("\n");

  it("the real texts: no list error (a budget text whose spending goes “并入单位决算” counts its cars at the end of last year)", () => {
    expect(errors(minyi, 2015)).toEqual([]);
    expect(checkNarrative(readTextFile(minyi), [], { year: 2015 }).filter((f) => f.rule === "N.year")).toEqual([]);
    // its one real slip: 1.5 ÷ (2.30 + 1.5) = 39.47%, not 42.86% (corpus: sn-xincheng-weiji-2019-budget-sangong ¶4)
    expect(errors(xincheng, 2019)).toEqual([["N.growth", "39.47%", "42.86%"]]);
  });

  it("items under headings add up above the total: an error at the total", () => {
    expect(errors(minyi.replace("3.57", "5.57"), 2015)).toEqual([["N.listSum", "10.07", "8.07"]]);
  });

  it("a part's own parts are its list's, not the total's", () => {
    // the total is told by its own change and rate (18.50 ÷ 28.30 = 65.37%; at 11.80, 61.06%), the car line by its own parts
    // (7.50 + 0): 公务接待费 is the one part that can be the slip, 应为2.30 (f11); untold, the total is named as before
    const raised = xincheng.replace("2.30万元", "4.30万元");
    expect(errors(raised, 2019).filter(([rule]) => rule === "N.listSum")).toEqual([["N.listSum", "2.30", "4.30"]]);
    const untold = raised.replace(",较上年减少18.50万元(65.37%)", "");
    expect(errors(untold, 2019).filter(([rule]) => rule === "N.listSum")).toEqual([["N.listSum", "11.80", "9.80"]]);
  });

  it("a numbered line naming no part of the whole is not read (the budget of a 决算 item)", () => {
    // ah-shouxian-2023-final-sangong: “具体情况如下:” then “1.公务接待费预算为1万元,支出0.53万元…”
    const shouxian = [
      "2023年度“三公”经费支出决算1.71万元。具体情况如下:",
      "1.公务接待费预算为1万元,支出决算0.53万元。",
      "2.公务用车运行维护费预算为2万元,支出决算1.18万元。",
    ].join("\n");
    expect(errors(shouxian, 2023).filter(([rule]) => rule === "N.listSum")).toEqual([]);
  });
});

describe("details after “具体情况如下:” restating the parts its “其中” sentence listed", () => {
  // ah-qingyang-audit-2022-budget-sangong ¶2–5 (http://www.chidc.com.cn/OpennessContent/show/1253381.html)
  const qingyang = [
    "青阳县审计局2022年度“三公”经费支出预算为11.4万元,比2021年预算增加0.6万元,增加5%。其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为7.4万元,公务用车购置及运行费支出预算为4万元。具体情况如下:",
    "(一)因公出国(境)费预算0万元, 比2021年预算减少0万元,下降0.0%,下降原因主要是无该项预算。",
    "(二)公务接待费预算7.4万元,较2021年预算减少0.4万元。下降原因主要是进一步厉行节约,减少公务接待批次和人次。",
    "(三)公务用车购置及运行费支出预算为4万元。该项经费主要用于车辆燃料费、维修费、过路过桥费、保险费等支出。",
  ].join("\n");

  it("the real text: no error", () => {
    expect(errors(qingyang, 2022)).toEqual([]);
  });

  it("an item restated with another value: an error at the item naming the listed value", () => {
    expect(errors(qingyang.replace("公务接待费预算7.4万元", "公务接待费预算8.4万元"), 2022)).toEqual([["N.repeated", "7.40", "8.4"]]);
  });

  it("an item of another measure (the actual under a list of budgets) is another figure", () => {
    const actual = qingyang.replace("(二)公务接待费预算7.4万元", "(二)公务接待费实际支出6.9万元");
    expect(errors(actual, 2022)).toEqual([]);
  });
});

describe("a paragraph opening with “其中” under the paragraph that states its total", () => {
  // gs-province-2021-revenue-may ¶ “1-5月,全省一般公共预算支出1532.7亿元,下降0.3%。” then “其中:省级支出344.3亿元,…”
  const gansu = "1-5月,全省一般公共预算支出1532.7亿元,下降0.3%。\n其中:省级支出344.3亿元,增长0.9%;市县级支出1188.4亿元,下降0.6%。";

  it("the real text: no error", () => {
    expect(errors(gansu, 2021)).toEqual([]);
  });

  it("breaks down the one amount of the paragraph before:省级 + 市县级 = 全省 (a split by level is complete)", () => {
    expect(errors(gansu.replace("344.3", "444.3"), 2021)).toEqual([["N.listSum", "1632.70", "1532.7亿元"]]);
    expect(errors(gansu.replace("344.3", "244.3"), 2021)).toEqual([["N.listSum", "1432.70", "1532.7亿元"]]);
  });

  it("a paragraph before with several amounts leaves the whole in doubt", () => {
    // zy-lottery-2010-final ¶4–5: the “其中” breaks down the 支出 2396815, not the 结余 of the last sentence
    const lottery =
      "2010年安排彩票公益金支出2396815万元,占筹集总额的76.79%。收支结算后,结余724358万元。\n其中,分配给全国社会保障基金理事会1248800万元,用于补充全国社会保障基金。分配给民政部105300万元。";
    expect(errors(lottery, 2010)).toEqual([]);
  });
});

describe("a sentence opening with comparison words only after a sentence that breaks its one amount down after “其中”", () => {
  // gs-wushan-luomen-xuequ-2022-budget ¶15 (http://www.wushan.gov.cn/info/5541/846751.htm), b1 blind round 1
  const basic = "(一)基本支出。2022年基本支出3736.92万元,其中人员经费3727.71万元,公用经费353.71万元。比2021年预算增加654万元,增长9%,增长的主要原因是人员增加。";
  const partsRight = basic.replace("3727.71", "3383.21");
  const errors2022 = (text: string) => errors(text, 2022);

  it("the real text: the parts above their total, and the rate of the total's change (654 ÷ 3082.92 = 21.21%, not 9%)", () => {
    expect(errors2022(basic)).toEqual([
      ["N.listSum", "4081.42", "3736.92"],
      ["N.growth", "21.21%", "9%"],
    ]);
  });

  it("the change is the total's, not a part's: with the parts right, the rate alone is wrong", () => {
    expect(errors2022(partsRight)).toEqual([["N.growth", "21.21%", "9%"]]);
    expect(errors2022(partsRight.replace("增长9%", "增长21.21%"))).toEqual([]);
  });

  it("the change in the list's own sentence may be the last part's: nothing", () => {
    expect(errors2022(partsRight.replace("万元。比2021年", "万元,比2021年"))).toEqual([]);
  });

  it("a part with a change of its own, or two amounts before “其中”, is no plain breakdown of one amount: nothing", () => {
    expect(errors2022(partsRight.replace("3383.21万元", "3383.21万元,比上年增加600万元"))).toEqual([]);
    expect(errors2022(partsRight.replace("2022年基本支出3736.92万元", "2022年支出4213.63万元,基本支出3736.92万元"))).toEqual([]);
  });
});
