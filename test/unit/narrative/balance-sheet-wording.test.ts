import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { corpusText } from "../../support/text-corpus";

/**
 * A balance sheet's measures stated side by side (src/core/narrative/claims/balance-sheet.ts: 资产 = 负债 + 净资产, 资产负债率 =
 * 负债 ÷ 资产) and the “其中” that breaks one of them down (measure-breakdown.ts): the real sentences of the 2017 and 2018
 * 国有资产 reports as 新京报, 北京青年报, 经济参考报, 光明日报 and 中新社 carried them (test/fixtures/texts/zy-state-assets-*), clean
 * and with one figure changed.
 */
const findings = (text: string, year: number) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.severity !== "info")
    .map((f) => [f.severity, f.rule, f.expected ?? null, f.actual ?? null]);

describe("资产 = 负债 + 净资产 in one sentence", () => {
  const xinjingbao = corpusText("zy-state-assets-2018-xinjingbao");
  const national = xinjingbao.paragraph(1);
  const levels = xinjingbao.paragraph(4);
  const changed = (sentence: string, from: string, to: string) => findings(sentence.replace(from, to), xinjingbao.year);

  it("新京报 ¶1 (33.5 = 9.9 + 23.6) and ¶4 (中央 4.7 = 1 + 3.7; 地方 28.8 = 8.9 + 19.9), and the whole text: silent", () => {
    expect(national).toContain("全国行政事业性国有资产总额33.5万亿元,负债总额9.9万亿元,净资产23.6万亿元。");
    expect(findings(national, xinjingbao.year)).toEqual([]);
    expect(findings(levels, xinjingbao.year)).toEqual([]);
    expect(findings(xinjingbao.text, xinjingbao.year)).toEqual([]);
  });

  // the sentence alone: ¶1's next sentence breaks the 资产 down (10.1 + 23.4 = 33.5), which confirms it (below)
  const sheetAlone = national.split("。")[0] + "。";

  it("a changed 净资产 is an error naming it: 资产 − 负债", () => {
    expect(changed(sheetAlone, "净资产23.6", "净资产26.3")).toEqual([["error", "N.total", "23.60", "26.3万亿元"]]);
  });

  it("a changed 资产 or 负债 breaks it too: the error names the 净资产 the others give, “或资产、负债有误”", () => {
    expect(changed(levels, "中央行政事业性国有资产总额4.7", "中央行政事业性国有资产总额5.7")).toEqual([["error", "N.total", "4.70", "3.7万亿元"]]);
    expect(changed(sheetAlone, "负债总额9.9", "负债总额8.9")).toEqual([["error", "N.total", "24.60", "23.6万亿元"]]);
  });

  it("with the 资产 confirmed by its own breakdown (¶1's next sentence), 负债 or 净资产 may be the slip: a warning naming both", () => {
    for (const [from, to] of [
      ["净资产23.6", "净资产26.3"],
      ["负债总额9.9", "负债总额8.9"],
    ]) {
      const [finding, ...others] = checkNarrative(readTextFile(national.replace(from, to)), [], { year: xinjingbao.year }).filter((f) => f.severity !== "info");
      expect(others).toEqual([]);
      expect([finding.severity, finding.rule]).toEqual(["warning", "N.total"]);
      expect(finding.message).toContain("33.5万亿元 = 行政单位资产10.1万亿元 + 事业单位资产23.4万亿元");
      expect(finding.message).toContain("差额应出在所列几项中");
    }
  });

  it("measures of two owners, or of two years, are no balance sheet of one: silent", () => {
    expect(changed(national, "负债总额9.9", "中央负债总额1.9")).toEqual([]);
    expect(findings("2018年资产总额33.5万亿元,2017年负债总额9.9万亿元,净资产26.3万亿元。", xinjingbao.year)).toEqual([]);
  });

  it("国有资本权益 is the state's share of the 净资产, no 净资产 (210.4 ≠ 135.0 + 58.7): silent", () => {
    const bqb = corpusText("zy-state-assets-2018-bqb");
    expect(bqb.paragraph(7)).toContain("全国国有企业资产总额210.4万亿元,负债总额135.0万亿元,国有资本权益总额58.7万亿元");
    expect(findings(bqb.paragraph(7), bqb.year)).toEqual([]);
    expect(findings(bqb.paragraph(8), bqb.year)).toEqual([]);
  });
});

describe("资产负债率 = 负债 ÷ 资产", () => {
  const report = corpusText("zy-state-assets-2017-report");
  const companies = report.paragraph(3);

  it("中新社 ¶3 (51.9 ÷ 76.2 = 68.11% → 68.1%; 66.6 ÷ 107.3 = 62.07% → 62%): silent", () => {
    expect(companies).toContain("中央国有企业资产总额76.2万亿元,负债总额51.9万亿元,国有资本及权益总额16.2万亿元,资产负债率68.1%");
    expect(findings(companies, report.year)).toEqual([]);
    expect(findings(report.text, report.year)).toEqual([]);
  });

  it("a changed rate is an error naming it", () => {
    expect(findings(companies.replace("资产负债率68.1%", "资产负债率86.1%"), report.year)).toEqual([["error", "N.share", "68.11%", "86.1%"]]);
    expect(findings(companies.replace("资产负债率62%", "资产负债率64%"), report.year)).toEqual([["error", "N.share", "62.07%", "64%"]]);
  });

  it("a rate within what the amounts' rounding allows is nothing (51.9 ÷ 76.2 may be 67.95%–68.27%)", () => {
    expect(findings(companies.replace("资产负债率68.1%", "资产负债率68.2%"), report.year)).toEqual([]);
  });

  it("平均资产负债率 inside a “其中” list (经济参考报 ¶2: a mean, and bare, maybe the whole's): a break is a warning, never an error", () => {
    const jjckb = corpusText("zy-state-assets-2018-jjckb");
    const sentence = jjckb.paragraph(2);
    expect(findings(sentence, jjckb.year)).toEqual([]);
    expect(findings(sentence.replace("平均资产负债率67.7%", "平均资产负债率76.7%"), jjckb.year)).toEqual([["warning", "N.share", "67.70%", "76.7%"]]);
  });
});

describe("a “其中” after a sentence of several measures breaks down the measure its parts name", () => {
  it("新京报 ¶1: the parts name 资产, so their whole is the 资产总额 33.5, not the 净资产 23.6 last before them", () => {
    const xinjingbao = corpusText("zy-state-assets-2018-xinjingbao");
    const changed = xinjingbao.paragraph(1).replace("事业单位资产23.4", "事业单位资产25.4");
    expect(findings(changed, xinjingbao.year)).toEqual([["error", "N.listSum", "35.50", "33.5万亿元"]]);
  });

  it("中新社 ¶5: parts named “行政单位资产总额”, “事业单位资产总额” — the measure's 总额, no new whole", () => {
    const report = corpusText("zy-state-assets-2017-report");
    const assets = report.paragraph(5);
    expect(findings(assets, report.year)).toEqual([]);
    expect(findings(assets.replace("事业单位资产总额21.1", "事业单位资产总额23.1"), report.year)).toEqual([["error", "N.listSum", "32.00", "30.0万亿元"]]);
  });

  it("parts that name another measure, or none, leave the whole as before (the last amount: the list is not read against 资产)", () => {
    const text = "全国行政事业性国有资产总额33.5万亿元,负债总额9.9万亿元,净资产23.6万亿元。其中,行政单位负债10.1万亿元,事业单位资产25.4万亿元。";
    expect(findings(text, 2018)).toEqual([]);
  });
});

describe("a “其中” list of one measure ends before another measure of the whole", () => {
  const gmrb = corpusText("zy-state-assets-2018-gmrb");

  it("光明日报 ¶1 and ¶2 as published (10.1 + 23.4 = 33.5; 80.8 + 129.6 = 210.4), the 负债总额 after the parts: silent", () => {
    expect(gmrb.paragraph(1)).toContain("资产总额33.5万亿元,其中行政单位资产10.1万亿元,事业单位资产23.4万亿元,负债总额9.9万亿元");
    expect(findings(gmrb.paragraph(1), gmrb.year)).toEqual([]);
    expect(findings(gmrb.paragraph(2), gmrb.year)).toEqual([]);
  });

  it("a part changed above the whole is an error (the 负债 is no part of the 资产)", () => {
    expect(findings(gmrb.paragraph(1).replace("事业单位资产23.4", "事业单位资产25.4"), gmrb.year)).toEqual([["error", "N.listSum", "35.50", "33.5万亿元"]]);
    expect(findings(gmrb.paragraph(2).replace("地方国有企业资产总额129.6", "地方国有企业资产总额139.6"), gmrb.year)).toEqual([
      ["error", "N.listSum", "220.40", "210.4万亿元"],
    ]);
  });
});

describe("parts in parentheses after a 净资产 that name 资产 break down the clause's 资产", () => {
  const xinjingbao = corpusText("zy-state-assets-2018-xinjingbao");
  const levels = xinjingbao.paragraph(4);

  it("新京报 ¶4: 中央 0.8 + 3.9 = 4.7 and 地方 9.3 + 19.5 = 28.8, read against the 资产 (not the 净资产 3.7 / 19.9): silent", () => {
    expect(levels).toContain("净资产3.7万亿元(行政单位资产0.8万亿元,事业单位资产3.9万亿元)");
    expect(findings(levels, xinjingbao.year)).toEqual([]);
  });

  it("a part changed above the 资产 is an error; below it, nothing (the list may leave parts out)", () => {
    expect(findings(levels.replace("行政单位资产0.8", "行政单位资产1.8"), xinjingbao.year)).toEqual([["error", "N.listSum", "5.70", "4.7万亿元"]]);
    expect(findings(levels.replace("事业单位资产3.9", "事业单位资产1.9"), xinjingbao.year)).toEqual([]);
  });

  it("净资产 changed where the parts confirm the 资产 (9.3 + 19.5 = 28.8): 负债 or 净资产 is the slip — a warning naming both", () => {
    const found = checkNarrative(readTextFile(levels.replace("净资产19.9", "净资产18.9")), [], { year: xinjingbao.year });
    expect(found.map((f) => [f.severity, f.rule, f.actual])).toEqual([["warning", "N.total", "28.8万亿元"]]);
    expect(found[0].headline).toContain("请核对负债总额、净资产");
  });
});

describe("a “其中” whose parts each state several measures: one list per measure", () => {
  const jjckb = corpusText("zy-state-assets-2018-jjckb");
  const companies = jjckb.paragraph(2);

  it("经济参考报 ¶2 as published (资产 80.8 + 129.6 = 210.4, 负债 54.7 + 80.3 = 135.0, 国有资本权益 16.7 + 42.0 = 58.7): silent", () => {
    expect(companies).toContain("其中,中央国有企业资产总额80.8万亿元、负债总额54.7万亿元、国有资本权益总额16.7万亿元,平均资产负债率67.7%;");
    expect(findings(companies, jjckb.year)).toEqual([]);
    expect(findings(jjckb.text, jjckb.year)).toEqual([]);
  });

  it("a part changed above its measure's whole is an error on that measure's list (and the part's mean ratio a warning)", () => {
    expect(findings(companies.replace("负债总额80.3", "负债总额94.4"), jjckb.year)).toEqual([
      ["error", "N.listSum", "149.10", "135.0万亿元"],
      ["warning", "N.share", "72.84%", "62.0%"],
    ]);
    expect(findings(companies.replace("国有资本权益总额42.0", "国有资本权益总额52.0"), jjckb.year)).toEqual([["error", "N.listSum", "68.70", "58.7万亿元"]]);
  });

  it("parts whose measures differ (one states no 国有资本权益) are no grid: nothing is read", () => {
    const uneven = companies.replace("、国有资本权益总额42.0万亿元", "").replace("负债总额80.3", "负债总额94.4");
    expect(findings(uneven, jjckb.year).filter(([, rule]) => rule === "N.listSum")).toEqual([]);
  });
});
