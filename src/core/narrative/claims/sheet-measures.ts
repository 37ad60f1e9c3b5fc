import type { Mention } from "./mentions";

/**
 * The measures of a balance sheet (资产, 负债, 净资产, 国有资本权益 and 资产负债率), read by their words: what an amount measures and whose
 * it is — the owner, the words before the measure (“全国行政事业性国有” in “全国行政事业性国有资产总额”; none in a bare
 * “负债总额”). Defined once: ./balance-sheet.ts ties them, ./measure-breakdown.ts reads the measure a “其中” breaks down.
 */
export type Measure = "assets" | "liabilities" | "net" | "equity" | "ratio";

export interface Read {
  m: Mention;
  measure: Measure;
  owner: string;
}

/** Each measure's words, the owner before them (tried in this order: 净资产 and 资产负债率 before 资产). */
const MEASURES: Record<Measure, RegExp> = {
  net: /^(.*?)(?:净资产|所有者权益)(?:总额|合计)?$/,
  // the state's share of the 净资产 (a company's minority holders own the rest: 210.4 − 135.0 ≠ 58.7), no 净资产
  equity: /^(.*?)国有资本(?:及)?权益(?:总额)?$/,
  liabilities: /^(.*?)负债(?:总额|总计|合计)?$/,
  ratio: /^(.*?)(?:平均)?资产负债率$/,
  assets: /^(.*?)(?:资产|总资产)(?:总额|总计|合计)?$/,
};
/** A 资产 of one kind or source, no owner's whole (“固定资产”, “流动资产”, “形成国有资产”, “境外总资产”). */
const ASSET_KIND = /(?:固定|流动|无形|长期|在建|货币|金融|基础设施|自然|净|形成国有|境外总?)$/;

/** What a figure measures, when its words name a measure of a balance sheet (a ratio as a percentage, the others as amounts). */
export function measureOf(m: Mention): Read | undefined {
  for (const measure of Object.keys(MEASURES) as Measure[]) {
    const hit = MEASURES[measure].exec(m.label);
    if (!hit || (measure === "ratio") !== (m.kind === "percent")) continue;
    if (measure === "assets" && ASSET_KIND.test(hit[1])) return undefined;
    return { m, measure, owner: hit[1] };
  }
  return undefined;
}
