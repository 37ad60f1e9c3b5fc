import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { isStatedTotal } from "./binding";
import { balanceRole, namesThisYear } from "./balance-roles";
import { completeIdentity, namesKnownWhole, partOfWhole } from "./complete-list";
import type { SentenceClaims, ShareClaim } from "./extract";
import { flowNamed, fundNamed } from "./figures";
import { itemNumber } from "./item-numbers";
import { cleanLabel, type Mention } from "./mentions";
import { sharesMakeWhole } from "./share-sums";

/** A list as it goes on past its sentence: its parts, and why they are all of the total when they are. */
export interface Continued {
  parts: Mention[];
  /** The known whole the parts complete (./complete-list.ts), or the total's name when their shares of it make 100%. */
  whole?: string;
  /** The shares that make 100%, when they close the list. */
  shares?: Mention[];
}

/**
 * A “其中” list that runs to the end of its sentence may go on in the sentences after it:
 * - a sentence opening with the name of another part of the total's known whole (./complete-list.ts) and its amount
 *   (“(三)公务用车购置及运行费预算,35万元,…。其中,公务用车运行费10万元,…,主要原因是…。公务用车购置费25万元,比上年增加25万元,
 *   …”) — a reason or a change after the part does not end it — is read only when the parts so gathered are that whole's
 *   every part: the list is then complete;
 * - a sentence that is nothing but items of the same kind (itemsOf below: “…收入预算总额为120.34万元,…,其中:
 *   财政拨款收入91.16万元,占收入预算总额的75.75%。上年结余29.18万元。”, 民革赣州 2021) goes on with the list as it is: an open
 *   list (its sum only bounded by the total), complete when the known whole closes it, or when every part's share of the total
 *   is stated and the shares make 100% (“本年支出3629.2万元中,财政拨款支出2131.80万元,占本年支出的58.74%。纳入专户管理的非税
 *   收入拨款支出1497.40万元,占本年支出的41.26%。”, 澧县六中 2018).
 * A list whose parts add up to its total (within rounding) or above it has no room for more items: it goes on in none.
 * `sentences`: the list's own sentence, then the ones after it. Undefined when the list does not go on.
 */
export function continuedList(total: Mention, parts: readonly Mention[], sentences: readonly SentenceClaims[]): Continued | undefined {
  const [own, ...next] = sentences;
  let gathered = [...parts];
  let read = [...parts];
  const used = [own];
  for (const sentence of next) {
    const items = short(total, gathered) ? itemsOf(sentence, total, gathered) : undefined;
    const part = items ? undefined : partOpening(sentence, total, gathered);
    if (!items && !part) break;
    gathered = [...gathered, ...(items ?? [part!])];
    const whole = completeIdentity(total, gathered);
    if (whole) return { parts: gathered, whole };
    // only sentences of items so far: the list read up to here is certain
    if (items && read.length + items.length === gathered.length) {
      read = gathered;
      used.push(sentence);
    }
  }
  if (read.length === parts.length) return undefined;
  return { parts: read, ...closedByShares(used, total, read) };
}

/** The list's whole when every part's share of the total is stated in its sentences and the shares make 100% (sharesOfTotal). */
export function closedByShares(sentences: readonly SentenceClaims[], total: Mention, parts: readonly Mention[]): Omit<Continued, "parts"> {
  const shares = sharesOfTotal(sentences, total, parts);
  return shares ? { whole: total.label || "合计", shares } : {};
}

/** The parts add up to less than the total beyond rounding: more may follow. */
const short = (total: Mention, parts: readonly Mention[]) =>
  sumIntervals(parts.map((p) => RoundingInterval.of(p.value, p.unit))).high.lessThan(RoundingInterval.of(total.value, total.unit).low);

/** The sentence opens with the name of a part of the total's whole not named yet, and its amount. */
function partOpening(sentence: SentenceClaims, total: Mention, parts: readonly Mention[]): Mention | undefined {
  const first = sentence.mentions[0];
  const opening = first && sentence.sentence.slice(0, first.start - sentence.start).trim();
  if (!first || !isStatedTotal(first) || first.depth !== 0 || opening === "" || opening !== first.label) return undefined;
  const part = partOfWhole(total, first);
  return part !== undefined && !parts.some((p) => partOfWhole(total, p) === part) ? first : undefined;
}

/**
 * The items of a sentence that is nothing but items of the list: each amount a plain one at depth 0 opening its clause by its
 * own name, each percentage its item's share of the list's total, the other words what an item is for (“主要用于…”) — no
 * item number of the text's outline (“3.体制结算收入…”) nor year (a new subject), no breakdown or reason (“其中”, “包括”,
 * “主要是”, “原因”), no words that set the amount beside the list (“此外”, “另有”, “剩余”, “收支相抵”), no change. Each item is of
 * the total's kind (sameKind); undefined otherwise.
 */
function itemsOf(sentence: SentenceClaims, total: Mention, parts: readonly Mention[]): Mention[] | undefined {
  if (sentence.mentions.length === 0 || NOT_ITEMS.test(sentence.sentence) || itemNumber(sentence.sentence)) return undefined;
  if (sentence.claims.some((c) => c.kind !== "amount" && c.kind !== "share")) return undefined;
  const items = sentence.mentions.filter((m) => m.kind === "amount");
  const shares = sentence.claims.filter((c): c is ShareClaim => c.kind === "share");
  const shared = (m: Mention) => shares.some((c) => c.share === m && items.includes(c.part) && ofTotal(c, total));
  if (items.length === 0 || sentence.mentions.some((m) => m.kind === "percent" && !shared(m))) return undefined;
  const listed = [...parts];
  for (const item of items) {
    if (!isStatedTotal(item) || item.depth !== 0 || !opensClause(sentence, item) || !sameKind(item, total, listed)) return undefined;
    listed.push(item);
  }
  return items;
}
const NOT_ITEMS = /\d{4}\s*年|其中|包括|包含|含|主要(?:是|为|包括)|原因|由于|因为|此外|另外|另有|剩余|其余|相抵|加上|减去/;

/** The words from the clause's start to the amount are its name alone. */
function opensClause(sentence: SentenceClaims, m: Mention): boolean {
  const before = sentence.sentence.slice(0, m.start - sentence.start);
  const clause = before.slice(before.search(/[^，,；;、：:]*$/));
  return m.label !== "" && cleanLabel(clause) === m.label;
}

/**
 * An item of the total's kind: not the other side of the money nor another fund (./figures.ts flowNamed, fundNamed), not a
 * whole (“支出合计”), no name holding a listed one's or the total's or held in one (“政府主权外贷资金” after “政府主权外贷”,
 * “基本支出中医疗业务支出” after “基本支出”), nor a part or the whole of a listed part by a known identity (“人员经费” after
 * “基本支出”), nor — under the whole of a known identity — anything but one of its parts (“公务接待费” after a list of
 * 公务用车购置及运行费); what was brought from the year before (“上年结余”) is a part only of a total named as everything received
 * (“收入预算总额”, “收入总计” — not “收入合计”, “本年收入”, which 决算 texts write beside 年初结转和结余), and what is carried to
 * the next (“结转下年”, “年终结余”) is no part of a list's total.
 */
function sameKind(item: Mention, total: Mention, listed: readonly Mention[]): boolean {
  const [name, whole] = [item.label, total.label];
  const [flow, wholeFlow] = [flowNamed(name), flowNamed(whole)];
  const [fund, wholeFund] = [fundNamed(name), fundNamed(whole)];
  if ((flow && wholeFlow && flow !== wholeFlow) || (fund && wholeFund && fund !== wholeFund) || A_WHOLE.test(name)) return false;
  const holds = (a: string, b: string) => a.includes(b) || b.includes(a);
  if ([total, ...listed].some((p) => holds(normal(p.label), normal(name)))) return false;
  if (listed.some((p) => partOfWhole(p, item) !== undefined || partOfWhole(item, p) !== undefined)) return false;
  if (namesKnownWhole(total) && partOfWhole(total, item) === undefined) return false;
  const role = balanceRole(name)?.role;
  if (role === "carried") return false;
  return role !== "brought" || (wholeFlow === "收入" && namesEverything(whole));
}
const A_WHOLE = /合计|总计|总额|总数|总量|总预算|总收入|总支出|共计/;

/**
 * A total named as everything of its side (“收入预算总额”, “收入总计”, “支出总计”) — not “收入合计”, “本年收入”, which 决算 texts
 * write beside 年初结转和结余: only such a total holds what was brought from the year before or is carried to the next.
 */
export const namesEverything = (whole: string) => EVERYTHING.test(whole) && !namesThisYear(whole);
const EVERYTHING = /总计|总额|总预算/;

/**
 * Every part's share of the total, stated once, the shares making 100%: the parts are all of it. A share of the total is one
 * naming no whole, or naming the total's own words (“占本年支出的58.74%” of “本年支出3629.2万元”).
 */
function sharesOfTotal(sentences: readonly SentenceClaims[], total: Mention, parts: readonly Mention[]): Mention[] | undefined {
  const claims = sentences.flatMap((s) => s.claims).filter((c): c is ShareClaim => c.kind === "share" && parts.includes(c.part) && ofTotal(c, total));
  // one part “占100%” is the whole restated, not a list (./whole-share.ts)
  if (parts.length < 2 || claims.length !== parts.length || new Set(claims.map((c) => c.part)).size !== parts.length) return undefined;
  return sharesMakeWhole(claims) ? claims.map((c) => c.share) : undefined;
}

const ofTotal = (share: ShareClaim, total: Mention) => !share.totalName || normal(total.label).endsWith(normal(share.totalName));
const normal = (words: string) => words.replace(/\s+/g, "").replace(/的$/, "");
