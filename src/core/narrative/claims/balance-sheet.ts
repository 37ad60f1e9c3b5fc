import { judgeDerived, percentInterval } from "../../numbers/verdict";
import { isStatedTotal } from "./binding";
import { culpritOf, type Relations } from "./culprit";
import type { SentenceClaims } from "./extract";
import { derivedHeadline, percentOf, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { measureOf, type Measure, type Read } from "./sheet-measures";
import { culpritIssue } from "./total-slips";

/**
 * A balance sheet's three measures stated side by side: “全国行政事业性国有资产总额33.5万亿元,负债总额9.9万亿元,净资产23.6万亿元”
 * (新京报 2019), “中央国有企业资产总额76.2万亿元,负债总额51.9万亿元,国有资本及权益总额16.2万亿元,资产负债率68.1%” (中新社
 * 2018). 资产 = 负债 + 净资产 is an identity (净资产 is what is left of the assets once the debts are paid), and 资产负债率 is
 * 负债 ÷ 资产. The measures are read by their words; the owner is the words before the measure (“全国行政事业性国有”), and a
 * measure written bare (“负债总额”) is the owner's of the 资产 before it. They tie with certainty when
 * - they are amounts of one clause, written one right after another (no other amount between), none in parentheses;
 * - each names the owner of the 资产 or none, and at most one year;
 * - the clause is not a part of a “其中” / “包括” list, or every measure names its owner: in “总额33.5万亿元,其中行政单位资产
 *   10.1万亿元,事业单位资产23.4万亿元,负债总额9.9万亿元” (光明日报 2019) the bare 负债 is the whole's, not the last part's.
 * 国有资本权益 is the state's share of the 净资产 (a company's minority holders own the rest: 210.4 − 135.0 ≠ 58.7), so it
 * is no 净资产; and a 资产 of one kind (固定资产, 流动资产…) is no owner's whole.
 */
export function checkBalanceSheets(parsed: readonly ParsedParagraph[], reading: Reading, relations: Relations): Located[] {
  return parsed.flatMap((at) =>
    at.sentences.flatMap((s, i) => sheetsOf(s, at.sentences[i - 1]).flatMap((sheet) => sheetIssues(sheet, reading, relations).map((issue) => ({ issue, at })))),
  );
}

interface Sheet {
  assets: Mention;
  liabilities?: Mention;
  net?: Mention;
  ratio?: Mention;
  /**
   * The ratio may be of other figures: a mean (平均资产负债率, which may be of the members' own ratios rather than of the
   * totals), or a bare one in a list (the whole's, written after its last part).
   */
  doubtful: boolean;
}

const MEAN = /平均资产负债率$/;
const YEAR = /(\d{4})\s*年/;
const PARTS_OPEN = /其中|包括/;

/** Every run of measures in a sentence that opens with a 资产 and ties with certainty (`before`: the sentence before it). */
function sheetsOf(s: SentenceClaims, before: SentenceClaims | undefined): Sheet[] {
  const mentions = s.mentions.filter((m) => m.depth === 0);
  return mentions.flatMap((first, i) => {
    const assets = measureOf(first);
    if (assets?.measure !== "assets" || !isStatedTotal(first)) return [];
    const run = runAfter(assets, mentions.slice(i + 1));
    const whole = wholeMeasures(s, first, before);
    // a bare ratio in a list may be the whole's, written after its last part: a doubt to check, never an error
    if (whole && run.some((r) => r.owner === "" && r.measure !== "ratio" && !whole.has(r.measure))) return [];
    const years = new Set([assets, ...run].map((r) => YEAR.exec(r.m.rawLabel)?.[1]).filter((y) => y !== undefined));
    if (years.size > 1) return [];
    const sheet: Sheet = { assets: first, doubtful: false };
    for (const r of run) {
      if (r.measure === "assets" || r.measure === "equity" || sheet[r.measure]) return [];
      sheet[r.measure] = r.m;
      if (r.measure === "ratio") sheet.doubtful = MEAN.test(r.m.label) || (!!whole && r.owner === "" && !whole.has("ratio"));
    }
    return sheet.liabilities && (sheet.net || sheet.ratio) ? [sheet] : [];
  });
}

/**
 * The measures right after the 资产 in its clause: each amount a measure of its owner (or bare), up to the first that is
 * not (an amount of something else ends the run; 国有资本权益 — no 净资产 — and other percentages are passed over).
 */
function runAfter(assets: Read, after: readonly Mention[]): Read[] {
  const run: Read[] = [];
  for (const m of after) {
    if (m.clause !== assets.m.clause) break;
    const r = measureOf(m);
    if (r?.measure === "equity") continue;
    const ours = r && (r.owner === "" || r.owner === assets.owner) && r.measure !== "assets";
    if (ours && (m.kind === "percent" || isStatedTotal(m))) run.push(r);
    else if (m.kind === "amount") break;
  }
  return run;
}
/**
 * Inside a “其中” / “包括” list, the measures the whole before it states (“全国国有企业资产总额210.4万亿元,负债总额135.0万亿元,
 * 国有资本权益总额58.7万亿元。其中,中央国有企业资产总额80.8万亿元、负债总额54.7万亿元…”, 经济参考报 2019): a bare measure the
 * whole has stated already is the part's (the whole's is not written twice); one it has not may be the whole's, written after its
 * parts (“资产总额33.5万亿元,其中行政单位资产10.1万亿元,事业单位资产23.4万亿元,负债总额9.9万亿元”). Undefined outside a list.
 */
function wholeMeasures(s: SentenceClaims, part: Mention, before: SentenceClaims | undefined): Set<Measure> | undefined {
  const opened = s.sentence.slice(0, part.start - s.start).search(PARTS_OPEN);
  if (opened < 0) return undefined;
  const stated = opened > 0 ? s.mentions.filter((m) => m.start < s.start + opened) : (before?.mentions ?? []);
  return new Set(stated.flatMap((m) => measureOf(m)?.measure ?? []));
}

function sheetIssues(sheet: Sheet, reading: Reading, relations: Relations): ClaimIssue[] {
  const identity = sheet.net ? identityIssue(sheet.assets, sheet.liabilities!, sheet.net, reading, relations) : undefined;
  const ratio = sheet.ratio ? ratioIssue(sheet, reading) : undefined;
  return [identity, ratio].filter((i): i is ClaimIssue => !!i);
}

/** 资产 = 负债 + 净资产; a break names the figure its other relations leave as the slip, else the 净资产. */
function identityIssue(assets: Mention, liabilities: Mention, net: Mention, reading: Reading, relations: Relations): ClaimIssue | undefined {
  const verdict = reading.judgeSum(assets, [liabilities, net]).verdict;
  if (verdict === "equal") return undefined;
  const parts = [liabilities, net];
  if (verdict === "error") {
    const culprit = culpritOf({
      total: assets,
      parts,
      value: (m) => reading.value(m),
      standing: (m, at) => (m === assets ? relations.ofTotal(m, undefined, at) : relations.ofPart(m, undefined, at)),
      confirmedBy: (at) => relations.confirmationOf(assets, undefined, at),
      accusedBy: (m, at) => relations.accusationOf(m, undefined, at),
    });
    if (culprit.at !== "total") return culpritIssue("total", { total: assets, name: assets.label, parts, names: parts.map((p) => p.label) }, culprit, reading);
  }
  return netIssue(verdict, assets, liabilities, net, reading);
}

function netIssue(verdict: "rounding" | "error", assets: Mention, liabilities: Mention, net: Mention, reading: Reading): ClaimIssue {
  const { num, unit } = writtenUnit({ ...net, places: Math.max(assets.places, liabilities.places, net.places) });
  const right = reading.value(assets).minus(reading.value(liabilities));
  const terms = `${assets.label}${num(reading.value(assets))} − ${liabilities.label}${num(reading.value(liabilities))}`;
  const equation = `${terms} = ${num(right)}${unit}`;
  const written = `${net.label}${net.text}`;
  return {
    rule: "total",
    verdict,
    target: net,
    involved: [assets, liabilities],
    subject: net.label,
    headline: {
      rounding: `文中写${written}，按 ${equation}（资产 = 负债 + 净资产），相差在四舍五入尾差范围内，请确认。`,
      error: `文中写${written}，而 ${equation}（资产 = 负债 + 净资产）：${net.label}或资产、负债有误。`,
    }[verdict],
    steps: [`${assets.label} ${assets.text}`, `${liabilities.label} ${liabilities.text}`, equation, `文中${written}`],
    message: `${terms.replace(/ /g, "")}为${num(right)}${unit}（资产 = 负债 + 净资产），文中写${written}。`,
    expected: num(right),
    actual: net.printed,
  };
}

/** 资产负债率 = 负债 ÷ 资产; a ratio that may be of other figures (Sheet.doubtful) breaking is a doubt to check. */
function ratioIssue(sheet: Sheet, reading: Reading): ClaimIssue | undefined {
  const [ratio, liabilities, assets] = [sheet.ratio!, sheet.liabilities!, sheet.assets];
  const allowed = percentInterval(reading.interval(liabilities), reading.interval(assets));
  if (!allowed) return undefined;
  const judged = judgeDerived(ratio.value, ratio.unit, allowed);
  if (judged === "equal") return undefined;
  const verdict = judged === "error" && sheet.doubtful ? "warning" : judged;
  const expected = percentOf(reading.value(liabilities), reading.value(assets));
  const { num } = writtenUnit(assets);
  const equation = `${num(reading.value(liabilities))}÷${num(reading.value(assets))}`;
  const headline =
    verdict === "warning"
      ? `${ratio.label}写${ratio.text}，而 负债÷资产 = ${equation} = ${expected}：${ratio.label}也可能是按其他口径计算的（各单位比率的平均，或列举之前总体的比率），请核对。`
      : derivedHeadline(verdict, ratio.label, ratio.text, expected, equation);
  return {
    rule: "share",
    verdict,
    target: ratio,
    involved: [liabilities, assets],
    subject: ratio.label,
    headline,
    steps: [named(assets), named(liabilities), `资产负债率 = 负债 ÷ 资产 = ${equation} = ${expected}`, `文中写 ${ratio.text}`],
    message: `“${named(assets)}，${named(liabilities)}，${named(ratio)}”：资产负债率按 ${equation} 为 ${expected}，文中写${ratio.text}。`,
    expected,
    actual: ratio.printed,
  };
}

/** A measure as the finding quotes it: its words and figure (“负债总额54.7万亿元”, without the “、” before it). */
const named = (m: Mention) => `${m.label}${m.text}`;
