import type { Decimal } from "../../numbers/decimal";
import { isStatedTotal } from "./binding";
import { withoutItemNumber } from "./item-numbers";
import type { Judged, RelationText } from "./judged";
import type { Mention } from "./mentions";
import { placeName } from "./confirmation-words";
import { NOT_A_PART, STAGE } from "./parenthesized-parts";
import type { ParsedParagraph } from "./parsed";
import type { SentenceClaims } from "./extract";
import { sameOwner, sameSentence, sentenceOwners, yearOfSentence, type Statement } from "./statements";

/**
 * An amount stated again: the same figure in another sentence — with the same value it confirms the amount (a slip is made
 * once), with another it marks the amount's line as copied — or a 0 said again in words.
 */
export function restatements({ statements, parsed, reading, year }: Pick<RelationText, "statements" | "parsed" | "reading" | "year">) {
  const againOf = (m: Mention) => {
    const s = statements.find((x) => x.mention === m && x.others.length === 0);
    const again = (x: Statement) =>
      x.mention !== m && x.figure === s!.figure && x.year === s!.year && x.others.length === 0 && sameOwner(x, s!) && !sameSentence(x, s!);
    return s ? statements.filter(again) : [];
  };
  const statedAgain = (m: Mention): Judged[] =>
    againOf(m)
      .filter((x) => reading.value(x.mention).equals(reading.value(m)))
      .slice(0, 1)
      .map((x) => ({ standing: "confirmed", by: { kind: "again", words: x.mention.text, elsewhere: placeName(x.at) } }));
  // an amount no catalogue figure names, stated again in another sentence under the same words with the same value (庆阳
  // 2021: “福利彩票公益金498万元” in ¶3's list and opening ¶6's uses): a slip is made once. The words as written, the
  // subject before a year kept — and a name of its own, not words that say which amount of an item follows: “(一)收入预算:
  // 2025年年初预算数1211.02万元” and “(二)支出预算:2025年年初预算数1211.02万元” (万州 太龙 2025) are two amounts
  // Under its item's words: the same name, or one that only says more of whose it is before them (xj 2023: ¶8's
  // “——筹集体育彩票公益金155682.4万元” and ¶4's “体育彩票机构筹集体育彩票公益金155682.4万元”; “全区共筹集…” and “全区筹集…”),
  // of the same year and unit (./statements.ts sentenceOwners, where both name one)
  const owners = sentenceOwners(parsed);
  const written = writtenAmounts(parsed);
  const namedAgain = (m: Mention): Judged[] => {
    if (!tellsAmount(m.label) || !isStatedTotal(m) || statements.some((x) => x.mention === m)) return [];
    const own = written.find((w) => w.mention === m);
    if (!own) return [];
    const same = (x: Written) =>
      x.sentence !== own.sentence &&
      isStatedTotal(x.mention) &&
      oneItem(writtenName(x.mention), writtenName(m)) &&
      reading.value(x.mention).equals(reading.value(m)) &&
      yearOfSentence(x.sentence, x.mention, year) === yearOfSentence(own.sentence, m, year) &&
      ofOneUnit(owners, x, own);
    return written
      .filter(same)
      .slice(0, 1)
      .map(({ mention, at }) => ({ standing: "confirmed", by: { kind: "again", words: mention.text, elsewhere: placeName(at) } }));
  };
  // A line copied whole from another item carries its change and rate along (“公务用车购置及运行费支出决算9.00万元,增加8.00万元,
  // 增长800.00%” where the text states the car's 30.00 twice elsewhere): an amount stated elsewhere with another value is told
  // by nothing of its own line
  const copied = (m: Mention) => againOf(m).some((x) => !reading.value(x.mention).equals(reading.value(m)));
  const saidTwice = (m: Mention): Judged[] =>
    statements
      .filter((x) => x.mention === m)
      .flatMap((x) => {
        const words = saidNone(x);
        return words ? [{ standing: "confirmed" as const, by: { kind: "fits" as const, words, elsewhere: placeName(x.at) } }] : [];
      })
      .slice(0, 1);
  // weighing a broken sum, an amount stated otherwise under its item's words (./restatement.ts sameItem) accuses it where
  // the sum holds exactly at that other statement's value (`at`): the two statements are one figure, and the sum says which
  // is right (姜堰 2021: ¶10's “社会公益类6.3万元” under 10.6 beside 儿童福利类7, and ¶13's item “2、社会公益类3.6万元” —
  // 10.6 − 7 = 3.6: the 6.3 is the slip, not the total)
  const item = sameItem(parsed, year);
  const statedOtherwise = (m: Mention, at?: Decimal): Judged[] => {
    if (!at) return [];
    const other = item(m);
    if (!other || reading.value(other.mention).equals(reading.value(m)) || !reading.value(other.mention).equals(at)) return [];
    const words = `${withoutItemNumber(other.mention.rawLabel.trim())}${other.mention.text}`;
    return [{ standing: "accused", by: { kind: "again", words, elsewhere: placeName(other.at) } }];
  };
  return { statedAgain, namedAgain, copied, saidTwice, statedOtherwise };
}

/** An amount where it is written. */
interface Written {
  mention: Mention;
  at: ParsedParagraph;
  sentence: SentenceClaims;
}

/**
 * The other statement of an amount's item: the one other amount of the text written under the same item words (itemWords)
 * of a name of its own, of the same year and unit (./statements.ts sentenceOwners, where both name one), opening a sentence
 * of its own — the item stated for itself (“2、社会公益类3.6万元。”), not a sub-amount of another whole its sentence
 * states first (勉县 2021: ¶2's “当年安排下达支出176万元” is the 县级 fund's, ¶3's “当年安排支出276.288万元” the 省市 fund's) or its “其中” breaks down (extract.ts openingTotal). Words that name more than
 * two amounts (姜堰 2021: “儿童福利类” under both 中央 and 省级 funds; 勉县 2021: “当年实际支出” of each fund) tell no item: none.
 */
function sameItem(parsed: readonly ParsedParagraph[], year: number | undefined): (m: Mention) => Written | undefined {
  const byWords = new Map<string, Written[]>();
  for (const at of parsed)
    for (const sentence of at.sentences)
      for (const mention of sentence.mentions.filter(isStatedTotal)) {
        const words = itemWords(mention);
        if (tellsAmount(words)) byWords.set(words, [...(byWords.get(words) ?? []), { mention, at, sentence }]);
      }
  const yearOf = (x: Written) => yearOfSentence(x.sentence, x.mention, year);
  const owners = sentenceOwners(parsed);
  const opens = (x: Written) => !x.sentence.openingTotal && x.sentence.mentions.find((k) => k.kind === "amount") === x.mention;
  return (m) => {
    const both = byWords.get(itemWords(m)) ?? [];
    const own = both.find((x) => x.mention === m);
    const other = both.find((x) => x.mention !== m);
    return both.length === 2 &&
      own &&
      other &&
      own.sentence !== other.sentence &&
      opens(other) &&
      yearOf(own) === yearOf(other) &&
      ofOneUnit(owners, own, other)
      ? other
      : undefined;
  };
}

/** Every amount of the text that may be stated for itself (binding.ts isStatedTotal), where it is written. */
function writtenAmounts(parsed: readonly ParsedParagraph[]): Written[] {
  return parsed.flatMap((at) => at.sentences.flatMap((sentence) => sentence.mentions.filter(isStatedTotal).map((mention) => ({ mention, at, sentence }))));
}

/** Two amounts of one unit: their sentences name the same one, or either names none. */
function ofOneUnit(owners: Map<SentenceClaims, string | undefined>, a: Written, b: Written): boolean {
  const [one, other] = [owners.get(a.sentence), owners.get(b.sentence)];
  return one === undefined || other === undefined || one === other;
}

/**
 * Two written names of one item: alike once the marks before the words (“——”) and the word of a sum (“共”, “共计”) are left
 * out, or the one ending with the whole of the other — words before an item's own name say whose it is (“体育彩票机构”),
 * never another item — where the shorter still tells an amount (tellsAmount: “彩票公益金”, not “支出”).
 */
function oneItem(a: string, b: string): boolean {
  const [x, y] = [itemName(a), itemName(b)];
  if (x === y) return true;
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  return tellsAmount(shorter) && longer.endsWith(shorter);
}
const SUM_WORD = /(?<!公)共计?/g;
const itemName = (name: string) => name.replace(/^[^\p{L}\p{N}]+/u, "").replace(SUM_WORD, "");

/**
 * Words that say how an amount came or what it went to, not which item it is: “省级转移支付的体彩公益金70万元” and “2021年省级下达
 * 体彩公益金70万元” (勉县 2021), “养老服务体系建设278.08万元” and “1、资助养老服务体系建设278.08万元” (姜堰 2021) name one item.
 */
const HOW_IT_CAME = /转移支付的?|下达的?|^(?:资助|用于)/g;
/** An amount's item words: its label (years, item numbers and connectors already left out) without the words of how it came. */
const itemWords = (m: Mention) => m.label.replace(/\s+/g, "").replace(HOW_IT_CAME, "");

/**
 * “公务用车购置支出0万元,购置车辆0辆。本单位2023年度无此项支出。”: a part stated 0 whose own words go on to say there was no
 * such spending at all (before any other amount of its paragraph) is confirmed — its 0 is said twice, so it is no slip.
 * The words that say so (“无此项支出”), if any.
 */
const NO_SPENDING = /无此项支出|未发生(?:此项)?支出/;
function saidNone(k: Statement): string | undefined {
  if (!k.mention.value.isZero()) return undefined;
  const said = NO_SPENDING.exec(k.at.paragraph.text.slice(k.mention.end));
  if (!said) return undefined;
  const upTo = k.mention.end + said.index;
  return k.at.mentions.some((m) => m.kind === "amount" && m.start >= k.mention.end && m.start < upTo) ? undefined : said[0];
}

/** The fewest characters of a name that tells an amount stated again (“福利彩票公益金”), not a bare “收入” or “支出”. */
const NAMED_AGAIN = 4;
/** Words that tell an amount (“福利彩票公益金”): four characters at least, and no stage of an item (“年初预算数”, “合计”). */
const tellsAmount = (words: string) => words.length >= NAMED_AGAIN && !NOT_A_PART.test(words) && !STAGE.test(words);
/** An amount's words as written, its item number (“1.”, “(二)”) left out. */
const writtenName = (m: Mention) => withoutItemNumber(m.rawLabel.replace(/\s+/g, ""));
