import { Decimal, HUNDRED } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeDerived, percentInterval } from "../../numbers/verdict";
import { isStatedTotal } from "./binding";
import { completeList } from "./complete-list";
import type { Relations } from "./culprit";
import type { SentenceClaims, ShareClaim } from "./extract";
import { derivedHeadline, percentOf, quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import { shareListSlip } from "./share-slip";
import { listSumIssue, repeatsAClass, sharesMakeWhole, sharesSum, shareSumIssue } from "./share-sums";
import { partsTotal, totalFor, type ShareTotal, type TotalResolver } from "./share-total";
import { wholeShareIssue } from "./whole-share";

/** Each share of a sentence against its total, and each list of shares against 100% and against its stated total. */
export function checkShareLists(s: SentenceClaims, resolveTotal: TotalResolver, reading: Reading, relations: Relations): ClaimIssue[] {
  const shares = s.claims.filter((c): c is ShareClaim => c.kind === "share");
  const issues: ClaimIssue[] = [];
  for (let list = 0; list < s.listTotals.length; list++) {
    const members = shares.filter((c) => c.list === list);
    const total = shareListTotal(s, list, reading);
    const found = checkShareList(members, total, s.listNames[list], { resolveTotal, reading, relations }, unsharedParts(s, members, total));
    issues.push(...found.map((issue) => wholeShareIssue(issue, members, reading, relations)));
  }
  return issues;
}

/** The stated total of a sentence's list of shares (`list`): the one in the list's own words, or the amount a “其中…” sentence breaks down. */
export function shareListTotal(s: SentenceClaims, list: number, reading: Reading): Mention | undefined {
  const members = s.claims.filter((c): c is ShareClaim => c.kind === "share" && c.list === list);
  const opening = s.openingOnly ? s.openingTotal : confirmedOpening(members, s.openingTotal, reading);
  return s.listTotals[list] ?? (list === 0 ? opening : undefined);
}

/** The amount a “其中…” sentence breaks down, when the parts it lists add up to it (they confirm the tie). */
function confirmedOpening(members: ShareClaim[], opening: Mention | undefined, reading: Reading): Mention | undefined {
  // “…收入633.8亿元。其中，税收收入515.4亿元，…，税收占比81.3%”: a share naming its part, of no whole in words, in a “其中”
  // sentence is of the amount broken down
  if (opening && members.length === 1 && members[0].named && !members[0].totalName) return opening;
  if (!opening || members.length < 2) return undefined;
  const sum = members.reduce((acc, c) => acc.plus(reading.value(c.part)), new Decimal(0));
  const parts = sumIntervals(members.map((c) => reading.interval(c.part)));
  return judgeAmounts(reading.value(opening), reading.interval(opening), sum, parts) === "equal" ? opening : undefined;
}

/**
 * “其中：基本支出A，占59.2%；项目支出B，占40.8%；经营支出C，对附属单位补助支出D”: amounts listed among the parts with no
 * share of their own (C and D round to 0.0%) — shares adding up to 100% then do not say the shared parts are all.
 */
function unsharedParts(s: SentenceClaims, members: ShareClaim[], total: Mention | undefined): boolean {
  const parts = new Set(members.map((c) => c.part));
  const first = members[0]?.part;
  return !!first && s.mentions.some((m) => m.start > first.start && m !== total && !parts.has(m) && m.depth <= first.depth && isStatedTotal(m));
}

/** What a list of shares is judged with: the totals the text names, how figures are read, and their other relations. */
interface ShareContext {
  resolveTotal: TotalResolver;
  reading: Reading;
  relations: Relations;
}

function checkShareList(
  members: ShareClaim[],
  listTotal: Mention | undefined,
  listName: string | undefined,
  { resolveTotal, reading, relations }: ShareContext,
  unshared: boolean,
): ClaimIssue[] {
  const partsSum = sumIntervals(members.map((c) => reading.interval(c.part)));
  const complete = members.length > 1 && !unshared && sharesMakeWhole(members);
  const named = members.some((m) => m.totalName);
  // the parts and their shares agree with each other and not with the stated total: the total is the slip
  const totalSlip = complete && listTotal && !named ? listSumIssue(members, listTotal, partsSum, reading) : undefined;
  if (totalSlip?.verdict === "error" && members.every((c) => !checkShare(c, partsTotal(partsSum), reading))) {
    const sum = `${totalSlip.expected}${writtenUnit(listTotal!).unit}`;
    return [
      {
        ...totalSlip,
        headline: `所述合计${listTotal!.text}，其中各项之和为${sum}，各项占比也与之相符：合计应为${sum}。`,
      },
    ];
  }
  const partSlip = complete && listTotal && !named ? slipPart(members, listTotal, partsSum, reading) : undefined;
  if (partSlip) return [partSlip];
  const off = !complete && !named && !unshared ? offSharesOfWhole(members, listTotal?.label ?? listName, partsSum, reading, relations) : [];
  if (off.length > 0) return off;
  const opened = listTotal || complete || named ? undefined : openingWhole(members, listName, partsSum, resolveTotal);
  const judged = members.map((claim) => {
    const total = totalFor(claim, listTotal, listName, complete ? partsSum : undefined, resolveTotal, reading) ?? opened;
    return { claim, total, issue: total && checkShare(claim, total, reading) };
  });
  // a total named in words (“占全国政府采购规模的”) is stated apart from the list: the list cannot be its slip
  const slip = complete && members.every((c) => c.totalName) ? shareListSlip(judged, reading) : undefined;
  const issues: ClaimIssue[] = judged.flatMap((j) => (slip && j.issue?.target === slip.target ? [slip.issue] : j.issue ? [j.issue] : []));
  // shares of one parent named in words may overlap (中小企业 and 小微企业 of 政府采购规模); the items of one list
  // (“货物、工程、服务…分别为A、B和C，占…比例为p、q和r”) are siblings, whose shares cannot exceed 100% — unless two of
  // them are the same class (./share-sums.ts repeatsAClass)
  const siblings = members.every((c) => c.share.groupSize === members.length && c.share.group === members[0].share.group);
  if (members.length > 1 && !complete && (!named || siblings) && !repeatsAClass(members) && sharesSum(members).low.greaterThan(HUNDRED)) {
    issues.push(oddShare(judged, partsSum, reading) ?? shareSumIssue(members));
  }
  if (complete && listTotal && !named) {
    const issue = listSumIssue(members, listTotal, partsSum, reading);
    if (issue) issues.push(issue);
  }
  return issues;
}

/**
 * The mirror of a total slip: “本年支出合计25,031.16万元,其中基本支出19,916.38万元,占78.38%;项目支出5,411.78万元,占21.62%;
 * 上缴上级支出0万元,占0%…” — the parts miss the stated total, one part's share misses it too, every other share holds
 * against it (at least one of a part above 0: the total is tied), and the share of the one part is what the total less the
 * others gives (78.38% = 19,619.38 ÷ 25,031.16): sum and share both say the part's amount is the slip — one error naming it,
 * with that value.
 */
function slipPart(members: ShareClaim[], listTotal: Mention, partsSum: RoundingInterval, reading: Reading): ClaimIssue | undefined {
  if (listSumIssue(members, listTotal, partsSum, reading)?.verdict !== "error") return undefined;
  const total: ShareTotal = { interval: reading.interval(listTotal), value: reading.value(listTotal), where: "所述合计", mention: listTotal };
  const issues = members.map((c) => checkShare(c, total, reading));
  const off = members.filter((_, k) => issues[k]?.verdict === "error");
  const held = members.filter((c, k) => !issues[k] && !reading.value(c.part).isZero());
  if (off.length !== 1 || held.length === 0) return undefined;
  const [slip] = off;
  const others = members.filter((c) => c !== slip);
  const value = total.value.minus(others.reduce((acc, c) => acc.plus(reading.value(c.part)), new Decimal(0)));
  if (value.isNegative()) return undefined;
  const interval = total.interval.minus(sumIntervals(others.map((c) => reading.interval(c.part))));
  const allowed = percentInterval(interval, total.interval);
  if (!allowed || judgeDerived(slip.share.value, slip.share.unit, allowed) !== "equal") return undefined;
  const { num, unit } = writtenUnit(slip.part);
  const rest = others.map((c) => num(reading.value(c.part))).join(" + ");
  return {
    rule: "listSum",
    verdict: "error",
    target: slip.part,
    involved: [listTotal, slip.share, ...others.map((c) => c.part)],
    subject: slip.part.label || "该项",
    headline: `${slip.part.label || "该项"}写${slip.part.text}：所述合计${listTotal.text}减去其余各项为${num(value)}${unit}，其占比${slip.share.text}也与之相符：此项应为${num(value)}${unit}。`,
    steps: [`${listTotal.text} − (${rest}) = ${num(value)}${unit}`, `${num(value)}÷${num(total.value)} ≈ ${slip.share.text}`, `文中写 ${slip.part.text}`],
    message: `“${quoted(slip.part)}，占${slip.share.text}”：所述合计${listTotal.text}减去其余各项（${rest}）为${num(value)}${unit}，占比${slip.share.text}也与之相符，文中写${slip.part.text}。`,
    expected: num(value),
    actual: slip.part.printed,
  };
}

/**
 * ““三公”经费支出决算中,因公出国(境)费支出决算0万元,0;公务接待费支出决算6.28万元,占34.88%”: shares naming no whole, in a
 * list that opens by naming its whole with no amount, are of the amount the text states for that whole (the 三公 决算 6.28
 * of the paragraph before) — when the list is not all of that whole (a complete list whose sum is not the amount stated
 * leaves the whole in doubt: ./shares.ts offSharesOfWhole) and its parts' sum does not exceed it.
 */
function openingWhole(members: ShareClaim[], listName: string | undefined, partsSum: RoundingInterval, resolveTotal: TotalResolver): ShareTotal | undefined {
  const parts = members.map((c) => c.part);
  const named = listName === undefined || completeList(listName, parts) ? undefined : resolveTotal(listName, parts[0]);
  if (!named?.mention) return undefined;
  const interval = RoundingInterval.of(named.value, named.unit);
  return interval.canBeAtLeast(partsSum) ? { interval, value: named.value, where: `${listName}（${named.where}）` } : undefined;
}

/**
 * ““三公”经费支出决算中,因公出国(境)费0万元,占0%;公务接待费16.3万元,占36.58%;公务用车购置及运行维护费9.4万元,占
 * 36.58%”: shares that do not add up to 100%, of a list naming every part of a known identity under the whole it is of
 * (./complete-list.ts) — the parts are all of the whole, so their sum is it. Every share but one holds against that sum,
 * at least one of them of a part above 0 (it ties the whole): the one is the slip, named at its share. Two or more off
 * leave open whether a share or an amount is wrong — unless every part is confirmed by a relation of its own
 * (./sum-standing.ts: 塘子街道 ¶5's 0, 4.02 and 7.94 add up to the “三公” 11.96 stated with them in ¶2), which ties the parts
 * and so their sum, the whole: then each share off is a slip, named with its value (“占89.33%” 应为 4.02 ÷ 11.96 = 33.61%).
 */
function offSharesOfWhole(
  members: ShareClaim[],
  wholeName: string | undefined,
  partsSum: RoundingInterval,
  reading: Reading,
  relations: Relations,
): ClaimIssue[] {
  if (
    members.length < 2 ||
    !wholeName ||
    !completeList(
      wholeName,
      members.map((c) => c.part),
    )
  )
    return [];
  const whole = partsTotal(partsSum);
  const judged = members.map((claim) => ({ claim, issue: checkShare(claim, whole, reading) }));
  const off = judged.flatMap((j) => (j.issue?.verdict === "error" ? [j.issue] : []));
  const tying = judged.filter((j) => !j.issue && !reading.value(j.claim.part).isZero());
  if (off.length === 1 && tying.length > 0) return off;
  if (off.length < 2 || !members.every((c) => relations.settled(c.part))) return [];
  return off.map((issue) => ({ ...issue, steps: [...issue.steps, PARTS_CONFIRMED] }));
}

const PARTS_CONFIRMED = "各项金额均与文中另一合计关系相符，各项之和即为总额";

/**
 * “…中，因公出国（境）费0.94万元，占5.8%；公务用车购置及运行维护费支出33.13万元，占97.2%；公务接待费支出0万元，占0%”
 * (no whole stated with the list): shares above 100% in all, every share but one holds against the parts' own sum — at
 * least one of them a part above 0 — and that one fails: the others tie the whole to the parts' sum within rounding, so
 * the one is the slip, named at its share (applies only where no share of the list was tied to a total already).
 */
function oddShare(judged: { claim: ShareClaim; issue?: ClaimIssue }[], partsSum: RoundingInterval, reading: Reading): ClaimIssue | undefined {
  if (judged.some((j) => j.issue)) return undefined;
  const whole = partsTotal(partsSum);
  const against = judged.map((j) => ({ claim: j.claim, issue: checkShare(j.claim, whole, reading) }));
  const failing = against.filter((j) => j.issue);
  const holding = against.filter((j) => !j.issue && reading.value(j.claim.part).greaterThan(0));
  if (failing.length !== 1 || failing[0].issue!.verdict !== "error" || holding.length === 0) return undefined;
  return failing[0].issue;
}

function checkShare(claim: ShareClaim, total: ShareTotal, reading: Reading): ClaimIssue | undefined {
  const { num, unit } = writtenUnit(claim.part);
  const allowed = percentInterval(reading.interval(claim.part), total.interval);
  if (!allowed) return undefined;
  // a lower bound (“约为4.57亿元，占90%以上”) holds wherever the amounts allow at least that much
  if (claim.share.atLeast && !allowed.high.lessThan(claim.share.value.minus(claim.share.unit.dividedBy(2)))) return undefined;
  const verdict = judgeDerived(claim.share.value, claim.share.unit, allowed);
  if (verdict === "equal") return undefined;
  const expected = percentOf(reading.value(claim.part), total.value);
  const equation = `${num(reading.value(claim.part))}÷${num(total.value)}`;
  const what = `${claim.part.label || "该项"}占比`;
  return {
    rule: "share",
    verdict,
    target: claim.share,
    involved: [claim.part, ...(total.mention ? [total.mention] : [])],
    subject: what,
    headline: derivedHeadline(verdict, what, claim.share.text, expected, equation),
    steps: [
      `${claim.part.label} ${num(reading.value(claim.part))}${unit}`,
      `${total.where}：${num(total.value)}${unit}`,
      `${equation} = ${expected}`,
      `文中写 ${claim.share.text}`,
    ],
    message: `“${quoted(claim.part)}，占${claim.share.text}”：占比应为 ${equation} = ${expected}（${total.where}），文中写${claim.share.text}。`,
    expected,
    actual: claim.share.printed,
  };
}
