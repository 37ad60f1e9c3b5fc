import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * “X，其中：A，B，C” for totals the catalogue does not know (src/core/narrative/claims/subset-sum.ts): parts are
 * subsets — a sum above the total is an error, an exact sum confirms, a sum below says nothing. Wordings from the
 * corpus in test/fixtures/texts/ (梧州民政 2025, 永川 2024, 大埔 2019, 寿县 2023).
 */
const check = (text: string) => checkNarrative(readTextFile(text), []);
const errors = (text: string) =>
  check(text)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“其中” parts of a total the catalogue does not know", () => {
  const minzheng = "事业运行经费总预算37337407.64元,其中:基本支出预算488180.64元,项目支出预算36849227元。";
  const yongchuan = "2024年,全区一般公共预算收入53.24亿元,增长6.3%,其中:税收收入33.31亿元,下降1.6%;非税收入19.93亿元,增长22.9%。";

  it("an exact sum confirms the list", () => {
    expect(check(minzheng)).toEqual([]);
    expect(check(yongchuan)).toEqual([]);
  });

  it("parts adding up to more than their total: an error at the total, with the parts' sum", () => {
    expect(errors(minzheng.replace("项目支出预算36849227元", "项目支出预算38849227元"))).toEqual([["N.listSum", "39337407.64", "37337407.64元"]]);
    expect(errors(yongchuan.replace("非税收入19.93亿元", "非税收入23.77亿元"))).toEqual([["N.listSum", "57.08", "53.24亿元"]]);
  });

  it("a sum off by no more than rounding is a warning whose message says so, as its headline does", () => {
    const [finding, ...rest] = check(yongchuan.replace("收入53.24亿元", "收入53.23亿元"));
    expect(rest).toEqual([]);
    expect([finding.rule, finding.severity, finding.expected]).toEqual(["N.listSum", "warning", "53.24"]);
    expect(finding.headline).toContain("相差在四舍五入尾差范围内");
    expect(finding.message).toBe(
      "第1段：“全区一般公共预算收入53.23亿元，其中……”：所列各项 33.31 + 19.93 = 53.24亿元，与所述合计相差0.01亿元，在四舍五入尾差范围内。",
    );
  });

  it("parts adding up to less than their total say nothing (the list may name only the main parts)", () => {
    expect(check(minzheng.replace("总预算37337407.64元", "总预算39337407.64元"))).toEqual([]);
  });

  describe("a list naming every part of a known identity under its whole is complete: below the total is wrong too", () => {
    // 涪陵 2023 预算: 83 + 1534.95 + 875.82 = 2493.77; 井研 2020 决算: 274 + 511 = 785
    const fuling =
      "经汇总,2023年区级部门(单位)一般公共预算“三公”经费支出预算为2493.77万元,其中:因公出国(境)费用83万元,公务用车购置及运行维护费1534.95万元,公务接待费875.82万元。";
    const jingyan =
      "2020年行政事业单位执行公务,开展业务活动的公务用车购置及运行费决算支出785万元,较年初预算减少28%其中:公务用车购置费274万元,公务用车运行维护费511万元。";

    it("as published: nothing", () => {
      expect(check(fuling)).toEqual([]);
      expect(check(jingyan)).toEqual([]);
      expect(check(yongchuan)).toEqual([]);
    });

    it("三公 = 出国 + 公务用车 + 接待, whatever scope stands before the whole's name", () => {
      expect(errors(fuling.replace("2493.77", "2672.98"))).toEqual([["N.listSum", "2493.77", "2672.98"]]);
      expect(check(fuling.replace("2493.77", "2672.98"))[0].headline).toBe(
        "第1段：区级部门(单位)一般公共预算“三公”经费支出预算写2672.98万元，其中所列三公经费合计的全部3项之和只有2493.77万元，少179.21万元：合计或某一项有误。",
      );
    });

    it("公务用车 = 购置 + 运行, the whole named with “决算支出” after it", () => {
      expect(errors(jingyan.replace("购置费274万元", "购置费209万元"))).toEqual([["N.listSum", "720.00", "785"]]);
      expect(errors(jingyan.replace("785万元", "855万元"))).toEqual([["N.listSum", "785.00", "855"]]);
    });

    it("一般公共预算收入 = 税收收入 + 非税收入 (an identity outside the templates)", () => {
      expect(errors(yongchuan.replace("税收收入33.31亿元", "税收收入29.86亿元"))).toEqual([["N.listSum", "49.79", "53.24亿元"]]);
    });

    it("not complete, so below says nothing: a part of a part, a bigger whole, a part that is not the identity's, another measure", () => {
      // 鄂尔多斯 2022: 公务用车运行费用 is only part of 公务用车 (购置 unnamed)
      const ordos = "2022年度“三公”经费预算总计24.9万元,其中:因公出国(境)经费0万元,公务接待11.8万元,公务用车运行费用10万元。";
      expect(check(ordos)).toEqual([]);
      expect(check("公用经费预算30万元,其中:因公出国(境)经费0万元,公务接待费11.8万元,公务用车购置及运行维护费10万元。")).toEqual([]);
      expect(check("一般公共预算收入60亿元,其中:税收收入33.31亿元,其他非税收入19.93亿元。")).toEqual([]);
      // 支出 also holds 经营支出, 上缴上级支出, 对附属单位补助支出 (汕大医学院 2016: 经营支出95.03万元)
      expect(check("2016年我院支出合计26,994.72万元,其中基本支出12,270.36万元,项目支出14,629.33万元。")).toEqual([]);
      expect(check("“三公”经费预算数30万元,其中:因公出国(境)经费决算0万元,公务接待费决算11.8万元,公务用车购置及运行维护费决算10万元。")).toEqual([]);
    });
  });

  describe("figures written “约”: no exact sum, a warning only when even a tenth either way cannot explain it", () => {
    // 贵州 2013 (a news report): 3.5 + 0.236 + 1.3 = 5.036亿元 for “约4.9亿元” — 2.8 % off, inside a tenth
    const guizhou =
      "据记者粗略统计,去年68个省级部门三公经费支出约4.9亿元。其中,公务用车购置及运行费花费最高,约为3.5亿元,约占总额的70%,因公出国(境)费花费最低,约为2360万元,此外,公务接待费约为1.3亿元。";
    const findings = (text: string) => check(text).map((f) => [f.rule, f.severity, f.expected ?? null, f.actual ?? null]);

    it("as published: nothing", () => {
      expect(check(guizhou)).toEqual([]);
    });

    it("a part changed far beyond: a warning naming the total and the parts' sum, never an error", () => {
      expect(findings(guizhou.replace("约为3.5亿元", "约为5.5亿元"))).toEqual([["N.listSum", "warning", "7.04", "4.9亿元"]]);
      expect(check(guizhou.replace("约为1.3亿元", "约为3.3亿元"))[0].headline).toBe(
        "第1段：去年68个省级部门三公经费支出写约4.9亿元，其中所列约3.5亿元、约2360万元、约3.3亿元之和为7.04亿元，多2.14亿元，超出“约”数上下一成的出入：请核对这几个数。",
      );
    });

    it("within a tenth either way: nothing (5.036 against “约4.6亿元”: the total may be 5.06)", () => {
      expect(check(guizhou.replace("约4.9亿元", "约4.6亿元"))).toEqual([]);
      expect(findings(guizhou.replace("约4.9亿元", "约3.9亿元"))).toEqual([["N.listSum", "warning", "5.04", "3.9亿元"]]);
    });
  });

  it("“在项目支出当中” opens a list of the total it names (汕大医学院 2016), and nothing else does", () => {
    const text = "本年度我院项目支出14,629.33万元,占总支出的54.19%,在项目支出当中,教育事业支出14,412.87万元,科研支出166.87万元,医疗卫生支出49.59万元。";
    expect(check(text)).toEqual([]);
    expect(errors(text.replace("14,412.87", "16,116.88"))).toEqual([["N.listSum", "16,333.34", "14629.33"]]);
    // below says nothing: 功能分类 parts are no identity
    expect(check(text.replace("14,412.87", "11,984.46"))).toEqual([]);
    // words naming another whole break down nothing
    expect(check(text.replace("在项目支出当中", "在基本支出当中").replace("14,412.87", "16,116.88"))).toEqual([]);
  });

  it("a sentence opening with “其中” breaks down the last amount of the sentence before", () => {
    const text = "2025 年本年一般公共预算支出 1085203.63 元,同比减少 43506.06 元,下降 3.85 %。其中:基本支出 1037103.63元,项目支出 48100 元,具体支出预算如下:";
    expect(check(text)).toEqual([]);
    // the total is told by its own change and rate (43506.06 ÷ 1128709.69 = 3.85%; at the parts' 1092634.63, 3.83%): both
    // parts free, no error naming it; with the change left out, the total is the error as before
    const raised = text.replace("48100 元", "55531 元");
    expect(errors(raised)).toEqual([]);
    expect(errors(raised.replace(",同比减少 43506.06 元,下降 3.85 %", ""))).toEqual([["N.listSum", "1092634.63", "1085203.63元"]]);
  });

  it("reads nothing where the list is not plain: several measures per part, one item's budget and actual, two “其中”", () => {
    const measures =
      "共节约资金15857.74万元,节约率为16%,其中货物类采购计划金额共计48962.44万元,实际采购金额共计39944.66万元;工程类采购计划金额共计30005.94万元,实际采购金额共计24380.43万元。";
    expect(errors(measures)).toEqual([]);
    const budgetAndActual = "“三公”经费支出决算为1.71万元,其中:公务接待费预算为1万元,支出决算为0.53万元。";
    expect(errors(budgetAndActual)).toEqual([]);
    const nested = "支出合计100万元,其中:基本支出60万元(其中人员经费50万元),项目支出40万元,其中专项30万元。";
    expect(errors(nested)).toEqual([]);
  });
});

describe("“主要是” right before a part's amounts opens that part's own breakdown (s19w blind round 1, 荣昌 2026)", () => {
  const rongchang =
    "(一)收入预算:2026年收入合计138.55万元,其中:本年收入138.55万元,主要是一般公共预算拨款138.55万元,政府性基金预算拨款0万元,事业收入0万元,其他收入0万元。";

  it("the items after it break down the part, not the total: nothing as published", () => {
    expect(errors(rongchang)).toEqual([]);
  });

  it("a part of the outer list above the total is still found", () => {
    expect(errors(rongchang.replace("本年收入138.55万元", "本年收入158.55万元"))).toEqual([["N.listSum", "158.55", "138.55"]]);
  });

  it("“主要是” followed by words without an amount opens nothing: the parts after it stay in the list", () => {
    const reason = "基本支出预算100万元,其中:工资福利支出80万元,主要是人员增加,商品和服务支出30万元。";
    expect(errors(reason)).toEqual([["N.listSum", "110.00", "100"]]);
  });
});

describe("“,含A,B” after a part lists that part's own items (s19w blind round 2, 璧山 大兴镇 2024)", () => {
  const daxing =
    "(1)收入总计调整为9877万元。其中:本级收入1597万元;上级补助收入5926万元,含一般性转移支付补助4951万元,专项转移性补助975万元;动用预算稳定调节基金2354万元。";

  it("the items after “含” are no parts of the outer list: nothing as published", () => {
    expect(errors(daxing)).toEqual([]);
  });

  it("a part of the outer list changed is still found", () => {
    expect(errors(daxing.replace("基金2354万元", "基金2854万元"))).toEqual([["N.listSum", "10377.00", "9877"]]);
  });
});

describe("“总计X,包括:A,B,C。” — “包括:” right after an amount lists its parts when the rest of the sentence is the list alone (f2, 国家邮政局 2012)", () => {
  // the 2012 report as the news printed it, with its 收入总计 corrected to the four parts' sum (the real text has 71,732.49)
  const post = "2012年国家邮政局收入总计83,114.20万元,包括:财政拨款收入60,719.31万元,经营收入468.52万元,其他收入9,544.66万元,上年结转和结余12,381.71万元。";

  it("parts that add up to the total: nothing", () => {
    expect(check(post)).toEqual([]);
  });

  it("the total as the real text printed it (71,732.49, the parts 83,114.20): an error naming the total and the parts' sum", () => {
    expect(errors(post.replace("83,114.20", "71,732.49"))).toEqual([["N.listSum", "83,114.20", "71732.49"]]);
    expect(check(post.replace("83,114.20", "71,732.49"))[0].steps).toContain("“包括”各项是合计的一部分，之和不能超过合计");
  });

  it("the 支出 side of the real text (52,944.62 is this year's spending alone; with 年末结转和结余 the six add to 84,114.21): an error", () => {
    const spending =
      "支出总计52,944.62万元,包括:外交支出828.54万元,社会保障和就业支出593.81万元,交通运输支出50,460.32万元,地震灾后恢复重建支出201.5万元,住房保障支出860.45万元,年末结转和结余31,169.59万元。";
    expect(errors(spending)).toEqual([["N.listSum", "84,114.21", "52944.62"]]);
  });

  it("a change or a rate after “包括:” leaves the list unread: the sentence is more than the list", () => {
    expect(errors(post.replace("83,114.20", "71,732.49").replace("经营收入468.52万元,", "经营收入468.52万元,比上年增加10.00万元,"))).toEqual([]);
    expect(errors(post.replace("83,114.20", "71,732.49").replace("其他收入9,544.66万元,", "其他收入9,544.66万元,占13.31%,"))).toEqual([]);
  });

  it("“包括:” with no amount right before it opens no list (“…支出项目包括:”)", () => {
    expect(errors("收入总计71,732.49万元。主要收入包括:财政拨款收入60,719.31万元,上年结转和结余12,381.71万元。")).toEqual([]);
  });
});

describe("the year's 合计 opening the list of a 总计 is its first part (收入总计 = 收入合计 + 年初结转和结余)", () => {
  // 乌鲁木齐 政务 2023 决算 ¶9–10 (本年收入合计); 万州 法院 2018 names the same lines “收入合计、年初结转和结余”
  const income = "2023年度收入总计434.72万元,其中:收入合计434.16万元,使用非财政拨款结余0.00万元,年初结转和结余0.55万元。";
  const spending = "2023年度支出总计434.72万元,其中:本年支出合计434.16万元,结余分配0.00万元,年末结转和结余0.55万元。";

  // every line of the identity stated (./figures.ts FIGURE_IDENTITIES 收入总计, 支出总计): N.total judges the sum, 434.71 for
  // 434.72 the tail the hand check of xj-urumqi-zhengwu-2023-final records (a rounding warning, no error)
  const judged = (text: string) => check(text).map((f) => [f.rule, f.severity]);
  it("as published: the tail, a warning only", () => {
    expect(judged(income)).toEqual([["N.total", "warning"]]);
    expect(judged(income.replace("收入合计", "本年收入合计"))).toEqual([["N.total", "warning"]]);
    expect(judged(spending)).toEqual([["N.total", "warning"]]);
  });

  it("a 合计 that makes the parts exceed the 总计: an error with the parts' sum", () => {
    expect(errors(income.replace("收入合计434.16", "收入合计443.16"))).toEqual([["N.total", "443.71", "434.72"]]);
    expect(errors(spending.replace("本年支出合计434.16", "本年支出合计443.16"))).toEqual([["N.total", "443.71", "434.72"]]);
  });

  it("a 合计 closing the list still ends it: no part, no list (“…,收入合计为6449万元”)", () => {
    expect(errors("收入总计7000万元,其中:一般转移支付收入1478万元,上年结转结余60万元,收入合计为6449万元。")).toEqual([]);
  });
});

describe("“X万元中,A,B…”: an amount followed by “中” opens its parts as “其中” does (f10; 澧县 六中 2018, 全国人大 办公厅 2012)", () => {
  const lixian = "2018年本年支出3629.2万元中,财政拨款支出2131.80万元,占本年支出的58.74%。";
  const npc =
    "年度支出33609.06万元中,一般公共服务支出23931.52万元,文化体育与传媒支出3886.34万元,社会保障与就业支出3909.96万元,住房保障支出1773.14万元,结转下年108.10万元。";

  it("holds on the real wording (the five parts add up to 33609.06; one part below its total says nothing)", () => {
    expect(errors(lixian)).toEqual([]);
    expect(errors(npc)).toEqual([]);
  });

  it("parts above the amount are an error at it", () => {
    expect(errors(npc.replace("住房保障支出1773.14万元", "住房保障支出1873.14万元"))).toEqual([["N.listSum", "33709.06", "33609.06"]]);
    expect(errors("2018年本年支出3629.2万元中,财政拨款支出3631.80万元。")).toEqual([["N.listSum", "3631.80", "3629.2"]]);
  });

  it("a whole named before “中” with no amount is read as before (“下达盟市各类补助资金中,”): the name must end the total's", () => {
    expect(errors("2018年本年支出3629.2万元,下达盟市各类补助资金中,A单位3000万元,B单位700万元。")).toEqual([]);
  });
});
