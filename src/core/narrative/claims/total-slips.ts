import type { Decimal } from "../../numbers/decimal";
import { sumIntervals } from "../../numbers/rounding-interval";
import { judgeStated } from "../../numbers/verdict";
import { changeConfirmed } from "./change";
import { completionHolds } from "./completion";
import type { Culprit } from "./culprit";
import type { ChangeClaim, CompletionClaim } from "./extract";
import { quoted, writtenLike, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import type { FigureLookup, Statement } from "./statements";
import { sumOf, type CrossContext } from "./cross";
import { accusedBy, confirmedBy } from "./confirmation-words";
import { identityParts } from "./stated-parts";

/**
 * A total that its parts miss, where one part alone disagrees with its own change (or its completion of the budget) too
 * and agrees with it once read as total − the other parts (““三公”经费预算为3328万元。其中，因公出国（境）费30万元…。因公出国（境）费…减少9万元，
 * 下降15.3%”: 3328 − 478 − 2800 = 50, and 9 ÷ 59 = 15.25%): that part is the slip — one finding naming it, read at the
 * corrected value by the sentence checks after this. So is the total, when no part is and the total's own relations all
 * break as printed and hold at its parts' sum: one slip, one finding at the total, not a second at its change's rate or its
 * completion. Nothing here otherwise (checkTotals names the total or the figures to check).
 */
export function checkTotalCulprits(
  statements: readonly Statement[],
  parsed: readonly ParsedParagraph[],
  tableFigure: FigureLookup,
  ctx: CrossContext,
): Located[] {
  const partsOf = identityParts(statements, tableFigure, ctx.reading);
  const claims = parsed.flatMap((at) => at.sentences.flatMap((x) => x.claims));
  // a change with neither its prior nor its rate stated confirms nothing (“比年初预算减少17.53万元” alone)
  const changes = claims.filter((c): c is ChangeClaim => c.kind === "change" && !!c.subject?.certain && !!(c.prior || c.percent));
  const completions = claims.filter((c): c is CompletionClaim => c.kind === "completion");
  // a part's own relations: its changes, and its completion of the budget (“完成年初预算98.82%，比年初预算减少17.53万元”)
  const ownRelations = (m: Mention) => [
    ...changes.filter((c) => c.subject!.to === m).map((c) => ({ holds: () => changeConfirmed(c, ctx.reading), words: "增减额与增减率" })),
    ...completions.filter((c) => c.actual === m && (c.budget || c.cut)).map((c) => ({ holds: () => completionHolds(c, ctx.reading), words: "完成预算比例" })),
  ];
  return statements.flatMap((s): Located[] => {
    const identity = partsOf(s);
    if (!identity) return [];
    const values = identity.known.map((k) => ctx.reading.value(k.mention));
    const sum = sumOf(values);
    const intervals = sumIntervals(identity.known.map((k) => ctx.reading.interval(k.mention)));
    if (judgeStated(ctx.reading.value(s.mention), s.mention.unit, sum, intervals) !== "error") return [];
    const confirmedAt = (k: Statement, value: Decimal) => {
      const own = ownRelations(k.mention);
      if (own.length === 0 || own.some((r) => r.holds())) return false;
      ctx.reading.correct(k.mention, value, k.mention.unit);
      const holds = own.every((r) => r.holds());
      ctx.reading.correct(k.mention, k.mention.value, k.mention.unit);
      return holds;
    };
    const right = (i: number) => ctx.reading.value(s.mention).minus(sum.minus(values[i]));
    const slips = identity.known.filter((k, i) => right(i).greaterThan(0) && confirmedAt(k, right(i)));
    if (slips.length === 0 && confirmedAt(s, sum)) return totalFound(s, identity, sum, ownRelations(s.mention), ctx.reading);
    if (slips.length !== 1) return [];
    const slip = slips[0];
    const i = identity.known.indexOf(slip);
    const fixed = right(i);
    const { num, unit } = writtenUnit(s.mention);
    const others = identity.known.filter((k) => k !== slip).map((k) => `${identity.parts[identity.known.indexOf(k)]}${num(ctx.reading.value(k.mention))}`);
    const part = identity.parts[i];
    const written = correctedLike(slip.mention, s.mention, fixed);
    const fits = [...new Set(ownRelations(slip.mention).map((r) => r.words))].join("、");
    return slipFound(s, slip, identity.known, part, fixed, ctx.reading, {
      headline: `${part}写${slip.mention.text}，应为${written}：${s.figure}${s.mention.text} − ${others.join(" − ")} = ${num(fixed)}${unit}，也与其所写${fits}相符。`,
      steps: [
        `${s.figure} ${s.mention.text}`,
        ...others,
        `${part} = ${num(fixed)}${unit}`,
        `按${num(fixed)}${unit}，${part}的${fits}相符`,
        `文中写 ${slip.mention.text}`,
      ],
      message: `“${quoted(slip.mention)}”：${s.figure}${s.mention.text}减去其他各项为${num(fixed)}${unit}，按此${part}的${fits}相符，文中写${slip.mention.text}。`,
    });
  });
}

/** A broken sum as its rule words it: the total and its parts, each by the name a finding gives it. */
export interface NamedSum {
  total: Mention;
  name: string;
  parts: readonly Mention[];
  names: readonly string[];
}

/**
 * The finding of a broken sum whose culprit (./culprit.ts) is not the total. The one part that can be the slip
 * (临沧 2018: 公务用车费 1.5 in 三公 2.7 = 0 + 1.5 + 1.2, its parts 购置 0 + 运行 1.9 — only 运行 corrected stays ≥ 0)
 * is named with its value and read at it from then on; else a warning naming the figures to check, never an error
 * on a total another relation confirms (as the table rules do: src/core/rules/blame.ts).
 */
export function culpritIssue(rule: "total" | "listSum", sum: NamedSum, culprit: Exclude<Culprit<Mention>, { at: "total" }>, reading: Reading): ClaimIssue {
  const { total, name, parts, names } = sum;
  const values = parts.map((p) => reading.value(p));
  const { num, unit } = writtenUnit(total);
  const terms = parts.map((_, i) => `${names[i]}${num(values[i])}`).join(" + ");
  const added = `${terms} = ${num(sumOf(values))}${unit}`;
  const nameOf = (m: Mention) => names[parts.indexOf(m)];
  if (culprit.at === "unknown") {
    const listed = culprit.suspects.map(nameOf).join("、");
    const why = `${confirmedBy(name, total, culprit.by)}，差额应出在所列${culprit.suspects.length > 1 ? "几" : "这一"}项中`;
    return {
      rule,
      verdict: "warning",
      target: total,
      involved: [...parts],
      subject: name,
      headline: `${name}写${total.text}，文中各部分之和为${num(sumOf(values))}${unit}（${terms}）：${why}，请核对${listed}。`,
      steps: [added, `此处 ${name} = ${total.text}`, why],
      message: `“${quoted(total)}”：${added}，与此处不符；${why}，请逐项核对。`,
      actual: total.printed,
    };
  }
  const { part, value, belowIncrease, atMost, accused } = culprit;
  const partName = nameOf(part);
  const right = correctedLike(part, total, value);
  // a part a relation of its own accuses (no relation confirms the total): its own sum or rate holds at the corrected value
  const confirmed = [culprit.by && confirmedBy(name, total, culprit.by), accused && accusedBy(partName, part, right, accused)].filter(Boolean).join("；");
  const why = belowIncrease
    ? `${partName}写${part.text}，少于其本身所写的比上年增加额（上年数不会为负），改正其他部分也不能消除`
    : accused
      ? `其他各部分无此印证（或改正后为负数）`
      : "其他各部分或有其他关系印证、或改正后为负数（或少于其本身所写的比上年增加额）";
  // a list that may leave parts out: the part is too large, by how much the text does not say
  const should = atMost ? `应不超过${right}` : `应为${right}`;
  if (atMost) reading.correctAtMost(part, value);
  else reading.correct(part, value, part.unit);
  return {
    rule,
    verdict: "error",
    target: part,
    involved: [total, ...parts.filter((p) => p !== part)],
    subject: partName,
    headline: `${partName}写${part.text}，${should}：${confirmed}，${added}，${atMost ? "所列各项是合计的一部分，之和不能超过合计" : why}，只能是${partName}有误。`,
    steps: [confirmed, added, `${partName} ${atMost ? "≤" : "="} ${total.text} − 其他各部分 = ${right}`, `文中写 ${part.text}`],
    message: `“${quoted(part)}”：${confirmed}，${partName}${should}，文中写${part.text}。`,
    ...(atMost ? {} : { expected: num(value) }),
    actual: part.printed,
  };
}

/**
 * A part's corrected value (total − the other parts) as the text would write it: at the part's places, or the total's
 * when finer (“公务用车运行维护支出0万元” under a total of 4.02万元 is 4.02万元, not “4万元”).
 */
const correctedLike = (part: Mention, total: Mention, value: Decimal) => writtenLike({ ...part, places: Math.max(part.places, total.places) }, value);

/** A total found to be the slip by its own relations too: read at its parts' sum from then on, one error naming it. */
function totalFound(
  s: Statement,
  identity: { parts: readonly string[]; known: readonly Statement[] },
  sum: Decimal,
  own: readonly { words: string }[],
  reading: Reading,
): Located[] {
  const { num, unit } = writtenUnit(s.mention);
  const terms = identity.known.map((k, i) => `${identity.parts[i]}${num(reading.value(k.mention))}`).join(" + ");
  const written = writtenLike(s.mention, sum);
  const fits = [...new Set(own.map((r) => r.words))].join("、");
  reading.correct(s.mention, sum, s.mention.unit);
  const issue: ClaimIssue = {
    rule: "total",
    verdict: "error",
    target: s.mention,
    involved: identity.known.map((k) => k.mention),
    subject: s.figure,
    headline: `${s.figure}写${s.mention.text}，应为${written}：${terms} = ${num(sum)}${unit}，按此其所写${fits}相符，按${s.mention.text}则不符。`,
    steps: [`${terms} = ${num(sum)}${unit}`, `按${num(sum)}${unit}，${s.figure}的${fits}相符`, `文中写 ${s.mention.text}`],
    message: `“${quoted(s.mention)}”：各组成部分之和为${num(sum)}${unit}，按此${s.figure}的${fits}相符，文中写${s.mention.text}。`,
    expected: num(sum),
    actual: s.mention.printed,
  };
  return [{ at: s.at, issue }];
}

/** The one part of a total found to be the slip: read at its corrected value from then on, one error naming it. */
function slipFound(
  total: Statement,
  slip: Statement,
  known: readonly Statement[],
  part: string,
  fixed: Decimal,
  reading: Reading,
  words: Pick<ClaimIssue, "headline" | "steps" | "message">,
): Located[] {
  reading.correct(slip.mention, fixed, slip.mention.unit);
  const issue: ClaimIssue = {
    rule: "total",
    verdict: "error",
    target: slip.mention,
    involved: [total.mention, ...known.filter((k) => k !== slip).map((k) => k.mention)],
    subject: part,
    ...words,
    expected: writtenUnit(total.mention).num(fixed),
    actual: slip.mention.printed,
  };
  return [{ at: slip.at, issue }];
}
