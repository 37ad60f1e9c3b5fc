import { checkNarrative } from "../../../src/core/narrative";
import { partsAddUp } from "../../../src/core/narrative/claims/confirmation-words";
import { findMentions } from "../../../src/core/narrative/claims/mentions";
import { Reading } from "../../../src/core/narrative/claims/reading";
import { culpritIssue } from "../../../src/core/narrative/claims/total-slips";
import { Decimal } from "../../../src/core/numbers/decimal";
import { readTextFile } from "../../../src/core/paragraphs";
import { checkText, paragraphOf, readCorpusDocument } from "../../support/text-corpus";

/**
 * Which figure a broken list names, weighed against the other relations each figure sits in
 * (src/core/narrative/claims/culprit.ts) — the 长乐 2017 wording (test/fixtures/texts/fj-changle-2017-final-sangong.txt:
 * “(二)公务用车购置及运行费1116.14万元。其中:” then “1、公务用车购置费34.71万元…” and “2、公务用车运行费1116.14万元…”),
 * in sentences of our own.
 */
const found = (text: string) => checkNarrative(readTextFile(text), [], { year: 2019 });
const errors = (text: string) =>
  found(text)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, paragraphOf(f), f.actual ?? null, f.expected ?? null]);
const warnings = (text: string, rule: string) => found(text).filter((f) => f.severity === "warning" && f.rule === rule);

describe("a subtotal listed item by item in paragraphs of their own, inside the 三公 sum", () => {
  // 三公 300.00 = 10.00 + 200.00 + 90.00 confirms the car line 200.00; 购置 50.00 with 减少10.00 and 下降16.7% (10 ÷ 60 =
  // 16.67%) is confirmed by its own change; 运行 200.00 took the car line's figure: 200.00 − 50.00 = 150.00
  const text = [
    "2019年本单位“三公”经费财政拨款支出300.00万元。",
    "(一)因公出国(境)费10.00万元。",
    "(二)公务用车购置及运行费200.00万元。其中:",
    "1、公务用车购置费50.00万元,比上年减少10.00万元,下降16.7%。",
    "2、公务用车运行费200.00万元,主要用于燃油、维修、保险等支出。",
    "(三)公务接待费90.00万元。",
  ].join("\n");

  it("the car line confirmed by 三公, 购置 by its own change: the one finding names 运行 at ¶5, 应为150.00", () => {
    expect(errors(text)).toEqual([["N.total", 5, "200.00", "150.00"]]);
  });

  it("运行 put right: nothing", () => {
    expect(found(text.replace("公务用车运行费200.00", "公务用车运行费150.00"))).toEqual([]);
  });

  it("购置 with no relation of its own: either part may be the slip (购置 0, or 运行 150) — a warning naming both, no error", () => {
    const plain = text.replace(",比上年减少10.00万元,下降16.7%", "");
    expect(errors(plain)).toEqual([]);
    const [warning] = warnings(plain, "N.total");
    expect(warning.headline).toContain("请核对公务用车购置费、公务用车运行维护费");
    expect(paragraphOf(warning)).toBe(3);
  });

  it("the car line not confirmed (三公 400.00: the outer sum breaks at it too): the car line is still the error, 应为250.00", () => {
    expect(errors(text.replace("300.00", "400.00"))).toEqual([["N.total", 3, "200.00", "250.00"]]);
  });

  it("a list with no outer sum names its total as before", () => {
    const alone = ["公务用车购置及运行费200.00万元。其中:", "1、公务用车购置费50.00万元,比上年减少10.00万元,下降16.7%。", "2、公务用车运行费200.00万元。"].join(
      "\n",
    );
    expect(errors(alone)).toEqual([["N.total", 1, "200.00", "250.00"]]);
  });
});

describe("a total's change against its parts' changes, one of them stated on a line whose amount is found wrong", () => {
  // the changes add up to −10 − 10 − 30 − 10 = −60 against 三公's 减少100.00; the 运行 line's amount took the car line's
  // figure (200.00 for 150.00), so its 减少30.00 may be another item's too: which change is wrong is not certain
  const text = [
    "2019年本单位“三公”经费财政拨款支出300.00万元,比上年减少100.00万元。",
    "(一)因公出国(境)费10.00万元,比上年减少10.00万元。",
    "(二)公务用车购置及运行费200.00万元。其中:",
    "1、公务用车购置费50.00万元,比上年减少10.00万元,下降16.7%。",
    "2、公务用车运行费200.00万元,比上年减少30.00万元。",
    "(三)公务接待费90.00万元,比上年减少10.00万元。",
  ].join("\n");

  it("the 运行 amount is the one error; the sum of changes is a warning naming the doubt, not an error", () => {
    expect(errors(text)).toEqual([["N.total", 5, "200.00", "150.00"]]);
    const [warning] = warnings(text, "N.changeSum");
    expect(warning.headline).toContain("公务用车运行维护费的金额已查出有误，其减少30.00万元属于哪一项不能确定");
    expect(paragraphOf(warning)).toBe(1);
  });

  it("the 运行 amount printed right: the sum of changes is an error at the total's change, as before", () => {
    expect(errors(text.replace("公务用车运行费200.00", "公务用车运行费150.00"))).toEqual([["N.changeSum", 1, "减少100.00万元", "减少60.00万元"]]);
  });
});

describe("a subtotal stated alike in two places, its parts in two sentences with a reason clause between them", () => {
  // ah-huaiyuan-xuwei-2020-budget-sangong ¶2–5 (https://www.ahhy.gov.cn/zfxxgk/public/25021/45108731.html): ¶2 and ¶5 both
  // print 公务用车购置及运行费 35 (¶5 with a comma between the name and the amount); ¶5 lists 运行费 10, a reason, then 购置费 25
  const text = [
    "蚌埠市怀远县徐圩乡人民政府2020年“三公”经费支出预算为11.52万元,增长0%,与2019年持平。其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为11.52万元,公务用车购置及运行费支出预算为35万元。具体情况如下:",
    "(一)因公出国(境)费预算0万元,比上年增加(减少)0万元,增长(下降)0 %,增加(减少)原因主要是本乡2020和2019年均未安排该项经费。经费使用严格执行《转发<安徽省省直党政机关因公出国经费管理办法>》(财行〔2014〕178号)等相关规定。",
    "(二)公务接待费预算11.52万元,比上年增加(减少)0万元,同比增长(下降)0%,增长(下降)原因主要是招待费用与上年估计持平该项经费,该项经费主要用于上级部门到我乡检查、指导、督促工作,友邻单位到我乡互相学习交流,以及本乡统计集中紧急加班。经费使用严格执行《蚌埠市党政机关国内公务接待管理细则》(蚌办发〔2014〕21号)等相关规定。",
    "(三)公务用车购置及运行费预算,35万元,比上年增加(减少)35万元。其中,公务用车运行费10万元,比上年增加(减少)10万元,主要原因是2019年徐圩乡无公务车,为了满足日常工作需要2020预计购置一辆公务用车 ;该项经费主要用于车辆燃料费、维修费、过路过桥费、保险费等支出。公务用车购置费25万元,比上年增加25万元,主要原因是2019",
  ].join("\n");
  const all = (t: string) => checkNarrative(readTextFile(t), [], { year: 2020 });
  const sums = (t: string) =>
    all(t)
      .filter((f) => f.severity === "error" && f.rule !== "N.leftover")
      .map((f) => [f.rule, paragraphOf(f), f.actual ?? null, f.expected ?? null]);
  const real = ["N.total", 1, "11.52", "46.52"];

  it("the real text: the one real error, ¶2's 三公 total (the 公务接待费 line alone)", () => {
    expect(sums(text)).toEqual([real]);
  });

  it("the name before the comma names ¶5's 35: raised to 45 it is the error, against 运行 10 + 购置 25", () => {
    expect(sums(text.replace("预算,35万元", "预算,45万元"))).toEqual([real, ["N.total", 4, "45", "35.00"]]);
  });

  it("运行 raised: the 35 said twice is not named; 购置 25 cannot be 20 below its own 增加25 — 运行 is, 应为10; ¶2's error stays", () => {
    expect(sums(text.replace("公务用车运行费10万元", "公务用车运行费15万元"))).toEqual([real, ["N.total", 4, "15", "10.00"]]);
  });

  it("购置 cut to 20, below its own 增加25 (上年 −5): wrong as printed — 运行 corrected would leave it so — 购置 is, 应为25", () => {
    const cut = text.replace("公务用车购置费25万元", "公务用车购置费20万元");
    expect(sums(cut)).toEqual([real, ["N.total", 4, "20", "25.00"]]);
    const [error] = all(cut).filter((f) => f.rule === "N.total" && f.actual === "20");
    expect(error.headline).toContain("少于其本身所写的比上年增加额");
  });

  it("购置 cut to 20 with its change the template's “增加(减少)”: either part may be the slip — a warning naming both", () => {
    const cut = text.replace("公务用车购置费25万元,比上年增加25万元", "公务用车购置费20万元,比上年增加(减少)25万元");
    expect(sums(cut)).toEqual([real]);
    const [warning] = all(cut).filter((f) => f.severity === "warning" && f.rule === "N.total");
    expect(warning.headline).toContain("请核对公务用车购置费、公务用车运行维护费");
  });

  it("words before a comma name the amount right after it only when they end as a name does", () => {
    const labels = (sentence: string) => findMentions(sentence).map((m) => m.label);
    expect(labels("(三)公务用车购置及运行费预算,35万元,比上年增加(减少)35万元。")).toEqual(["公务用车购置及运行费预算", "比上年增加(减少)"]);
    expect(labels("其中:用于体育事业,3.5亿元;最多:省商务厅,213.35万元。")).toEqual(["", ""]);
  });

  it("the 35 stated once (¶5's name left out): ¶5 is no figure, the list of ¶2 names the 35 as before", () => {
    const once = text.replace("(三)公务用车购置及运行费预算,35万元", "(三)35万元").replace("公务用车运行费10万元", "公务用车运行费15万元");
    expect(sums(once)).toEqual([["N.total", 1, "35", "40.00"]]);
  });
});

describe("a total confirmed by its own change against a base stated with it (竹山 2020 决算 ¶5, hb-zhushan-2020-final)", () => {
  // 本级收入 49508 − 报告数 49500 = 8, as stated: a slip in the total would break that too; 税收 31283 + 非税 18225 = 49508
  const real =
    "(1)本级收入49508万元,比报告数49500万元增加8万元,比2019年决算数下降24.8%。其中税收收入完成31283万元、非税收入完成18225万元,税收收入占本级收入的比重为 63.2%。(具体项目详见附表一)";
  const slipped = real.replace("31283万元", "32183万元");

  it("the real paragraph: nothing", () => {
    expect(found(real)).toEqual([]);
  });

  it("税收 typed 32183: no error naming the confirmed total; a warning at ¶1 to check the two parts, each free", () => {
    expect(errors(slipped)).toEqual([]);
    const [warning] = warnings(slipped, "N.listSum");
    expect(warning.headline).toContain("本级收入49508万元与同句所写“比报告数49500万元增加8万元”相符，差额应出在所列几项中");
    expect(warning.headline).toContain("请核对税收收入完成、非税收入完成");
    expect(paragraphOf(warning)).toBe(1);
  });

  it("with no base stated (its rate against 2019 only), the total is named as before", () => {
    expect(errors(slipped.replace("比报告数49500万元增加8万元,", ""))).toEqual([["N.listSum", 1, "49508", "50408.00"]]);
  });

  it("a change that does not fit its base (增加6) confirms nothing: the total and the change are each named", () => {
    expect(errors(slipped.replace("增加8万元", "增加6万元")).map(([rule, , actual]) => [rule, actual])).toEqual([
      ["N.listSum", "49508"],
      ["N.difference", "6"],
    ]);
  });
});

describe("a 三公 total confirmed by its change against last year's stated amount, two of its three parts by their own", () => {
  // 300.00 − 280.00 = 20.00; 出国 5 ÷ 15 = 33.3%, 接待 20 ÷ 80 = 25.0%: only the car line is free, 300 − 10 − 100 = 190
  const text =
    "“三公”经费财政拨款支出300.00万元,比上年的280.00万元增加20.00万元。其中:因公出国(境)费10.00万元,比上年减少5.00万元,下降33.3%;公务用车购置及运行维护费200.00万元;公务接待费100.00万元,比上年增加20.00万元,增长25.0%。";

  it("the car line is the one error, 应为190.00", () => {
    expect(errors(text)).toEqual([["N.total", 1, "200.00", "190.00"]]);
  });

  it("the base left out (增长7.1% only, 20 ÷ 280 = 7.14%): the total is named, as a total's rate alone confirms nothing", () => {
    expect(errors(text.replace("比上年的280.00万元增加20.00万元", "比上年增长7.1%"))).toEqual([["N.total", 1, "300.00", "310.00"]]);
  });
});

describe("a total confirmed by its completion of a budget stated with it (睢宁 2020 决算 ¶3, hn-suining-2020-final)", () => {
  // 28239 ÷ 38651 = 73.06%, 22893 ÷ (28239 + 22893) = 44.77%; 17869 + 8111 + 2259 = 28239
  const real =
    "2020年全县完成一般公共预算收入28239万元,为调整预算数38651万元的73.06%,比上年减少22893万元,降低44.77%,其中:完成地方一般公共预算收入17869万元,上划中央收入8111万元,上划省级收入2259万元。";
  const slipped = real.replace("8111万元", "8711万元");

  it("the real paragraph: no error", () => {
    expect(errors(real)).toEqual([]);
  });

  it("上划中央 typed 8711: no error naming the confirmed total; a warning at ¶1 to check the three free parts", () => {
    expect(errors(slipped)).toEqual([]);
    const [warning] = warnings(slipped, "N.listSum");
    expect(warning.headline).toContain("请核对完成地方一般公共预算收入、上划中央收入、上划省级收入");
  });

  it("with no budget stated, its change and rate still tell it (22893 ÷ 51132 = 44.77%; at the parts' 28839, ÷ 51732 = 44.25%)", () => {
    const unbudgeted = slipped.replace("为调整预算数38651万元的73.06%,", "");
    expect(errors(unbudgeted)).toEqual([]);
    expect(warnings(unbudgeted, "N.listSum")[0].headline).toContain("请核对完成地方一般公共预算收入、上划中央收入、上划省级收入");
  });

  it("with neither a budget nor a change stated, the total is named as before", () => {
    expect(errors(slipped.replace("为调整预算数38651万元的73.06%,比上年减少22893万元,降低44.77%,", ""))).toEqual([["N.listSum", 1, "28239", "28839.00"]]);
  });

  it("三公 at 75.0% of its stated budget 400.00, 出国 and 接待 confirmed by their own: the car line is the one error", () => {
    const sangong =
      "“三公”经费财政拨款支出300.00万元,为预算数400.00万元的75.0%。其中:因公出国(境)费10.00万元,比上年减少5.00万元,下降33.3%;公务用车购置及运行维护费200.00万元;公务接待费100.00万元,比上年增加20.00万元,增长25.0%。";
    expect(errors(sangong)).toEqual([["N.listSum", 1, "200.00", "190.00"]]);
  });
});

describe("a total told by its own change's rate: it holds as printed and breaks at its parts' sum (石鼓 2019 决算 ¶3, hn-shigu-2019-final)", () => {
  // 2719 ÷ (36125 − 2719) = 8.14%; at 30751 + 5734 = 36485 it would be 2719 ÷ 33766 = 8.05%. 税收 and 非税 stand in no relation
  // of their own (“地方一般公共预算收入税占比85.12%” is not read): either may be the slip
  const real =
    "收入方面:2019年区级一般公共预算收入完成36125万元,为年度预算的102.99%,较上年增收2719万元,增长8.14%。其中税收收入30751万元,非税收入5374万元,地方一般公共预算收入税占比85.12%。";
  const slipped = real.replace("非税收入5374万元", "非税收入5734万元");

  it("the real paragraph: no error", () => {
    expect(errors(real)).toEqual([]);
  });

  it("非税 typed 5734: no error naming the total its rate tells; a warning to check 税收 and 非税", () => {
    expect(errors(slipped)).toEqual([]);
    const [warning] = warnings(slipped, "N.listSum");
    expect(warning.headline).toContain("请核对税收收入、非税收入");
    expect(paragraphOf(warning)).toBe(1);
  });

  it("税收's share beside it (“税收占比85.12%”: 30751 ÷ 36125; at 36125 − 5734 = 30391, 84.13%): 税收 is told too, 非税 is the one error, 应为5374", () => {
    const told = slipped.replace("税收收入30751万元,非税收入5734万元,地方一般公共预算收入税占比85.12%", "税收收入30751万元,税收占比85.12%,非税收入5734万元");
    expect(errors(told)).toEqual([["N.listSum", 1, "5734", "5374.00"]]);
  });

  it("a rate that holds at the parts' sum too tells nothing: the total is named as before", () => {
    // 30751 + 5377 = 36128: 2719 ÷ 33409 = 8.14% as well
    expect(errors(real.replace("非税收入5374万元", "非税收入5377万元"))).toEqual([["N.listSum", 1, "36125", "36128.00"]]);
  });
});

describe("a total told by its share of a whole (温州 党校 2019 决算 ¶5, zj-wenzhou-dangxiao-2019-final)", () => {
  // 4436.33 ÷ 7977.75 = 55.61%; at 3999.53 + 463.80 = 4463.33 it would be 55.95%: the 财政拨款收入 is no slip, and its two
  // parts stand in no other relation
  const real =
    "本年收入合计7,977.75万元;包括财政拨款收入4,436.33万元(其中,一般公共预算3,999.53万元,政府性基金预算436.80万元),占收入合计55.61%;上级补助收入0万元,占收入合计0%;事业收入3,541.41万元,占收入合计44.39%;经营收入0万元,占收入合计0%。";
  const slipped = real.replace("政府性基金预算436.80万元", "政府性基金预算463.80万元");

  it("the real paragraph: no error", () => {
    expect(errors(real)).toEqual([]);
  });

  it("政府性基金 typed 463.80: no error naming 4,436.33; a warning to check the two parts", () => {
    expect(errors(slipped)).toEqual([]);
    const [warning] = warnings(slipped, "N.listSum");
    expect(warning.headline).toContain("请核对一般公共预算、政府性基金预算");
  });

  it("with the share left out, the total is named as before", () => {
    expect(errors(slipped.replace(",占收入合计55.61%", ""))).toEqual([["N.listSum", 1, "4436.33", "4,463.33"]]);
  });
});

describe("a list that may leave parts out, above a total its rate tells, one part free (西乡塘 人大 2017 预算 ¶1–4, gx-xixiangtang-renda-2017-budget)", () => {
  // 17.05 ÷ 519.03 = 3.28% (truncated); at 515.67 it would be 17.05 ÷ 532.72 = 3.20%. 上年结余 8.3 with 增加8.3, 100% holds;
  // 507.37 with 减少19.96, 3.85% does not (19.96 ÷ 527.33 = 3.79%): the one part that can be the slip, at most 501.98 − 8.3
  const text = [
    "2017年收入总预算501.98万元,同比减少17.05万元,同比下降3.28%。其中:",
    "1、一般公共财政预算拨款507.37万元,同比减少19.96万元,同比降低3.85%。",
    "2、上年结余收入8.3万元,同比增加8.3万元,增长100%;其中:其他结转5.39万元,同比增加5.39万元,增长100%。",
    "3、纳入财政专户管理的收入安排的资金0万元,与上年持平。",
  ].join("\n");

  it("the error names 507.37 at ¶2, at most 493.68 (its growth rate stays an error of its own)", () => {
    const listed = found(text).filter((f) => f.severity === "error" && f.rule === "N.listSum");
    expect(listed.map((f) => [paragraphOf(f), f.actual, f.expected ?? null])).toEqual([[2, "507.37", null]]);
    expect(listed[0].headline).toContain("应不超过493.68万元");
  });

  it("its growth rate, judged after, says it reads 507.37 at its bound and what the text writes (19.96 ÷ 513.64 = 3.89%)", () => {
    const growth = found(text).filter((f) => f.severity === "error" && f.rule === "N.growth");
    expect(growth.map((f) => [paragraphOf(f), f.actual, f.expected])).toEqual([[2, "3.85%", "3.89%"]]);
    expect(growth[0].message).toContain("本年按至多493.68万元（文中写507.37万元），则上年为513.64万元");
  });

  it("上年结余 free too: it cannot be the slip (507.37 alone is above 501.98) — 507.37 is still the one named", () => {
    const free = text.replace(",同比增加8.3万元,增长100%;其中:其他结转5.39万元,同比增加5.39万元,增长100%", "");
    expect(errors(free).filter(([rule]) => rule === "N.listSum")).toEqual([["N.listSum", 2, "507.37", null]]);
  });

  it("the total's change and rate left out: nothing tells it, the total is named as before", () => {
    const untold = text.replace(",同比减少17.05万元,同比下降3.28%", "");
    expect(errors(untold).filter(([rule]) => rule === "N.listSum")).toEqual([["N.listSum", 1, "501.98", "515.67"]]);
  });
});

describe("a total typed wrong, its own change and rate broken by the same slip: one finding, at the total", () => {
  // ah-shouxian-sifa-2022-budget-sangong ¶1: 0 + 4 + 75 = 79, 减少49 ÷ 128 = 38.28%; typed 97 the sum breaks, and so does the rate
  // (49 ÷ 146 = 33.56%) — both hold at the parts' 79
  const real =
    "寿县司法局2022年一般公共预算“三公”经费支出预算为79万元,比上年预算减少49万元,下降38.28%。其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为4万元,公务用车购置及运行费支出预算为75万元。";
  const budget = (t: string) => checkNarrative(readTextFile(t), [], { year: 2022 }).filter((f) => f.severity === "error");

  it("the real paragraph: no error", () => {
    expect(budget(real)).toEqual([]);
  });

  it("typed 97: the one error names 97, 应为79; no second error at its rate", () => {
    expect(budget(real.replace("预算为79万元", "预算为97万元")).map((f) => [f.rule, f.actual, f.expected])).toEqual([["N.total", "97", "79.00"]]);
  });
});

describe("a finding says which relation confirms the total it keeps (culprit.ts Confirmation), with its figures or words", () => {
  const list = ["其中:", "1、公务用车购置费50.00万元,比上年减少10.00万元,下降16.7%。", "2、公务用车运行费200.00万元。"];
  const car = (total: string, ...after: string[]) => [total + list[0], ...list.slice(1), ...after].join("\n");
  const slip = (text: string) => found(text).find((f) => f.severity === "error" && f.rule === "N.total")!;

  it("another sum: its figures and the paragraph of its whole (a warning when either part may be the slip)", () => {
    const lines = [
      "2019年本单位“三公”经费财政拨款支出300.00万元。",
      "(一)因公出国(境)费10.00万元。",
      "(二)公务用车购置及运行费200.00万元。其中:",
      "1、公务用车购置费50.00万元。",
      "2、公务用车运行费200.00万元。",
      "(三)公务接待费90.00万元。",
    ];
    const [warning] = warnings(lines.join("\n"), "N.total");
    expect(warning.headline).toContain(
      "公务用车费200.00万元与第1段所写的另一合计相符（三公经费合计300.00万元 = 因公出国费10.00 + 公务用车费200.00 + 公务接待费90.00），差额应出在所列几项中",
    );
    expect(warning.message).toContain("公务用车费200.00万元与第1段所写的另一合计相符（三公经费合计300.00万元");
  });

  it("its change against a prior stated in its own sentence: those words", () => {
    const error = slip(car("公务用车购置及运行费200.00万元,比上年的180.00万元增加20.00万元。"));
    expect([paragraphOf(error), error.expected]).toEqual([3, "150.00"]);
    expect(error.message).toContain("公务用车费200.00万元与同句所写“比上年的180.00万元增加20.00万元”相符，公务用车运行维护费应为150.00万元");
  });

  it("its completion of a budget stated with it: those words", () => {
    const error = slip(car("公务用车购置及运行费200.00万元,为预算数250.00万元的80%。"));
    expect(error.message).toContain("公务用车费200.00万元与同句所写“为预算数250.00万元的80%”相符");
  });

  it("the same figure written again: the paragraph it is written in", () => {
    const error = slip(car("公务用车购置及运行费200.00万元。", "全年公务用车购置及运行费200.00万元。"));
    expect(error.message).toContain("公务用车费200.00万元与第4段所写相同，公务用车运行维护费应为150.00万元");
  });
});

describe("the corpus findings that keep a confirmed total name its one relation", () => {
  const messageAt = (id: string, paragraph: number) => {
    const doc = readCorpusDocument(id);
    return checkText(doc.paragraphs, doc.year)
      .filter((f) => (f.rule === "N.total" || f.rule === "N.listSum") && paragraphOf(f) === paragraph)
      .map((f) => f.message);
  };

  it("西乡塘 人大 2017 ¶2: 收入总预算 by its own change and rate, in its own sentence", () => {
    expect(messageAt("gx-xixiangtang-renda-2017-budget", 2)).toEqual([
      "第2段（第9行）：“1、一般公共财政预算拨款507.37万元”：收入总预算501.98万元与同句所写“同比减少17.05万元,同比下降3.28%”相符，一般公共财政预算拨款应不超过493.68万元，文中写507.37万元。",
    ]);
  });

  it("长乐 2017 ¶5: the car line by the 三公 sum of ¶1, with its figures", () => {
    expect(messageAt("fj-changle-2017-final-sangong", 5)).toEqual([
      "第5段（第12行）：“2、公务用车运行费1116.14万元”：公务用车费1116.14万元与第1段（第8行）所写的另一合计相符（三公经费合计1360.13万元 = 因公出国费22.00 + 公务用车费1116.14 + 公务接待费221.98），公务用车运行维护费应为1081.43万元，文中写1116.14万元。",
    ]);
  });

  it("塘子 2023 ¶9: the car line by the 三公 sum of ¶2, with its figures", () => {
    expect(messageAt("yn-xundian-tangzi-2023-final-sangong", 9)).toEqual([
      "第9段（第16行）：“公务用车运行维护支出0万元”：公务用车费4.02万元与第2段（第9行）所写的另一合计相符（三公经费合计11.96万元 = 因公出国费0.00 + 公务用车费4.02 + 公务接待费7.94），公务用车运行维护费应为4.02万元，文中写0万元。",
    ]);
  });
});

describe("a part its own change and rate accuse, under a total nothing confirms (蓝山 2024 预算 ¶1, hn-lanshan-2024-budget)", () => {
  const real =
    "(1)根据县委经济工作会议安排,地方一般公共预算收入116059万元,较上年增加6570万元,增长6%,其中税收收入82539万元,较上年增加4674万元,增长6%;非税收入33520万元,较上年增加1896万元,增长6%;税收收入占地方一般公共预算收入的比重为71.1%。";

  it("holds on the real wording (82539 + 33520 = 116059)", () => {
    expect(errors(real)).toEqual([]);
  });

  it("非税收入 typed 28142: 1896 ÷ 26246 = 7.22% breaks, at 116059 − 82539 = 33520 it is 6.00% — the error names 28142, never the total, and the change and rate that accuse it", () => {
    const findings = found(real.replace("非税收入33520万元", "非税收入28142万元")).filter((f) => f.severity === "error");
    expect(findings.map((f) => [f.rule, f.actual, f.expected])).toEqual([["N.listSum", "28142", "33520.00"]]);
    expect(findings[0].message).toBe(
      "第1段：“非税收入28142万元”：按33520万元，非税收入与同句所写“较上年增加1896万元,增长6%”相符，按28142万元则不符，非税收入应为33520万元，文中写28142万元。",
    );
  });
});

/**
 * The finding of a part its own breakdown accuses names that breakdown with its sum. On the whole text the 三门 plant is
 * named first by its share (share-list-part-slip), so the finding is made here from the sentence's own figures: the
 * culprit as ./culprit.ts culpritOf gives it, accused by the three budgets below 财政拨款收入.
 */
describe("a part its own breakdown accuses (三门 公安 2020 ¶13, zj-sanmen-gongan-2020-final, 财政拨款收入 24,940.34 planted 24,970.34)", () => {
  const sentence =
    "本年收入合计25,031.67万元;包括财政拨款收入24,970.34万元(其中,一般公共预算24,399.59万元,政府性基金预算540.75万元,国有资本经营预算0万元),占收入合计99.64%;上级补助收入0万元,占收入合计0%;事业收入0万元,占收入合计0%;经营收入0万元,占收入合计0%;附属单位上缴收入0万元,占收入合计0%;其他收入91.33万元,占收入合计0.36%。";
  const amounts = findMentions(sentence).filter((m) => m.kind === "amount");
  const [total, ...parts] = amounts.filter((m) => m.depth === 0);
  const own = amounts.filter((m) => m.depth === 1);
  const issueFor = (elsewhere?: string) => {
    const reading = new Reading();
    const accused = partsAddUp(parts[0], own, reading, elsewhere);
    const named = { total, name: total.label, parts, names: parts.map((p) => p.label) };
    return culpritIssue("listSum", named, { at: "part", part: parts[0], value: new Decimal("24940.34"), accused }, reading);
  };

  it("lists the three budgets as written with their sum 24,399.59 + 540.75 + 0 = 24,940.34 = 25,031.67 − 91.33", () => {
    const issue = issueFor();
    expect(issue.message).toBe(
      "“包括财政拨款收入24,970.34万元”：其下所列一般公共预算24,399.59万元、政府性基金预算540.75万元、国有资本经营预算0万元合计24,940.34万元，财政拨款收入应为24,940.34万元，文中写24,970.34万元。",
    );
    expect(issue.headline).toBe(
      "财政拨款收入写24,970.34万元，应为24,940.34万元：其下所列一般公共预算24,399.59万元、政府性基金预算540.75万元、国有资本经营预算0万元合计24,940.34万元，财政拨款收入24,970.34 + 上级补助收入0.00 + 事业收入0.00 + 经营收入0.00 + 附属单位上缴收入0.00 + 其他收入91.33 = 25,061.67万元，其他各部分无此印证（或改正后为负数），只能是财政拨款收入有误。",
    );
    expect([issue.expected, issue.actual]).toEqual(["24,940.34", "24970.34"]);
  });

  it("says where the breakdown is written when not in the part's own sentence", () => {
    expect(issueFor("第14段").message).toContain("：第14段所列其各部分一般公共预算24,399.59万元、");
  });
});

/**
 * A part's change with its rate only tells its value from the one a broken sum gives it only where it breaks there — as a
 * total's does (src/core/narrative/claims/standing.ts). 达州 2021 三公 (sc-dazhou-2021-budget-sangong ¶1) with 公务用车
 * 2066 typed 2086: “减少12万元,下降0.58%” holds at 2086 (12 ÷ 2098 = 0.572%, within the figures' rounding) and at 2066 alike,
 * and 因公出国(境)经费90 “与上年持平” has no figure of its own: two free parts under a confirmed total.
 */
describe("a part's rate-only change that holds at the printed and the corrected value alike (达州 2021 三公 ¶1)", () => {
  const doc = readCorpusDocument("sc-dazhou-2021-budget-sangong");
  const planted = doc.paragraphs.map((p) => ({ ...p, text: p.text.replace("维护费2066万元", "维护费2086万元") }));

  it("no error names 因公出国(境)经费90 (应为70 was raised before); its own “(其中:…1920万元,…146万元)” accuses 2086 (f31): 应为2066", () => {
    const findings = checkText(planted, doc.year);
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.rule, paragraphOf(f), f.actual, f.expected])).toEqual([
      ["N.listSum", 1, "2086", "2066.00"],
    ]);
    expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  it("the real text: nothing", () => {
    expect(checkText(doc.paragraphs, doc.year)).toEqual([]);
  });
});

describe("one finding per slip: a figure a list finds wrong is read so by the sentence checks after it (#19)", () => {
  const all = (text: string, year: number) =>
    checkNarrative(readTextFile(text), [], { year }).map((f) => [f.rule, f.severity, f.actual ?? null, f.expected ?? null]);

  it("清流 2021 ¶2, 税收收入 typed 33219: the list names it, 应为 45343 − 9497 = 35846; its own rate (1157 ÷ 34689 = 3.34%) holds there — no N.growth", () => {
    // fj-qingliu-2021-final ¶2: 45343 = 35846 + 9497, and the total's own 增收1848万元,增长4.25% (1848 ÷ 43495 = 4.249%) confirms it
    const real =
      "2021年县级一般公共预算收入45343万元,完成年初预算的104.7%,完成调整预算的99.2%,比上年增收1848万元,增长4.25%。其中,税收收入35846万元,完成年初预算的102.2%,完成调整预算的103.7%,比上年增收1157万元,增长3.3%;非税收入9497万元,完成年初预算的115.1%,完成调整预算的85.6%,比上年增收691万元,增长7.8%。";
    expect(all(real, 2021)).toEqual([]);
    expect(all(real.replace("税收收入35846万元", "税收收入33219万元"), 2021)).toEqual([["N.listSum", "error", "33219", "35846.00"]]);
  });

  it("蓝山 2024 ¶1, 非税收入 typed 28142: one finding at it, no warning at its rate “增长6%” (1896 ÷ 26246 = 7.22%)", () => {
    const real =
      "(1)根据县委经济工作会议安排,地方一般公共预算收入116059万元,较上年增加6570万元,增长6%,其中税收收入82539万元,较上年增加4674万元,增长6%;非税收入33520万元,较上年增加1896万元,增长6%;税收收入占地方一般公共预算收入的比重为71.1%。";
    expect(all(real.replace("非税收入33520万元", "非税收入28142万元"), 2024)).toEqual([["N.listSum", "error", "28142", "33520.00"]]);
  });

  it("石鼓 2019 ¶3, the total typed 30488: its rate “较上年增收2719万元,增长8.14%” breaks there and holds at 30751 + 5374 = 36125 — one finding at the total, no N.growth", () => {
    const real =
      "收入方面:2019年区级一般公共预算收入完成36125万元,为年度预算的102.99%,较上年增收2719万元,增长8.14%。其中税收收入30751万元,非税收入5374万元,地方一般公共预算收入税占比85.12%。";
    expect(all(real.replace("完成36125万元", "完成30488万元"), 2019)).toEqual([["N.listSum", "error", "30488", "36125.00"]]);
    // a rate that breaks at the parts' sum too is a slip of its own: it stays (2719 ÷ 27769 = 9.79%; at 36125, 8.14% ≠ 9.1%)
    const both = real.replace("完成36125万元", "完成30488万元").replace("增长8.14%", "增长9.1%");
    expect(all(both, 2019).map(([rule]) => rule)).toEqual(["N.listSum", "N.growth"]);
  });

  it("丰都 法院 2018 ¶8, 本年支出合计 typed 4,745.22: one finding at it, 应不超过4,076.79 — its rate and its part's share 80.44% hold below that", () => {
    // cq-fengdu-fayuan-2018-final: ¶6's 支出总计 4,076.79 (its change and rate hold) above 本年支出合计; 30.64 ÷ 4,093.62 = 0.75%
    // and 3,268.32 ÷ 4,062.98 = 80.44% at the real 4,062.98
    const doc = readCorpusDocument("cq-fengdu-fayuan-2018-final");
    const typed = doc.paragraphs.map((p) => (p.index === 8 ? { ...p, text: p.text.replace("4,062.98", "4,745.22") } : p));
    const at8 = (paragraphs: typeof typed) => checkText(paragraphs, doc.year).filter((f) => paragraphOf(f) === 8);
    expect(at8(doc.paragraphs)).toEqual([]);
    const findings = at8(typed);
    expect(findings.map((f) => [f.rule, f.severity, f.actual])).toEqual([["N.total", "error", "4745.22"]]);
    expect(findings[0].headline).toContain("应不超过4,076.79万元");
  });
});
