import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind rounds s19d (test/fixtures/texts/: 北京 77 部门 2012, 审计署 2010, 福建 2017 会议费, 彩票公益金
 * 2013–2017, 中央国有资本经营 2018 …): figures no claim relates exactly stay silent, and the relations the texts do
 * state are read.
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("ranges and amounts per unit are no figures of a sum, share or change", () => {
  it("the upper end of a range is no total of the 车均 amounts after it", () => {
    const text = "公车运行维护费总计约4.5亿元,车均运行维护费多在2万至4万元,其中最高的市重大项目办,车均4.94万元,市政府口岸办为4.9万元。";
    expect(errors(text, 2012)).toEqual([]);
  });

  it("unit prices in parentheses are no parts of the purchase total", () => {
    const text = "其一,车辆购置支出115万元。全年更新购置轿车2辆(每辆25万元)、小型客车1辆(每辆27万元)、越野车1辆(每辆38万元)。";
    expect(errors(text, 2010)).toEqual([]);
  });

  it("amounts per person and day are no change and its total", () => {
    const text = "二、三、四类会议住宿费标准调增100元/人天,调整后,二、三、四类会议费综合定额标准为600元/人天、500元/人天、450元/人天。";
    expect(errors(text, 2017)).toEqual([]);
  });
});

describe("bindings the texts state", () => {
  it("a year pair measured as last year's 执行数 and this year's 预算数: the change is of the later year", () => {
    const text = "2016年中央彩票公益金的执行数是356.60亿元,2017年的预算数是466.29亿元,比上一年度增加109.69亿元,增长36.75%。";
    expect(errors(text, 2017)).toEqual([["N.growth", "30.76%", "36.75%"]]);
  });

  it("“A比Y年B增加C” names B by the tail of A's words: the change is A − B, whatever the sentence states before", () => {
    const text = (change: string) =>
      `2015年区直文化系统“三公”经费394.85万元2014247.15万元相比较增长147.70万元,主要原因为2015年我厅系统“三公经费”部门预算451.62万元比2014年 “三公经费”部门预算287.17万元增加${change}万元,从而造成部门决算“三公”经费相应增长,其中:`;
    expect(errors(text("164.45"), 2015)).toEqual([]);
    expect(errors(text("184.27"), 2015)).toEqual([["N.difference", "164.45", "184.27"]]);
  });

  it("a change right after the amount measured on a comparable basis (同口径) is of that amount", () => {
    const text = (rate: string) =>
      `服务类采购规模为10219.3亿元,剔除以政府购买服务方式实施的棚户区改造和轨道交通等工程建设项目相关支出5358.5亿元后,服务类采购同口径规模为4860.8亿元,较上年增加1516.9亿元,增长${rate}%,占全国政府采购同口径规模的18.9%,较上年提高3个百分点。`;
    expect(errors(text("45.4"), 2016)).toEqual([]);
    expect(errors(text("51.4"), 2016)).toEqual([["N.growth", "45.36%", "51.4%"]]);
  });

  it("a share naming no whole of a part at another level of government is not of the total it follows", () => {
    const text = "2013年全国彩票公益金支出795.51亿元,比2012年支出数增长17.9%。 其中,中央本级彩票公益金用于补充社会保障基金的支出276.65亿元,占比96.63%。";
    expect(errors(text, 2013)).toEqual([]);
  });

  it("“多出” is a change, and a rate after a bound change with both years' amounts is judged", () => {
    const text = "将安排中央本级彩票公益金425.98亿元,比2015年实际执行支出361.97亿元多出64亿多元,增幅11.7%。";
    expect(errors(text, 2016)).toEqual([["N.growth", "17.68%", "11.7%"]]);
  });

  it("a “加上…” chain after a budget and its actual adds to the actual", () => {
    const text =
      "中央国有资本经营收入预算数为1376.82亿元,决算数为1326.38亿元,完成预算的96.3%。加上上年结转收入113.59亿元,中央国有资本经营预算收入总量为1540.89亿元。";
    expect(errors(text, 2018)).toEqual([["N.total", "1439.97", "1540.89亿元"]]);
  });

  it("a “其中” after a budget and its actual breaks down the actual", () => {
    const text = "中央彩票公益金支出预算数为489.16亿元,决算数为450.09亿元。其中,中央本级支出303.08亿元,对地方转移支付178.20亿元。";
    expect(errors(text, 2013).map(([rule]) => rule)).toEqual(["N.listSum"]);
  });

  it("a chain's total written “共计” is read", () => {
    const text = "中央财政当年收缴入库彩票公益金2477331万元,加上上年结转收入715096万元,共计3121173万元。";
    expect(errors(text, 2010)).toEqual([["N.total", "3192427.00", "3121173"]]);
  });

  it("shares of one list above 100% name the one share that is not its part ÷ the parts' sum", () => {
    const text = "“三公”经费支出决算中,因公出国(境)费支出决算0万元,占0%;公务接待费支出决算2.14万元,占4.3%;公务用车购置及运行维护费支出决算165.23万元,占98.7%。";
    expect(errors(text, 2021)).toEqual([["N.share", "1.28%", "4.3%"]]);
  });
});
