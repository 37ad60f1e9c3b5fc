import type { Mention } from "./mentions";
import { measureOf, type Measure } from "./sheet-measures";

/**
 * The whole a “其中” breaks down after a sentence of several measures: the one its parts name. “全国行政事业性国有资产总额33.5
 * 万亿元,负债总额9.9万亿元,净资产23.6万亿元。其中,行政单位资产10.1万亿元,事业单位资产23.4万亿元” (新京报 2019): every part names
 * 资产 with an owner of its own, so their whole is the one 资产 of the sentence before (33.5), not its last amount (the 净资产).
 * Certain when every amount of the parts (the “其中” sentence's outside parentheses, or the items inside parentheses: ./parenthesized-parts.ts)
 * reads as one measure (./sheet-measures.ts) with an owner, and exactly one of the amounts before (`totals`) is that
 * measure; otherwise undefined (the whole is read as before).
 */
export function measureBrokenDown(totals: readonly Mention[], parts: readonly Mention[]): Mention | undefined {
  const read = parts.filter((m) => m.kind === "amount").map(measureOf);
  const measure = read[0]?.measure;
  if (!measure || read.some((r) => r?.measure !== measure || r.owner === "")) return undefined;
  const wholes = totals.filter((m) => measureOf(m)?.measure === measure);
  return wholes.length === 1 ? wholes[0] : undefined;
}

/**
 * Whether every part names the whole's measure with an owner of its own: “其中,行政单位资产总额8.9万亿元,事业单位资产总额21.1万亿元”
 * under a 资产总额 — the parts' “总额” is the measure's own word, not a new whole of theirs.
 */
export const namesMeasureOf = (total: Mention, parts: readonly Mention[]): boolean => measureBrokenDown([total], parts) === total;

/**
 * The amounts a “其中” lists under a whole of one measure, up to the first of another measure: “资产总额33.5万亿元,其中行政单位
 * 资产10.1万亿元,事业单位资产23.4万亿元,负债总额9.9万亿元” (光明日报 2019) — the 负债, the whole's or a part's, is no part of a 资产.
 */
export function partsOfMeasure(total: Mention, amounts: readonly Mention[]): Mention[] {
  const measure = measureOf(total)?.measure;
  const other = measure ? amounts.findIndex((m) => m.kind === "amount" && ![undefined, measure].includes(measureOf(m)?.measure)) : -1;
  return other > 0 ? amounts.slice(0, other) : [...amounts];
}

/**
 * A “其中” whose parts each state several measures under the wholes of those measures: “全国国有企业资产总额210.4万亿元,负债总额
 * 135.0万亿元,国有资本权益总额58.7万亿元。其中,中央国有企业资产总额80.8万亿元、负债总额54.7万亿元、国有资本权益总额16.7万亿元,…;
 * 地方国有企业资产总额129.6万亿元、负债总额80.3万亿元、国有资本权益总额42.0万亿元,…” (经济参考报 2019) — one list per measure:
 * 资产 80.8 + 129.6 under 210.4, 负债 54.7 + 80.3 under 135.0, 国有资本权益 16.7 + 42.0 under 58.7. Certain when every amount
 * before (`wholes`) and of the parts reads as a measure, each part opens with its owner and states the same measures
 * (its bare ones are that owner's), and the wholes state each of them once.
 */
export function measureLists(wholes: readonly Mention[], parts: readonly Mention[]): { total: Mention; parts: Mention[] }[] {
  const rows = partRows(parts.filter((m) => m.kind === "amount"));
  if (!rows || rows.length < 2 || rows[0].size < 2) return [];
  const measures = [...rows[0].keys()];
  if (rows.some((row) => row.size !== measures.length || measures.some((k) => !row.has(k)))) return [];
  const read = wholes.map(measureOf);
  if (read.some((r) => !r || r.measure === "ratio")) return [];
  const lists = measures.map((k) => ({ whole: read.filter((r) => r!.measure === k), k }));
  if (lists.some(({ whole }) => whole.length !== 1)) return [];
  return lists.map(({ whole, k }) => ({ total: whole[0]!.m, parts: rows.map((row) => row.get(k)!) }));
}

/** The parts as rows, one per owner (a measure naming its owner opens a row, a bare one goes on it); undefined if any is no measure. */
function partRows(amounts: readonly Mention[]): Map<Measure, Mention>[] | undefined {
  const rows: Map<Measure, Mention>[] = [];
  for (const m of amounts) {
    const r = measureOf(m);
    if (!r || (r.owner === "" && rows.length === 0)) return undefined;
    if (r.owner !== "") rows.push(new Map());
    const row = rows[rows.length - 1];
    if (row.has(r.measure)) return undefined;
    row.set(r.measure, m);
  }
  return rows;
}
