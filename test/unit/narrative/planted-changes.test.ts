import { figuresOf, fullWidth, plantChanges, relationsOf, statedRelations, visibleChange } from "../../support/planted-changes";

/** The generator of planted changes (test/support/planted-changes.ts) reads figures and relations as the corpus prints them. */
describe("planted-changes generator", () => {
  it("reads amounts in 元 with thousands separators, 万元, 亿元 and 万, and percentages with a space before %", () => {
    const figures = figuresOf("基本支出预算 924,289.71 元,占100.00%;规模1.32亿元;经营收入 0.00 万,下降 15.87 %;收入3765.66万元");
    expect(figures.map((f) => [f.kind, f.digits, f.value.toString(), f.unit.toString()])).toEqual([
      ["amount", "924,289.71", "924289.71", "0.01"],
      ["percent", "100.00", "100", "0.01"],
      ["amount", "1.32", "132000000", "1000000"],
      ["amount", "0.00", "0", "100"],
      ["percent", "15.87", "15.87", "0.01"],
      ["amount", "3765.66", "37656600", "100"],
    ]);
  });

  it("finds the sum, share and growth a paragraph states, and nothing it does not", () => {
    const kinds = (text: string) => relationsOf(figuresOf(text)).map((r) => `${r.kind} ${r.figures.map((f) => f.digits).join(" ")}`);
    expect(kinds("本年支出合计4143.91万元,其中:基本支出1140.27万元,占27.52%;项目支出3003.64万元,占72.48%。")).toEqual([
      "sum 4143.91 1140.27 3003.64",
      // a part over the sum of two parts reads as a change over the other part too: the same arithmetic
      "share 27.52 1140.27 4143.91",
      "growth 27.52 1140.27 3003.64",
      "share 72.48 3003.64 4143.91",
      "growth 72.48 3003.64 1140.27",
    ]);
    expect(kinds("公务接待费242万元,较上年减少12万元,下降4.7%")).toEqual(["growth 4.7 12 242"]);
    // 全国政府采购 2022: lists pair by position
    const procurement =
      "2022年全国政府采购规模为34,993.1亿元。货物、工程、服务政府采购规模分别为9,027.5亿元、15,664.1亿元和10,301.5亿元,占全国政府采购规模比例为25.8%、44.8%和29.4%。";
    expect(kinds(procurement).filter((k) => k.startsWith("share"))).toEqual([
      "share 25.8 9,027.5 34,993.1",
      "share 44.8 15,664.1 34,993.1",
      "share 29.4 10,301.5 34,993.1",
    ]);
    // 17000 printed four times: no relation is tied without doubt
    expect(kinds("政府采购预算 17000 元,同比增加 17000 元。其中:集中采购预算17000 元,占政府采购预算的 100%")).toEqual([]);
  });

  it("leaves out what the numbers fit but the words do not state", () => {
    const stated = (text: string) => statedRelations(text, relationsOf(figuresOf(text))).map((r) => `${r.kind} ${r.figures.map((f) => f.digits).join(" ")}`);
    // 梧州民政 2025: the change after a “其中” list may be of the total or of the last part
    expect(stated("总预算37337407.64元,其中:基本支出预算488180.64元,项目支出预算36849227元,同比增加27125219.46元,增长265.6%。")).toEqual([
      "sum 37337407.64 488180.64 36849227",
    ]);
    // a change opening the sentence after the list is of the whole the list breaks down (s19c's blind run, 2018 wording)
    expect(stated("预算为3328万元。其中,因公出国(境)费50万元,公务接待费478万元。同口径比2018年减少830万元,下降20%。")).toContain("growth 20 830 3328");
    // 辽宁 2013: 0.31 + 0.14 ≈ 0.46 with 公务用车 unnamed; with it named (持平), the same sum is stated
    const liaoning = "公务接待费比上年同期减少0.31亿元;因公出国(境)支出比上年同期减少0.14亿元。“三公”经费总额比上年同期减少0.46亿元。";
    expect(stated(liaoning)).toEqual([]);
    expect(stated(liaoning.replace("。“三公”", ";公务用车购置及运行费与上年持平。“三公”"))).toEqual(["sum 0.46 0.31 0.14"]);
    // 河北 2011 (simplified): “占预算的” is the part's own budget — 1191.3 ÷ 1248.3 = 95.4% is no share the words state; a budget
    // named as such is the share's whole
    const hebei = "市县级一般预算收入完成1248.3亿元,占预算的105.7%。全省政府性基金收入累计完成1191.3亿元,占预算的95%。";
    expect(stated(hebei).filter((r) => r.startsWith("share"))).toEqual([]);
    expect(stated("年初预算1248.3亿元。全省政府性基金收入累计完成1191.3亿元,占预算的95%。")).toEqual(["share 95 1191.3 1248.3"]);
    // 江西 2020: a share of the 省级 scale is not of the province's (all levels) — unless the amount names that level
    const jiangxi =
      "2020年江西省政府采购规模将达到875.5亿元。在支持中小企业发展方面,省级政府采购授予中小企业的合同金额为758.31亿元,占省级政府采购规模的86.61%。";
    expect(stated(jiangxi)).toEqual([]);
    expect(stated(jiangxi.replace("江西省政府采购规模", "江西省级政府采购规模"))).toEqual(["share 86.61 758.31 875.5"]);
    // 长寿 2020: a change stated before both amounts, sentences apart — the forecast is not said to be the revised budget; 游仙 2022:
    // the 减少6 of the total is no part of 8 = 6 + 1 below it
    expect(stated("一是税收收入调减29,000万元。年初预算税收收入267,000万元,比去年增加3290万元。全年预计完成区级税收238,000万元,下降9.7%。")).toEqual([]);
    expect(stated("预算数9万元,较2021年预算下降40%,减少6万元。其中:因公出国(境)经费0万元,公务接待费1万元,公务用车购置及运行维护费8万元。")).toEqual([
      "sum 9 1 8",
    ]);
    expect(stated("年初预算税收收入267,000万元,调减29,000万元,调整为238,000万元。")).toEqual(["sum 267,000 29,000 238,000"]);
  });

  it("a “其中” list left below its total shows only where it names every part of an identity", () => {
    const shows = (text: string, from: string, to: string) => {
      const [relation] = relationsOf(figuresOf(text)).filter((r) => r.kind === "sum");
      return visibleChange(
        text,
        relation,
        relation.figures.find((f) => f.digits === from)!,
        to,
      );
    };
    const ordos = "2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,公务用车运行费用10万元。";
    expect(shows(ordos, "21.8", "24.9")).toBe(false);
    expect(shows(ordos, "21.8", "18.9")).toBe(true);
    const lincang = "2018年财政拨款“三公”经费预算总额为2.7万元,其中,因公出国(境)费支出0万元,公务用车购置及运行费支出1.5万元,公务接待费支出1.2万元。";
    expect(shows(lincang, "2.7", "4.7")).toBe(true);
  });

  it("plants no change a coarse amount still allows (新余 2025: 0.9 ÷ 1.3亿元 is anything from 63 % to 76 %)", () => {
    const text = "授予中小企业合同金额为1.3亿元;其中,授予小微企业合同金额0.9亿元,占授予中小企业合同总金额的69.23%。";
    const paragraphs = [{ index: 1, line: 1, text }];
    const seeds = Array.from({ length: 40 }, (_, seed) => seed);
    const planted = seeds.flatMap((seed) => plantChanges("doc", paragraphs, () => true, seed));
    const shares = planted.filter((c) => c.from === "69.23").map((c) => Number(c.to));
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.filter((to) => to > 62.9 && to < 76.1)).toEqual([]);
    // the draws that stay inside are not planted at all
    expect(planted.length).toBeLessThan(seeds.length);
  });

  it("plants the same changes for the same seed, each breaking its relation beyond rounding", () => {
    const paragraphs = [{ index: 1, line: 1, text: "2022年本年支出合计4143.91万元,其中:基本支出1140.27万元,占27.52%;项目支出3003.64万元,占72.48%。" }];
    const once = plantChanges("doc", paragraphs, () => true, 19);
    expect(plantChanges("doc", paragraphs, () => true, 19)).toEqual(once);
    expect(once).toHaveLength(1);
    const [change] = once;
    expect(change.from).not.toBe(change.to);
    expect(change.paragraphs[0].text).toBe(paragraphs[0].text.replace(change.from, change.to));
    expect(
      relationsOf(figuresOf(change.paragraphs[0].text)).some(
        (r) =>
          r.kind === change.relation.kind &&
          r.figures.length === change.relation.figures.length &&
          r.figures.every((f, i) => f.digits === change.relation.figures[i].digits),
      ),
    ).toBe(false);
  });

  it("writes the full-width form of marks, and of digits when asked", () => {
    expect(fullWidth("占93.54%;(含)", false)).toBe("占93.54%；（含）");
    expect(fullWidth("占93.54%", true)).toBe("占９３．５４％");
  });
});
