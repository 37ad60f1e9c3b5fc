import { fullWidth, isApproximate, plantChanges, relatedDigits, type PlantedChange } from "../../support/planted-changes";
import {
  checkText,
  corpusIds,
  isCleanParagraph,
  paragraphAt,
  paragraphOf,
  readCorpusDocument,
  wrongFigure,
  type CorpusDocument,
} from "../../support/text-corpus";

/**
 * Single figures changed in clean real paragraphs (test/support/planted-changes.ts): wherever the paragraph states
 * the figure in a sum, share or growth relation, the text check must find the change as an error naming a figure
 * of that relation. Where a figure of the relation is written “约” the relation is not exact: a warning naming one
 * of its figures is what is owed (“约X” stands for X give or take a tenth: RoundingInterval.approximate in
 * src/core/numbers/rounding-interval.ts), never an error. Changes the checker still misses are `test.failing`
 * (the sets below).
 */
const SEEDS = [19, 2019];
const MISSED_TODAY = new Set<string>([
  // f19: a list under one side's whole of a balanced budget (“(一)收入预算:2026年年初预算数3,009.40万元,其中:…”, “(2)支出总计8303万元,
  // 其中:…”) that the other side's whole states alike (“(二)支出预算:…3,009.40万元”, “(1)收入总计8303万元”: balanced-budget.ts) — the
  // total is right, and with several parts free to be the slip the finding is a warning naming them, no error (before f19 the
  // error named the total, the one figure of the list the text confirms)
  "cq-bishan-daxing-2024-final-report ¶4 2354→2920",
  "cq-bishan-daxing-2024-final-report ¶5 904→1057",
  "cq-dianjiang-shuiliguanlizhan-2026-budget ¶7 32→52",
  "cq-dianjiang-shuiliguanlizhan-2026-budget ¶7 7.23→8.37",
  "cq-dianjiang-shuiliguanlizhan-2026-budget ¶8 75.2→81.4",
  "cq-dianjiang-shuiliguanlizhan-2026-budget ¶8 75.2→88.8",
  "cq-wanzhou-gonglu-2024-budget ¶2 237.02→295.76",
  "hn-shaoyang-jiedao-lvhua-2019-budget ¶4 96.22→110.49",
  // f18: “一般公共预算支出143.17亿元。其中:区级一般公共预算支出121.74亿元,…;省市转移支付支出21.43亿元” — 143.17 is stated again
  // under the same name in ¶16 (standing.ts namedAgain), so the broken list no longer names it (it is right): its two parts both
  // stand free, and a warning names them to check — no error can say which is the slip
  "zj-binjiang-2021-final ¶6 21.43→25.23",
  // m9 round 2 (天津 医大总医院 2021 预算): “部门收入预算496,555.7万元,…。其中,本年收入合计493,824.1万元,…,包括…其他收入5843.2万元;
  // 上年结转结余2,731.6万元” — the change is found as N.listSum on 本年收入合计 493,824.1, a figure outside the generator's relation
  // (it sums 496,555.7 over the parts and 上年结转 without the subtotal)
  "tj-yida-zongyiyuan-2021-budget ¶13 5843.2→6413.6",
  "tj-yida-zongyiyuan-2021-budget ¶13 5843.2→7211.1",
  // m9 blind round 1 (财政决算 reports of 县/区, 公安局 决算), after its rules: “专项转移支付收入44875万元,比报告数425319万元增加8051万元”
  // — a change after the last part of a “其中” list may be the total's or the last part's (its 报告数 is right before it): not tied
  "hb-zhushan-2020-final ¶6 8051→8629",
  // f1: ““三公”经费决算汇总数为8.44亿元。其中,…;公务用车购置及运行维护费6.48亿元(含公务用车购置费3.01亿元和公务用车运行维护费3.47亿元)”
  // — since “决算汇总数为” names the 三公 total, 0.28 + 1.68 + 6.48 = 8.44 confirms the car line, and the broken 2.58 + 3.47 leaves
  // open whether 购置 or 运行 is the slip (culprit.ts): a warning naming both, no error (before f1 the error named the car line)
  "xj-region-2012-final-sangong ¶4 3.01→2.58",
  // f5: the same list with 出国 0.28 → 0.48 — the 三公 8.44 is stated alike in ¶1, ¶2 and ¶4 (a slip is made once: culprit.ts),
  // the car line 6.48 = 3.01 + 3.47 confirmed, and 出国 and 接待 tie to nothing else: a warning naming both, no error (before f5
  // the error named the 8.44, the one figure here the text states three times)
  "xj-region-2012-final-sangong ¶4 0.28→0.48",
  // h5 round 5: “全年预算46,908万元…其中:税收…全年预算32,972万元…;非税…全年预算13,936万元的110.2%” — the change is found, as
  // the completion 110.2% (15362 ÷ 15432), a figure outside the generator's relation (the parts' budgets as a list of the
  // total's: “为…预算B的p%” budgets are not read as a list)
  "xx-county-2023-budget-execution-sep ¶3 13,936→15,432",
  // h5 round 5 (a 江西 county's 统计公报): “非公有制经济增加值1695125万元,…占GDP的比重59.6%” — “GDP” names the 地区生产总值 of
  // the sentence before by its abbreviation; “税收收入…占总收入的82.4%;非税收入…占总收入的17.6%” — “总收入” names the
  // 财政总收入 by a shorter name: shares naming their whole in words that no amount bears are not judged
  "jx-yichun-county-2022-statistics ¶3 1695125→2011176",
  "jx-yichun-county-2022-statistics ¶3 59.6→69.2",
  "jx-yichun-county-2022-statistics ¶4 82.4→90.8",
  // h5 round 4 (吉林 2022 预算调整): “在本批次新增地方政府债务限额699亿元中,省级使用19.15亿元,占全部新增债务限额的2.7%;市县级使用
  // 679.85亿元,占97.3%” — a share names its whole in words (“全部新增债务限额”) other than the list's (“本批次…”): which whole the
  // shares are of is left in doubt, and so is the list's sum (shares.ts checkShareList: no list sum where a share names its whole)
  "jl-province-2022-budget-adjustment ¶4 19.15→17.58",
  "jl-province-2022-budget-adjustment ¶4 19.15→15.48",
  // s19y blind round 2 (华东 / 华中), read again in f7: “去年山东省政府采购规模大幅增加,超过前年182.4亿元,达到673.9亿元,增长37%。
  // 全省通过公开招标完成采购额529.62亿元,占全部采购额的78.6%” — certain (全部采购额 is the whole 采购规模, one measure:
  // figures.ts MEASURE) but not read: 673.9 bears no name of its own (the sentence's subject two clauses up, a change written
  // “超过前年182.4亿元” between)
  "sd-province-2010-procurement ¶2 673.9→734.5",
  "sd-province-2010-procurement ¶2 78.6→61.5",
  // “846.99亿元的政府采购规模中,中小企业采购合同额为692.16亿元,占合同总金额的81.7%” — the share names another measure
  // (合同总金额) than the whole the sentence opens with (采购规模): left alone on purpose (df2e528: a scale and a contract
  // total need not be one figure); the generator has no general rule to tell measures apart, so it stays planted
  "sd-province-2011-procurement ¶3 846.99→977.34",
  "sd-province-2011-procurement ¶3 81.7→96.6",
  // s19z blind round 7 (stop 31), read again in f7: “一般公共预算本级收入完成53.19亿元,…。其中,税收收入29.09亿元,…。非税收入
  // 24.1亿元,…。加上…收入总量为102.06亿元” — a “其中” list past its sentence, certain here (税收 + 非税 are every part of
  // 一般公共预算收入) but not read (lists are read sentence by sentence); read, it would be a warning, not an error: 53.19 is
  // confirmed by the 加上 chain and neither part by a relation of its own, so which part is the slip is in doubt (culprit.ts)
  "cq-bishan-2023-budget-execution ¶3 29.09→33.84",
  "cq-bishan-2023-budget-execution ¶3 29.09→34.05",
  // s19m (stop 32): the generator's fixes (no 共 of 一般公共预算 as a total word, no total among its “parts”) change its picks:
  // here it plants on “收入合计61.4亿元。…支出60.9亿元…。其中:56.7,3.6,0.6…结余0.5” — a sum the words do not state (the “其中”
  // breaks down 60.9, not 61.4)
  "sh-city-2014-soe ¶3 0.5→2.5",
  // s19y blind round 1 (stop 32, 华北 / 西北 / 西南), after its rules: “全省地方一般公共预算收入完成1966.23亿元…。其中,省级…
  // 491.06亿元…。全省财政收入中,税收收入1410.57亿元…;非税收入555.66亿元” — the whole is named “全省财政收入”, a name no amount
  // bears, after a “其中” sentence of 省级: which amount it breaks down is left in doubt
  "sc-province-2015-revenue-jul ¶2 1410.57→1141.14",
  "sc-province-2015-revenue-jul ¶2 1966.23→1487.76",
  // s19d blind round 1 (stop 32), read again in f7: “交通费328.43万元。…“交通费”科目下的核算内容除公务用车运行维护费外,还包括
  // 商务委班车租赁费39.6万元、公务交通出租车费22.1万元。剔除以上两项因素,…公务用车运行维护费为266.73万元” — certain (328.43 −
  // 39.6 − 22.1 = 266.73) but not read: a subtraction stated across three sentences by “剔除以上两项”
  "bj-shangwu-2010-final-sangong ¶2 22.1→27.3",
  "bj-shangwu-2010-final-sangong ¶2 39.6→45.1",
  // s19d blind round 2 (stop 32), read again in f7: “全国发行销售彩票16624843万元,中央财政当年收缴入库彩票公益金2477331万元,加上
  // 2009年结转收入643842万元,共计3121173万元。同比2009年增长了1114908万元,增幅达55.6%” — two amounts before “加上” in its sentence:
  // which the chain adds to is in doubt (addition.ts: the one amount of its sentence); a generator rule leaving such chains out
  // (tried in f7) also drops found plants (hi-sanya-2020 ¶9, sn-zhouzhi-2023 ¶1, zj-qiantang-2021 ¶4): not general. The growth's
  // amount is one of the four of the sentence before, its own sentence naming none: in doubt too
  "zy-lottery-2010-final ¶1 643842→715096",
  "zy-lottery-2010-final ¶1 1114908→913619",
  "fj-fuzhou-2021-aug-direct-funds ¶4 39.64→42.77",
  // s19q blind round 3 (审计 reports), after its rules: “投入本级资金3.12亿元…,其中投入0.91亿元…。投入…1.14亿元…。安排…0.93亿元,
  // …0.14亿元” — amounts in the sentences after the “其中” sentence may go on listing its parts or state other money: left in
  // doubt on purpose (the “其中” reaches its sentence's end)
  "gd-suixi-2023-audit ¶5 0.93→1.13",
  "gd-suixi-2023-audit ¶5 0.14→0.34",
  // s19q blind round 4 (决算 balances, 社会保险基金), after its rules: “全区一般公共预算收入A,上级补助收入B,…。一般公共预算支出C,…。
  // 收入合计T,支出合计U,年终结余V” — the totals in a sentence of their own after both lists: which amounts each adds up is
  // not tied by the words (unknown sentence structure)
  "fj-gulou-2021-final ¶3 30.09→32.25",
  "fj-gulou-2021-final ¶3 2.67→2.44",
  // “收入预算数…,决算数589.67亿元,…。其中,…。本年支出预算数…,决算数532.49亿元,…。…。另外,…,加上…收入2413.30亿元,收入总量
  // 3002.97亿元” — the amount “加上” adds to is in an earlier sentence among budgets and actuals of 收入 and 支出: left in doubt
  "zy-central-2018-final-social-insurance ¶2 2413.30→2102.29",
  "zy-central-2018-final-social-insurance ¶2 2413.30→2057.33",
  // s19q blind round 5 (预算调整), after its rules: “调减一般公共预算收入18133万元,…。主要是税收收入减少15085万元、非税收入减少
  // 3048万元” — “主要是” lists the main parts of a change, not said to be all: left in doubt on purpose
  "xx-district-2022-budget-adjustment ¶5 3048→3686",
  "xx-district-2022-budget-adjustment ¶5 15085→16754",
  // s19v blind round 3 (stop 34): 144 of a four-item breakdown of 公务用车 (“11167万元(其中,购置费…,运行维护费…,其他交通工具购置
  // 144万元,其他交通费用…)”); since f7 the list is read (the “(其中,” no longer opens a whole “11167万元(其…中,”), and with the 11167
  // confirmed by the 三公 sum 7494 + 382 + 11167 = 19043 and no part tied by a relation of its own, which of the four is the slip is
  // in doubt: a warning naming them (culprit.ts), as for ah-lieshan ¶4 below, never an error
  "hn-yueyang-2016-budget-sangong ¶2 144→164",
  // s19v blind round 4 (stop 34), after round 3's fix: “因公出国(境)费支出13.9万元,2015年预算增加1.7万元,增加13.9%” — the source drops
  // “比”, and a change with no comparison word is not read (unknown wording)
  "ah-province-bianban-2016-budget-sangong ¶11 1.7→3.7",
  "ah-province-bianban-2016-budget-sangong ¶11 13.9→16.9",
  // the same round: “…支出数1,437.99万元,预算数8,413.22万元,支出数比预算数减少6,975.23万元,下降率为82.91%” — the budget beside the
  // amount is not read as the change's base (the change is bound to the amount, 1,437.99 + 6,975.23 against 8,413.22 is not judged);
  // its three other plants are found since the round's fix (a change named by its measure, “支出数比预算数减少”)
  "zy-post-2012-final-news ¶2 8,413.22→9,178.36",
  // s19u blind round 4 (stop 34), after its rules: “加上转移性收入361934万元(…),其中,上级补助收入322821万元、调入资金6960万元、
  // 动用预算稳定调节基金100万元和上年结转结余收入32053万元,债务收入47060万元,收入总计441038万元” — a “其中” inside the chain
  // leaves it unread on purpose (where the breakdown ends is in doubt), and the list below 361934 is not known complete
  "hi-qiongzhong-2020-budget-execution ¶2 100→120",
  // “公务用车购置及运行费24.72亿元,镌汰18.89亿元” — a synonym-spinning repost writes 减少 as “镌汰” (unknown word)
  "zy-central-2022-final-spun ¶5 18.89→22.79",
  // #19 (h1, which figure a broken list names: src/core/narrative/claims/culprit.ts): “(三)公务用车购置及运行费预算245.98万元,其中:
  // 公务用车运行费168万元,公务用车购置费77.98万元” — 245.98 is confirmed by the 三公 sum of ¶1 and neither part has a relation
  // of its own: with a part changed, either part may be the slip (运行 168, or 购置 38.98 for 207), so the list is a warning naming
  // both, never an error on the confirmed subtotal (it was one before)
  "ah-lieshan-2023-budget-sangong ¶4 168→207",
  "ah-lieshan-2023-budget-sangong ¶4 77.98→64.68",
  // b4 blind round 2 (綦江区公路事务中心 2023): “收入合计10328.56万元,较上年决算数增加1894.61万元,增长22.46%,主要原因是上年年初结转资金
  // 1475.63万元,实际较上年增加资金418.98万元” — the generator sees 1894.61 = 1475.63 + 418.98; the checker reads no amounts after
  // “主要原因是” as a change's parts (a reason may name some of its causes only, and which change they break down is in doubt)
  "cq-qijiang-gonglu-2023-final ¶6 418.98→487.28",
  "cq-qijiang-gonglu-2023-final ¶6 1475.63→1719.49",
  // m10 blind round (甘肃省红十字会 2013 财务收支): “…折合人民币2276.86万元(资金收入1685.81万元,物资收入折合人民币591.05万元)。拨款按
  // 项目分类为:5.12汶川地震项目1058.88万元,…志愿服务项目4万元;…” — a list opened by “按项目分类为:” is not read as the breakdown of
  // 资金收入 (opened by “其中:” the same list is, N.listSum), and parts in parentheses with no “其中”/“含” are not read: nothing raised
  "gs-hongshizihui-2013-finance ¶13 2.5→0.5",
  "gs-hongshizihui-2013-finance ¶13 1685.81→2093.40",
  // f8 (a total confirmed by its own change against a base stated with it, or its completion of a budget stated with it:
  // culprit.ts Relations.ofTotal): the total is no longer named, and two parts or more stand free — a warning naming the
  // parts to check, never an error on the confirmed total (it was one before). 屯溪 2023: 61646 ÷ 年初预算 109466 = 56.3%,
  // 99552 ÷ 109466 = 90.9%, 税务 and 财政 each with a rate of an unstated 任务数; 竹山 2020 ¶5: 49508 − 报告数 49500 = 8,
  // 税收 and 非税 free; 教育部 2024 ¶4: 43,665,710.31 − 41,814,652.58 = 1,851,057.73, 经营 and 补助 free
  "ah-tunxi-2023-revenue-jun ¶1 32962→38667",
  "ah-tunxi-2023-revenue-nov ¶1 49018→58807",
  "hb-zhushan-2020-final ¶5 18225→20584",
  "zy-moe-2024-final ¶4 130→156",
  // f11 (a total told by a relation through a rate — its own change and rate, or a share of it or of a whole — that holds as
  // printed and breaks at its parts' sum: culprit.ts, standing.ts): as f8's, the total is no longer named and two parts or
  // more stand free — a warning naming the parts to check. 涪陵 新妙 2021: ¶4's “三公”…减少2.97万元,下降6.89% (2.97 ÷ 43.11 =
  // 6.89%; at 41.45, 6.69%); 内蒙古 2023: 增加259亿元,增长9.2% (at 3388.4, 8.28%); 广东 2021, 甘肃 2012 / 2021, 鹤城 2024,
  // 梧州 2025: each total's own change and rate likewise, its parts with a rate only (no change) or none
  "cq-fuling-xinmiao-2021-final-sangong ¶2 9.21→10.52",
  "gd-province-2021-budget-summary ¶3 3.3→1.3",
  "gs-province-2012-final ¶3 418.24→504.77",
  "gs-province-2021-revenue-may ¶28 36.4→43.2",
  "gs-province-2021-revenue-may ¶3 274.5→229.2",
  "gs-province-2021-revenue-q1 ¶13 262→292",
  "gx-wuzhou-2025-budget-e ¶8 48100→55531",
  "hn-hecheng-2024-final ¶3 12106→11009",
  "hn-hecheng-2024-final ¶4 29893→33714",
  "hn-hecheng-2024-final ¶4 29893→35574",
  "nm-region-2023-revenue ¶1 2331→2636",
  // f27 (#19: a share's whole named in words is that amount, share-total.ts): “2021年度政府采购支出总额28861.938591万元,其中:货物…、
  // 工程…、服务…。授予中小企业合同金额5915.867653万元,占政府采购支出总额的20.5%” — the share holds at 28861.94 and breaks at the parts'
  // 31366.29 (18.86%): the total is right, and with the three parts free the finding is a warning naming them, no error (before
  // f27 the error named the total, which the change had left right)
  "sd-sdkjzy-2021-final-procurement ¶2 23143.890913→25648.238429",
  // f10 × f11 (merged): 三门 公安 2020 ¶13's 财政拨款收入 24,940.34 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 (f10's identity)
  // is told by its share 占收入合计99.64% (24,940.34 ÷ 25,031.67 = 99.635%; at the parts' 24,898.27, 99.47%): the total stands,
  // and 一般公共预算 and 政府性基金预算 stand free — a warning naming them
  "zj-sanmen-gongan-2020-final ¶13 540.75→498.68",
  // m11 blind round 1 (彩票公益金 公告): “中央…补助我区支出41.5万元,省级…支出10.6万元,区本级…支出326.81万元,共计378.91万元” — a
  // bare “共计” after amounts each of its own name is no sum read with certainty (listed-total.ts: amounts side by side with no
  // joining word may be of different things; addition.ts closedList: only a total naming its 收入 / 支出 side, or a count of
  // the parts); “本级分成福彩公益金216.46万元(上年第四季度31.64万元,当年1-4季度184.82万元)” — parts in parentheses with no
  // “其中” and no known identity are a remark (parenthesized-parts-wording.test.ts); since f31 the 216.46 their sum breaks is
  // confirmed by ¶16's “县本级分成福彩公益金216.46万元”: a warning naming the two parts, no error on the total
  "js-jiangyan-2021-lottery-welfare ¶1 10.6→8.6",
  "js-jiangyan-2021-lottery-welfare ¶1 378.91→429.24",
  "sc-luxian-2020-lottery-welfare ¶2 31.64→37.61",
  // m11 blind round 2: “农民体育健身工程行政村项目5个和乡镇项目1个共计65万元,…行政村…分别用于…15万元,乡镇…用于…50万元” — the
  // uses cover both kinds of project by their words, but a list below its total may leave parts out (no known identity): 65→85
  // is no error; “市本级留存10.41亿元(福利彩票公益金5.17亿元,体育彩票公益金5.24亿元)” — parts in parentheses under a total named
  // 留存 alone are a remark (parenthesized-parts-wording.test.ts)
  "sc-pingchang-2017-lottery-sports ¶6 65→85",
  "sh-city-2023-lottery ¶6 5.24→5.97",
  // m11 blind round 3 (江门 2019): “…筹集福利彩票公益金21277万元,其中上缴…13685万元,全市共提留公益金7592万元。其中,江门市本级提留…”
  // — the sentence before the “其中” states four amounts: which one the list breaks down is in doubt; “共结余979.65万元。其中新会区
  // 结余292.5万元、台山市结余128.37万元、开平市结余405” (cut) — a list below its total, and 7592 − 6612.35 = 979.65 is no balance read
  "gd-jiangmen-2019-lottery-welfare ¶3 1070→1196",
  "gd-jiangmen-2019-lottery-welfare ¶5 979.65→1209.23",
  // m13 blind round 1: “使用非财政拨款结余和专用结余60.86万元,年初结转和结余减少14.55万元” after the reasons of a 66.69 change
  // (涪陵 增福 卫生院 2024) — 60.86 is an amount, not a change (it equals its change only if last year's was 0, not stated),
  // and the reasons' changes (“主要原因是”) need not be every part: the generator's sum of changes is no stated identity
  "cq-fuling-zengfu-wsy-2024-final ¶13 77.07→84.41",
  "cq-fuling-zengfu-wsy-2024-final ¶13 60.86→56.12",
  // “可用财力为50582万元,具体构成如下:…” (湟里 2025) read as “其组成情况如下” is: parts above the total are an error, a list
  // below it may leave parts out (no known identity)
  "js-hengli-2025-budget-execution ¶8 16986→14297",
  // “公务接待费59.64万元。其中:外事接待费支出17万元,主要用于…;…工作。国内公务接待支出42.64万元,…” (四川省教育厅 2011): read
  // since f27 past the sentence's end, but 外事接待费 may be inside 国内接待费 (the 三公 tables since 2014): a list naming both is
  // judged without 外事 (held-items.ts), and 42.64 alone lies below either total
  "sc-edu-2011-final-sangong ¶7 17→37",
  "sc-edu-2011-final-sangong ¶7 59.64→49.05",
  // f28: “去年全年全盟一般公共预算收入累计完成310682万元,同比增加23188万元,增长8.1%” (阿拉善 2020 ¶2) then ¶3 “在全盟一般公共预算收入中,
  // 盟本级…33648万元…;旗级…277034万元” — since the paragraph opening with its whole named in full breaks it down
  // (viewed-whole.ts), the change is found as N.listSum naming 254368, standing in ¶3 where the list is (as a paragraph opening
  // with “其中” does); the ¶2 growth error on the same figure is dropped as its second finding
  "nm-alxa-2020-budget-execution ¶2 310682→254368",
  // the same paragraph ¶4 as m15 read it (新京报 2019): sums by coincidence the words do not state — 地方负债 8.9 ≈ 中央负债 1 + 中央净资产
  // 3.7 + 中央事业单位资产 3.9, within the whole “1万亿元”'s rounding (the generator's, not a relation of the text); since f29 the
  // parts in parentheses after the 净资产 3.7 are read against the clause's 资产 4.7 they name (measure-breakdown.ts), but 0.8 + 1.9
  // lies below it, which a list that may leave parts out may do — while 1→21 is found through 资产 = 负债 + 净资产 (4.7 = 1 + 3.7)
  "zy-state-assets-2018-xinjingbao ¶4 3.9→1.9",
  // m15 round 3 (光明日报 2019): 金融企业资产 264.3 ≈ 地方国有企业资产 129.6 + 负债总额 135 within the whole “135万亿元”'s rounding (a
  // coincidence, the generator's); the 金融企业 sentence states 资产, 负债 and “形成国有资产” — no 净资产, so no identity is read
  "zy-state-assets-2018-gmrb ¶2 264.3→203.2",
  // m16 blind round (天津开发区 2024): “政府性基金预算财力96.9亿元(含新增专项债券…41.2亿元、结转专项债券11.5亿元),…安排支出68.9亿元,
  // 结余28.0亿元” — 财力 − 安排支出 = 结余 is a plain balance (plain-balance.ts), but 财力 names no income role and the sentence
  // holds amounts in parentheses: the balance is not read
  "tj-teda-2024-budget-execution ¶6 96.9→76.1",
  "tj-teda-2024-budget-execution ¶6 68.9→60.0",
  // f31 (#19: a broken sum names no total a relation of its own confirms — culprit.ts weighed for the addition chains too,
  // addition.ts brokenSumIssue; the same amount under its item's words, restatement.ts namedAgain): the total is right, and with
  // two parts or more free to be the slip the finding is a warning naming them, no error (before f31 the error named the
  // total). 闽侯 2020 ¶7: 收入合计109.69亿元(县本级87.87亿元,高新区 21.82亿元) adds up; 甘谷 2023 ¶6: 收入总计481342万元 stated again
  // in ¶10; 长宁 2024 ¶3: 支出总计266.84 equals ¶2's 收入总计 (balanced-budget.ts); 高昌 2025 ¶2: “财政体制改革后一般公共预算收入
  // 完成12.70亿元” and ¶4's “(改革后)…一般公共预算收入完成12.70亿元”
  "fj-minhou-2020-final ¶7 0.13→0.33",
  "fj-minhou-2020-final ¶7 20.75→17.58",
  "gs-gangu-2023-final ¶6 11080→12134",
  "sh-changning-2024-final-report ¶3 33.83→29.26",
  "xj-gaochang-2025-budget-execution ¶2 5.42→6.58",
  "xj-gaochang-2025-budget-execution ¶2 7.28→8.43",
]);
/**
 * Changes an earlier generator planted that the text does not state enough to see; the generator now leaves such
 * plants out by the general reason given (test/support/planted-changes.ts statedRelations, visibleChange), and
 * the checker rightly raises no error on them.
 */
const NOT_STATED = new Map<string, string>([
  // the change follows a “其中” list: it may be of the total A or of the last part C
  ["gx-wuzhou-2025-minzheng ¶1 265.6→234.5", "总预算A元，其中：基本支出预算B元，项目支出预算C元，同比增加D元，增长p%"],
  // b5 round 3: the change follows the one item a “其中” lists after a whole stated with no change of its own — of either
  // (永丰法院 2020's “收入总计…,其中年初结转和结余…,较2019年增加197.03万元,增加5.5%” is the total's, this one the item's)
  ["gx-wuzhou-2021-final-junxiu ¶5 90.49→78.17", "总支出581.45万元,其中本年支出480.71万元,较2020年度决算数减少90.49万元,下降15.8%"],
  ["gx-wuzhou-2021-final-junxiu ¶5 480.71→577.15", "the same sentence"],
  // a list below its total that does not name every part of an identity: the parts left out may hold the rest
  ["nm-ordos-2022-budget-sangong ¶1 21.8→24.9", "“三公”经费…其中：出国、接待、公务用车运行费用 — 公务用车购置 is not named"],
  ["nm-ordos-2022-budget-sangong ¶2 20.12→24.57", "the same list a year earlier: 公务用车购置 is not named"],
  ["zy-mlr-2011-final-sangong ¶5 156.62→135.28", "公务接待费 by units (本级…, 地调局…, 其他直属事业单位): no identity says these are all"],
  [
    "gd-stu-med-2016-final ¶3 27,664.71→33,983.33",
    "总收入…其中：财政拨款、教育事业、其他、经营收入 — 上级补助, 附属单位上缴 are not named; ¶4–¶7's shares “占总收入的” add up to 100% of the four, so the words' one 总收入 is left untied (sole-whole.ts: a 三公 list “占总支出的” reads the same)",
  ],
  ["gd-stu-med-2016-final ¶11 14,412.87→11,984.46", "项目支出…在项目支出当中：教育、科研、医疗卫生 — 功能分类 parts, no identity says these are all"],
  ["gd-stu-med-2016-final ¶11 49.59→45.40", "the same list, another part"],
  // a list opened by “包括” is a list of parts as “其中” is (h2 round 2: the generator now reads it so): below its total it shows
  // only where it names every part of a known identity — “收入包括:一般公共预算拨款A、上年结转B” leaves out the zero sources
  ["gx-wuzhou-zhongxue-2023-budget ¶6 23,067.24→18,071.11", "财政拨款收支总预算T。收入包括:一般公共预算拨款A、上年结转结余B — 政府性基金 etc. are not named"],
  ["gx-wuzhou-zhongxue-2023-budget ¶6 23,067.24→19,202.64", "the same list"],
  ["xz-hulu-2025-budget ¶2 1601.27→1325.04", "收支总预算T。收入包括:一般公共预算拨款收入A、上年结转B — the other sources are not named"],
  ["xz-hulu-2025-budget ¶2 1601.27→1450.36", "the same list"],
  // a sum of changes that is no identity with every part named: the unnamed part's change may be anything
  ["ln-province-2013-final-sangong ¶1 0.14→0.34", "接待 −0.31, 出国 −0.14, “三公” −0.46: 公务用车's change is not stated"],
  ["ln-province-2013-final-sangong ¶1 0.31→0.11", "the same paragraph, the other part"],
  // s19x: items of one “其中” list side by side — a sum among them is a coincidence of the numbers, not a relation
  ["he-xingtai-2018-budget-execution ¶1 10.1→8.1", "其中 20.4、10.1、45.7、32.2、1.8…（科目）: 32.2 ≈ 20.4 + 10.1 + 1.8 by chance"],
  ["he-xingtai-2018-budget-execution ¶1 20.4→17.4", "the same list"],
  // a bound is no exact figure: 100 ÷ 800 = 12.5% holds by coincidence of “突破800亿元” and “超过100亿元”
  ["sd-province-2011-procurement ¶1 12.5→9.5", "规模突破800亿元,节约资金超过100亿元,资金节约率达12.5% — 节约率 is 节约 ÷ 预算, neither bound"],
  // s19d: “累计” is the amount to date, no sum of the items listed before it
  ["js-jintan-2022-q1-direct-funds ¶2 672.76→737.26", "十一项直达资金…已累计支出7418.66万元: six of the eleven items equal the spending by chance"],
  ["js-jintan-2022-q1-direct-funds ¶2 5261→4419", "the same paragraph, another of the six"],
  // s19d: an amount per unit (“600元/人天”) is part of no sum the text states
  ["fj-province-2017-meeting-standards ¶5 500→437", "调增100元/人天…600元/人天、500元/人天: 600 = 500 + 100 by chance, amounts per person and day"],
  ["fj-province-2017-meeting-standards ¶5 600→532", "the same sentence"],
  // a share of the part's own budget (“占预算的”, a completion) is of a budget amount only: another amount fits by chance
  ["he-province-2011-revenue-nov ¶3 1248.3→1100.1", "全省政府性基金收入累计完成1191.3億元,佔預算的95%: 1191.3 ÷ 市縣級一般預算收入1248.3 = 95.4% by chance"],
  ["he-province-2011-revenue-nov ¶3 1248.3→1339.9", "the same share"],
  // a share of a whole at a level of government (省级) is not of an amount whose words name no such level
  ["jx-province-2020-procurement ¶1 86.61→97.73", "江西省政府采购规模将达到875.5亿元。…省级…合同金额为758.31亿元,占省级政府采购规模的86.61%"],
  ["jx-province-2020-procurement ¶1 758.31→672.23", "the same share"],
  // a change stated in a sentence before both amounts it would lie between: the words do not tie them to it
  [
    "cq-changshou-2020-budget-adjustment ¶5 238,000→276,366",
    "税收收入调减29,000万元。年初预算…267,000万元,…全年预计完成区级税收238,000万元 — a forecast, not said to be the revised budget",
  ],
  ["cq-changshou-2020-budget-adjustment ¶5 238,000→206,343", "the same paragraph"],
]);
const WIDTH_DIFFERS_TODAY = new Set<string>([]);

const docs: CorpusDocument[] = corpusIds().map(readCorpusDocument);
const findingsAt = (doc: CorpusDocument, paragraphs: CorpusDocument["paragraphs"], n: number, severities: string[]) =>
  checkText(paragraphs, doc.year).filter((f) => severities.includes(f.severity) && paragraphOf(f) === n);

const cases: [string, CorpusDocument, PlantedChange][] = [];
for (const doc of docs) {
  for (const seed of SEEDS) {
    for (const change of plantChanges(doc.id, doc.paragraphs, isCleanParagraph(doc), seed)) {
      if (!cases.some(([name]) => name === change.name)) cases.push([change.name, doc, change]);
    }
  }
}

describe("planted single-figure changes in clean real paragraphs", () => {
  it("plants at least 40 changes, each breaking a relation its paragraph states", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const [, , change] of cases) expect(change.relation.figures.length).toBeGreaterThanOrEqual(3);
  });

  for (const [name, doc, change] of cases) {
    (MISSED_TODAY.has(name) ? test.failing : test)(name, () => {
      const original = paragraphAt(doc, change.paragraph);
      const owed = isApproximate(change, original) ? ["error", "warning"] : ["error"];
      const before = new Set(findingsAt(doc, doc.paragraphs, change.paragraph, owed).map((f) => f.headline));
      const related = relatedDigits(change, original);
      const found = findingsAt(doc, change.paragraphs, change.paragraph, owed).filter((f) => !before.has(f.headline));
      expect(found.filter((f) => related.has(wrongFigure(f.actual))).map((f) => f.headline)).not.toEqual([]);
    });
  }
});

describe("changes the text does not state enough to see are not planted, and raise no error", () => {
  for (const [name, why] of NOT_STATED) {
    it(`${name}: ${why}`, () => {
      expect(cases.map(([planted]) => planted)).not.toContain(name);
      const [, id, n, change] = /^(\S+) ¶(\d+) (\S+)$/.exec(name)!;
      const [from, to] = change.split("→");
      const doc = docs.find((d) => d.id === id)!;
      const changed = doc.paragraphs.map((p) => (p.index === Number(n) ? { ...p, text: p.text.replace(from, to) } : p));
      expect(changed.find((p) => p.index === Number(n))!.text).not.toBe(paragraphAt(doc, Number(n)).text);
      expect(findingsAt(doc, changed, Number(n), ["error"])).toEqual([]);
    });
  }
});

describe("the same texts with full-width marks and digits give the same findings", () => {
  const verdicts = (doc: CorpusDocument, digits?: boolean) =>
    checkText(digits === undefined ? doc.paragraphs : doc.paragraphs.map((p) => ({ ...p, text: fullWidth(p.text, digits) })), doc.year).map(
      (f) => `${paragraphOf(f)} ${f.rule} ${f.severity}`,
    );
  for (const doc of docs) {
    for (const digits of [false, true]) {
      const name = `${doc.id} ${digits ? "１２３．４５％" : "，；：（）"}`;
      (WIDTH_DIFFERS_TODAY.has(name) ? test.failing : test)(name, () => {
        expect(verdicts(doc, digits)).toEqual(verdicts(doc));
      });
    }
  }
});
