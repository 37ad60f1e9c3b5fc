import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Shares with no amounts of a split the text or a known identity says is complete (issue #19, f30:
 * src/core/narrative/claims/split-shares.ts): every level of government, 行政单位 and 事业单位, or a list closed by the rest of
 * its kind (“其他资产” after two kinds of 资产) — they make 100% within each share's rounding; a run not certainly complete says
 * nothing.
 */
const sumFindings = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2006 })
    .filter((f) => f.rule === "N.shareSum" || f.rule === "N.share")
    .map((f) => [f.rule, f.severity, f.actual ?? null]);

describe("财政部 2006 资产清查 (zy-state-assets-2006-qingcha ¶3): bare shares by 单位类别, 级次 and 资产构成", () => {
  const text =
    "资产清查结果显示,截至2006年12月31日,全国行政事业单位国有资产总额为8.01万亿元,其中净资产总额为5.31万亿元,占国有净资产总额的35.14%。从单位类别(按照所执行的财务会计制度划分,下同)看,行政单位占25.63%,事业单位占74.37%;从级次看,中央级占15.24%,省级占26.26%,地市级占21.76%,县级占27.70%,乡级占9.04%;从资产构成看,流动资产占37.75%,固定资产(净值,下同)占52.19%,对外投资占2.14%,无形资产占1.09%,其他资产占6.83%。";

  it("holds on the real text", () => {
    expect(sumFindings(text)).toEqual([]);
  });

  it("the five levels of government are all of the whole: 县级 22.70% makes 95.00%", () => {
    expect(sumFindings(text.replace("县级占27.70%", "县级占22.70%"))).toEqual([["N.shareSum", "error", "95.00%"]]);
  });

  it("a list closed by “其他资产” after 流动资产 and 无形资产: 固定资产 57.19% makes 105.00%", () => {
    expect(sumFindings(text.replace("占52.19%", "占57.19%"))).toEqual([["N.shareSum", "error", "105.00%"]]);
  });

  it("行政单位 and 事业单位 are all of 行政事业单位: 84.37% makes 110.00%", () => {
    expect(sumFindings(text.replace("事业单位占74.37%", "事业单位占84.37%"))).toEqual([["N.shareSum", "error", "110.00%"]]);
  });

  it("within the rounding of the shares (27.71%, five shares at 0.01): nothing", () => {
    expect(sumFindings(text.replace("县级占27.70%", "县级占27.71%"))).toEqual([]);
  });

  it("four levels of five are not all of the whole: nothing", () => {
    expect(sumFindings(text.replace(",乡级占9.04%", ""))).toEqual([]);
  });

  it("“其他资产” after one kind of 资产 only closes nothing", () => {
    const open = text.replace("流动资产占37.75%", "流动占37.75%").replace("无形资产占1.09%", "无形占1.09%");
    expect(sumFindings(open.replace("占52.19%", "占57.19%"))).toEqual([]);
  });
});
