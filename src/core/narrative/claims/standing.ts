import type { Decimal } from "../../numbers/decimal";
import { sumIntervals, type RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived, judgeStated, percentInterval } from "../../numbers/verdict";
import { isStatedTotal } from "./binding";
import { changeConfirmed } from "./change";
import { completionHolds } from "./completion";
import { sumOf } from "./cross";
import type { Confirmation, Relations, Standing } from "./culprit";
import type { ChangeClaim, Claim, CompletionClaim, ShareClaim } from "./extract";
import { FIGURE_IDENTITIES } from "./figures";
import type { Mention } from "./mentions";
import type { ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { namesEachPartsOwn, totalFor, type TotalResolver } from "./share-total";
import { shareListTotal } from "./shares";
import { identityParts } from "./stated-parts";
import { completeLists, listsInParentheses, usesOf } from "./subset-sum";
import { NOT_A_PART, parenthesizedItems, STAGE } from "./parenthesized-parts";
import { sameOwner, sameSentence, type FigureLookup, type Statement } from "./statements";
import { placeName, placesOf, sumConfirms, wordsOf } from "./confirmation-words";

/** A relation's standing, with the relation as a finding names it when it confirms (./culprit.ts Confirmation). */
interface Judged {
  standing: Standing;
  by?: Confirmation;
}

/**
 * The relations of the text's amounts: the catalogue's sums over the text's own statements (./stated-parts.ts, each
 * figure tied with certainty, the whole too; a sum holds within rounding) and each amount's changes tied to it with
 * certainty, its completion of a budget stated with it, and — weighing a broken sum — its rate-only relations that tell
 * its printed value from the one the sum gives it.
 */
export function textRelations(
  statements: readonly Statement[],
  parsed: readonly ParsedParagraph[],
  tableFigure: FigureLookup,
  reading: Reading,
  resolveTotal: TotalResolver,
): Relations {
  const partsOf = identityParts(statements, tableFigure, reading);
  const all = parsed.flatMap((at) => at.sentences.flatMap((x) => x.claims));
  const claims = all.filter((c): c is ChangeClaim => c.kind === "change" && !!c.subject?.certain);
  const completions = all.filter((c): c is CompletionClaim => c.kind === "completion" && !!c.budget);
  const certain = (figure: string, of: Statement) =>
    statements.find((x) => x.figure === figure && x.year === of.year && x.others.length === 0 && sameOwner(x, of));
  // a sum the amount sits in as printed: as its whole, or as a part whose statement there has the amount's value; one
  // that breaks as well with the amount at `at` says nothing of it
  const sumStanding = (s: Statement, whole: string, at?: Decimal): Judged | undefined => {
    const of = whole === s.figure ? s : certain(whole, s);
    const identity = of && partsOf(of);
    const value = reading.value(s.mention);
    if (!of || !identity || (of !== s && !identity.known.some((k) => k.figure === s.figure && reading.value(k.mention).equals(value)))) return undefined;
    const sum = sumOf(identity.known.map((k) => reading.value(k.mention)));
    const interval = sumIntervals(identity.known.map((k) => reading.interval(k.mention)));
    const broken = (stated: Decimal, parts: Decimal) => judgeStated(stated, of.mention.unit, parts, interval) === "error";
    if (!broken(reading.value(of.mention), sum)) return { standing: "confirmed", by: sumConfirms(of, s, identity.known, reading) };
    if (!at) return { standing: "contradicted" };
    return (of === s ? broken(at, sum) : broken(reading.value(of.mention), sum.minus(value).plus(at))) ? undefined : { standing: "accused" };
  };
  const sums = (m: Mention, judged?: string, at?: Decimal): Judged[] => {
    const s = statements.find((x) => x.mention === m && x.others.length === 0);
    if (!s) return [];
    return Object.entries(FIGURE_IDENTITIES)
      .filter(([whole, parts]) => whole !== judged && (whole === s.figure || parts.includes(s.figure)))
      .flatMap(([whole]) => sumStanding(s, whole, at) ?? []);
  };
  // the same figure stated again in another sentence: with the same value it confirms the amount
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
  const namedAgain = (m: Mention): Judged[] => {
    if (!ownName(m) || !isStatedTotal(m) || statements.some((x) => x.mention === m)) return [];
    const same = (x: Mention) => x.label === m.label && writtenName(x) === writtenName(m) && isStatedTotal(x) && reading.value(x).equals(reading.value(m));
    const again = parsed.flatMap((at) => at.sentences.filter((s) => !s.mentions.includes(m)).flatMap((s) => s.mentions.filter(same).map((x) => ({ x, at }))));
    return again.slice(0, 1).map(({ x, at }) => ({ standing: "confirmed", by: { kind: "again", words: x.text, elsewhere: placeName(at) } }));
  };
  const place = placesOf(parsed);
  // the words of a claim about m, as written, and where when not in m's own sentence
  const fits = (m: Mention, claim: Claim, mentions: readonly (Mention | undefined)[]): Confirmation => {
    const { at, sentence } = place.get(claim)!;
    return { kind: "fits", words: wordsOf(at, mentions), ...(sentence.mentions.includes(m) ? {} : { elsewhere: placeName(at) }) };
  };
  const changeFits = (m: Mention, c: ChangeClaim) => fits(m, c, [c.prior, c.change, c.percent]);
  const judgedChange = (m: Mention, c: ChangeClaim, standing: Standing): Judged => ({
    standing,
    ...(standing === "confirmed" ? { by: changeFits(m, c) } : {}),
  });
  const changesOf = (m: Mention) => claims.filter((c) => c.subject!.to === m);
  const changes = (m: Mention) => changesOf(m).map((c) => judgedChange(m, c, changeStanding(c, reading)));
  const totalChanges = (m: Mention) =>
    changesOf(m).map((c) => judgedChange(m, c, c.prior ? changeStanding(c, reading) : againstOnly(changeStanding(c, reading))));
  const saidTwice = (m: Mention): Judged[] => (statements.some((x) => x.mention === m && saidNone(x)) ? [{ standing: "confirmed" }] : []);
  // its completion of a budget stated with it (“28239万元,为调整预算数38651万元的73.06%”), a base as a change's prior is
  const budgets = (m: Mention): Judged[] =>
    completions
      .filter((c) => c.actual === m)
      .map((c) => (completionHolds(c, reading) ? { standing: "confirmed", by: fits(m, c, [c.budget, c.rate, c.alternative]) } : { standing: "contradicted" }));
  const shares = sharesOf(parsed, resolveTotal, reading);
  // a relation through a rate (a total's own change with its rate only, a share) holds anywhere within the rate's
  // rounding: it speaks for the amount only where it holds as printed and breaks with the amount at the value the broken
  // sum gives it (石鼓 2019: “收入完成36125万元,…较上年增收2719万元,增长8.14%”, its parts giving 36485 — 2719 ÷ 33766 = 8.05%).
  // A line copied whole from another item carries its change and rate along (“公务用车购置及运行费支出决算9.00万元,增加8.00万元,
  // 增长800.00%” where the text states the car's 30.00 twice elsewhere): an amount stated elsewhere with another value is told
  // by nothing of its own line
  const copied = (m: Mention) => againOf(m).some((x) => !reading.value(x.mention).equals(reading.value(m)));
  const telling = (m: Mention, at: Decimal | undefined, relations: readonly Telling[]): Judged[] => {
    if (!at || copied(m)) return [];
    const told = relations.find((r) => r.holds() && !reading.readAt(m, at, r.holds));
    return told ? [{ standing: "confirmed", by: fits(m, told.claim, told.mentions) }] : [];
  };
  // the mirror: a relation of its own — a sum it is the total of, its own change with its rate only — that breaks as
  // printed and holds at the value the broken sum gives it accuses the amount (三门 公安 2020: 财政拨款收入 24,970.34 in
  // 本年收入合计 25,031.67, its own 24,399.59 + 540.75 + 0 = 24,940.34 = 25,031.67 − 91.33). A share is no such relation:
  // one of the broken sum's total holds at either figure's correction alike (99.64% of 25,031.67 or of 25,061.67)
  const accusing = (m: Mention, at: Decimal | undefined, relations: readonly (() => boolean)[]): Judged[] =>
    at && !copied(m) && relations.some((holds) => !holds() && reading.readAt(m, at, holds)) ? [{ standing: "accused" }] : [];
  const rates = (m: Mention): Telling[] =>
    changesOf(m)
      .filter((c) => !c.prior && c.percent)
      .map((c) => ({ claim: c, mentions: [c.change, c.percent], holds: () => changeConfirmed(c, reading) }));
  const rateHolds = (m: Mention) => rates(m).map((r) => r.holds);
  // the text's complete lists, read once and only when a broken sum asks (most texts have none)
  let lists: ReturnType<typeof completeLists> | undefined;
  const listsOf = () => (lists ??= parsed.flatMap((at) => at.sentences.flatMap((s, i) => completeLists(s, at.sentences.slice(i + 1)))));
  const ownSums = (m: Mention, judged?: string) => {
    const s = statements.find((x) => x.mention === m && x.others.length === 0 && x.figure !== judged && FIGURE_IDENTITIES[x.figure]);
    return [
      ...(s ? [() => sumStanding(s, s.figure)?.standing === "confirmed"] : []),
      ...listsOf()
        .filter((l) => l.total === m)
        .map((l) => () => reading.judgeSum(l.total, l.parts).verdict !== "error"),
      ...parenthesized()
        .lists.filter((l) => l.total === m)
        .map((l) => () => reading.judgeSum(l.total, l.parts).verdict !== "error"),
    ];
  };
  // what parentheses right after the amount say of it (./parenthesized-parts.ts), or the uses after it (./uses-list.ts): its
  // parts adding up to it, or its own restatement with its value, confirm it; a restatement with another value accuses it
  // where it holds at the value the broken sum gives it (汉滨 2019: “社会公益类项目41万元(社会工作与志愿服务14万元)” in a list
  // that adds up with 14)
  let inParentheses: ReturnType<typeof parenthesizedOf> | undefined;
  const parenthesized = () => (inParentheses ??= parenthesizedOf(parsed));
  const ownParts = (m: Mention): Judged[] =>
    parenthesized()
      .lists.filter((l) => l.total === m && reading.judgeSum(l.total, l.parts).verdict !== "error")
      .map((l) => ({ standing: "confirmed", by: { kind: "sum", words: `${l.total.text} = ${l.parts.map((p) => `${p.label}${p.text}`).join(" + ")}` } }));
  const restated = (m: Mention, at?: Decimal): Judged[] =>
    parenthesized()
      .restatements.filter((r) => r.amount === m)
      .flatMap(({ item }): Judged[] => {
        const same = () => reading.judgeSum(m, [item]).verdict !== "error";
        if (same()) return [{ standing: "confirmed", by: { kind: "fits", words: `${item.label}${item.text}` } }];
        return at && !copied(m) && reading.readAt(m, at, same) ? [{ standing: "accused" }] : [];
      });
  const totalRelations = (m: Mention, judged?: string, at?: Decimal) => [
    ...sums(m, judged, at),
    ...totalChanges(m),
    ...budgets(m),
    ...statedAgain(m),
    ...namedAgain(m),
    ...ownParts(m),
    ...restated(m, at),
    ...telling(m, at, [...rates(m), ...shares(m)]),
    ...accusing(m, at, rateHolds(m)),
  ];
  const ofTotal = (m: Mention, judged?: string, at?: Decimal) => combined(totalRelations(m, judged, at));
  const ofPart = (m: Mention, judged?: string, at?: Decimal) =>
    combined([
      ...sums(m, judged),
      ...changes(m),
      ...budgets(m),
      ...saidTwice(m),
      ...statedAgain(m),
      ...namedAgain(m),
      ...ownParts(m),
      ...restated(m, at),
      ...telling(m, at, shares(m)),
      ...accusing(m, at, [...ownSums(m, judged), ...rateHolds(m)]),
    ]);
  const ownWhole = (m: Mention) => statements.find((x) => x.mention === m && x.others.length === 0 && FIGURE_IDENTITIES[x.figure])?.figure;
  // an increase tied with certainty, its direction not left open by a template (“增加(减少)”): last year's amount ≥ 0 —
  // of an amount not printed below 0 (“补充预算周转金-21万元”: such an item may be below 0 in either year)
  const least = (m: Mention) =>
    m.value.isNegative()
      ? undefined
      : claims
          .filter((c) => c.subject!.to === m && c.up && !c.eitherWay)
          .map((c) => reading.interval(c.change))
          .reduce<RoundingInterval | undefined>((most, x) => (most && most.low.greaterThan(x.low) ? most : x), undefined);
  return {
    ofTotal,
    confirmationOf: (m, judged, at) => {
      const all = totalRelations(m, judged, at);
      return combined(all) === "confirmed" ? all.find((x) => x.by)?.by : undefined;
    },
    ofPart,
    least,
    settled: (m) => {
      const whole = ownWhole(m);
      return ofPart(m) === "confirmed" || (whole !== undefined && ofTotal(m, whole) === "confirmed");
    },
  };
}

/**
 * The shares an amount sits in, as its part or as its whole (its list's total, or the total its words name: ./share-total.ts
 * totalFor), each as whether it holds at the figures' present reading (温州 党校 2019: “包括财政拨款收入4,436.33万元(…),
 * 占收入合计55.61%” with 本年收入合计7,977.75). A share of a whole each part has its own of (“占年初预算的”) is a completion,
 * and a lower bound (“占90%以上”) no figure: neither counts.
 */
function sharesOf(parsed: readonly ParsedParagraph[], resolveTotal: TotalResolver, reading: Reading): (m: Mention) => Telling[] {
  const all = parsed.flatMap((at) =>
    at.sentences.flatMap((s) =>
      s.claims
        .filter((c): c is ShareClaim => c.kind === "share" && !c.share.atLeast && !(c.totalName && namesEachPartsOwn(c.totalName)))
        .map((claim) => {
          const whole = () => totalFor(claim, shareListTotal(s, claim.list, reading), s.listNames[claim.list], undefined, resolveTotal, reading);
          return { claim, whole: whole()?.mention, holds: () => shareHolds(claim, whole(), reading) };
        }),
    ),
  );
  // a share through a figure an earlier finding corrected (read at its value from then on) tells nothing of the other
  const through = (x: (typeof all)[number], m: Mention) => (x.claim.part === m ? x.whole : x.claim.part);
  return (m) =>
    all
      .filter((x) => {
        const other = through(x, m);
        return (x.claim.part === m || x.whole === m) && !(other && reading.foundWrong(other));
      })
      .map((x) => ({ claim: x.claim, mentions: [x.claim.part, x.claim.share], holds: x.holds }));
}

/** The fewest characters of a name that tells an amount stated again (“福利彩票公益金”), not a bare “收入” or “支出”. */
const NAMED_AGAIN = 4;
/** A name that tells an amount (“福利彩票公益金”): four characters at least, and no stage of an item (“年初预算数”, “合计”). */
const ownName = (m: Mention) => m.label.length >= NAMED_AGAIN && !NOT_A_PART.test(m.label) && !STAGE.test(m.label);
/** An amount's words as written, its item number (“1.”, “(二)”) left out. */
const writtenName = (m: Mention) => m.rawLabel.replace(/\s+/g, "").replace(ITEM_NUMBER, "");
const ITEM_NUMBER = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])/;

/**
 * The text's breakdowns with no list opener — in parentheses (./subset-sum.ts listsInParentheses) or as uses (usesOf) — and
 * its one-item restatements in parentheses, each by its amount.
 */
function parenthesizedOf(parsed: readonly ParsedParagraph[]) {
  const sentences = parsed.flatMap((at) => at.sentences);
  return {
    lists: [...sentences.flatMap(listsInParentheses), ...sentences.flatMap(usesOf)],
    restatements: sentences.flatMap(parenthesizedItems).flatMap(({ amount, items }) => (items.length === 1 ? [{ amount, item: items[0] }] : [])),
  };
}

/** A relation through a rate (a change with its rate only, a share): its claim, the figures its words span, whether it holds. */
interface Telling {
  claim: Claim;
  mentions: readonly (Mention | undefined)[];
  holds: () => boolean;
}

function shareHolds(claim: ShareClaim, whole: ReturnType<typeof totalFor>, reading: Reading): boolean {
  const allowed = whole && percentInterval(reading.interval(claim.part), whole.interval);
  return !!allowed && judgeDerived(claim.share.value, claim.share.unit, allowed) === "equal";
}

/**
 * A change against its own figures: its prior stated with it, else its rate against the amount it is tied to
 * (./change.ts changeConfirmed) — confirmed, contradicted (a rate or a prior that does not fit), or free (neither stated).
 */
export function changeStanding(claim: ChangeClaim, reading: Reading): Standing {
  if (claim.eitherWay || !claim.subject?.certain) return "free";
  if (changeConfirmed(claim, reading)) return "confirmed";
  return claim.prior || (claim.percent && claim.percentUp === claim.up) ? "contradicted" : "free";
}

/**
 * A total's own change with no base stated beside it (its rate only) may contradict it, never confirm it: a confirmation
 * counts as none. A change against a stated base confirms it (Relations.ofTotal).
 */
const againstOnly = (standing: Standing): Standing => (standing === "confirmed" ? "free" : standing);

/**
 * Several relations: any broken one contradicts — accuses, when one holds at the value the broken sum gives the figure —
 * unless another holds (then the figure is left as if in none).
 */
function combined(all: readonly Judged[]): Standing {
  const has = (standing: Standing) => all.some((x) => x.standing === standing);
  const broken = has("accused") ? "accused" : has("contradicted") ? "contradicted" : undefined;
  if (broken) return has("confirmed") ? "free" : broken;
  return has("confirmed") ? "confirmed" : "free";
}

/**
 * “公务用车购置支出0万元,购置车辆0辆。本单位2023年度无此项支出。”: a part stated 0 whose own words go on to say there was no
 * such spending at all (before any other amount of its paragraph) is confirmed — its 0 is said twice, so it is no slip.
 */
const NO_SPENDING = /无此项支出|未发生(?:此项)?支出/;
function saidNone(k: Statement): boolean {
  if (!k.mention.value.isZero()) return false;
  const said = NO_SPENDING.exec(k.at.paragraph.text.slice(k.mention.end));
  const upTo = said && k.mention.end + said.index;
  return !!upTo && !k.at.mentions.some((m) => m.kind === "amount" && m.start >= k.mention.end && m.start < upTo);
}
