import type { Decimal } from "../../numbers/decimal";
import { sumIntervals } from "../../numbers/rounding-interval";
import { judgeStated } from "../../numbers/verdict";
import { changeConfirmed } from "./change";
import type { ChangeClaim } from "./extract";
import { quoted, writtenLike, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import type { FigureLookup, Statement } from "./statements";
import { sumOf, type CrossContext } from "./cross";
import { identityParts } from "./stated-parts";

/**
 * A total that its parts miss, where one part alone disagrees with its own change too and agrees with it once read
 * as total − the other parts (““三公”经费预算为3328万元。其中，因公出国（境）费30万元…。因公出国（境）费…减少9万元，
 * 下降15.3%”: 3328 − 478 − 2800 = 50, and 9 ÷ 59 = 15.25%): that part is the slip — one finding naming it, read at the
 * corrected value by the sentence checks after this. Nothing here otherwise (checkTotals names the total).
 */
export function checkTotalCulprits(
  statements: readonly Statement[],
  parsed: readonly ParsedParagraph[],
  tableFigure: FigureLookup,
  ctx: CrossContext,
): Located[] {
  const partsOf = identityParts(statements, tableFigure, ctx.reading);
  const claims = parsed.flatMap((at) => at.sentences.flatMap((x) => x.claims)).filter((c): c is ChangeClaim => c.kind === "change" && !!c.subject?.certain);
  const changesOf = (m: Mention) => claims.filter((c) => c.subject!.to === m);
  return statements.flatMap((s): Located[] => {
    const identity = partsOf(s);
    if (!identity) return [];
    const values = identity.known.map((k) => ctx.reading.value(k.mention));
    const sum = sumOf(values);
    const intervals = sumIntervals(identity.known.map((k) => ctx.reading.interval(k.mention)));
    if (judgeStated(ctx.reading.value(s.mention), s.mention.unit, sum, intervals) !== "error") return [];
    const confirmedAt = (k: Statement, value: Decimal) => {
      const own = changesOf(k.mention);
      if (own.length === 0 || own.some((c) => changeConfirmed(c, ctx.reading))) return false;
      ctx.reading.correct(k.mention, value, k.mention.unit);
      const holds = own.every((c) => changeConfirmed(c, ctx.reading));
      ctx.reading.correct(k.mention, k.mention.value, k.mention.unit);
      return holds;
    };
    const right = (i: number) => ctx.reading.value(s.mention).minus(sum.minus(values[i]));
    const slips = identity.known.filter((k, i) => right(i).greaterThan(0) && confirmedAt(k, right(i)));
    if (slips.length !== 1) return [];
    const slip = slips[0];
    const i = identity.known.indexOf(slip);
    const fixed = right(i);
    const { num, unit } = writtenUnit(s.mention);
    const others = identity.known.filter((k) => k !== slip).map((k) => `${identity.parts[identity.known.indexOf(k)]}${num(ctx.reading.value(k.mention))}`);
    const part = identity.parts[i];
    const written = correctedLike(slip.mention, s.mention, fixed);
    return slipFound(s, slip, identity.known, part, fixed, ctx.reading, {
      headline: `${part}写${slip.mention.text}，应为${written}：${s.figure}${s.mention.text} − ${others.join(" − ")} = ${num(fixed)}${unit}，也与其所写增减相符。`,
      steps: [
        `${s.figure} ${s.mention.text}`,
        ...others,
        `${part} = ${num(fixed)}${unit}`,
        `按${num(fixed)}${unit}，${part}的增减额与增减率相符`,
        `文中写 ${slip.mention.text}`,
      ],
      message: `“${quoted(slip.mention)}”：${s.figure}${s.mention.text}减去其他各项为${num(fixed)}${unit}，按此${part}的增减额与增减率相符，文中写${slip.mention.text}。`,
    });
  });
}

/**
 * A total its outer identity confirms exactly (公务用车费 1.5 in 三公 2.7 = 0 + 1.5 + 1.2) while its own parts do not
 * add up to it (购置 0 + 运行 1.9): the slip is a part — the one whose correction (total − the other parts) is
 * not negative, when only one is (运行 1.9 → 1.5; 购置 would be −0.4). Read at that value from then on. With
 * several such parts the error stays at the total without a corrected value and names the parts to check (as the
 * table rules do: src/core/rules/blame.ts). A part whose words say it had no such spending (saidNone) is never the one.
 */
export function partSlip(s: Statement, { parts, known }: { parts: string[]; known: Statement[] }, outer: Statement, reading: Reading): Located[] {
  const value = reading.value(s.mention);
  const sum = sumOf(known.map((k) => reading.value(k.mention)));
  const corrections = known.map((k) => value.minus(sum.minus(reading.value(k.mention))));
  const open = known.filter((k, i) => !corrections[i].isNegative() && !saidNone(k));
  const { num, unit } = writtenUnit(s.mention);
  const terms = parts.map((part, i) => `${part}${num(reading.value(known[i].mention))}`).join(" + ");
  const confirmed = `${s.figure}${s.mention.text}已与${outer.figure}${outer.mention.text}的各部分相符`;
  if (open.length !== 1) {
    const listed = (open.length > 0 ? open : known).map((k) => parts[known.indexOf(k)]).join("、");
    return [
      {
        at: s.at,
        issue: {
          rule: "total",
          verdict: "error",
          target: s.mention,
          involved: known.map((k) => k.mention),
          subject: s.figure,
          headline: `${s.figure}写${s.mention.text}，文中各部分之和为${num(sum)}${unit}（${terms}）：${confirmed}，请核对${listed}。`,
          steps: [`${terms} = ${num(sum)}${unit}`, confirmed, `差额应出在${listed}中`],
          message: `“${quoted(s.mention)}”：文中各部分之和为${num(sum)}${unit}，而${confirmed}，差额应出在${listed}中，请逐项核对。`,
          actual: s.mention.printed,
        },
      },
    ];
  }
  const slip = open[0];
  const i = known.indexOf(slip);
  const right = correctedLike(slip.mention, s.mention, corrections[i]);
  const none = known.filter(saidNone).map((k) => parts[known.indexOf(k)]);
  const why = none.length > 0 ? `${none.join("、")}文中写明无此项支出，只能是${parts[i]}有误` : `只有${parts[i]}改正后不为负数`;
  return slipFound(s, slip, known, parts[i], corrections[i], reading, {
    headline: `${parts[i]}写${slip.mention.text}，应为${right}：${confirmed}，${terms} = ${num(sum)}${unit}，${why}。`,
    steps: [confirmed, `${terms} = ${num(sum)}${unit}`, `${parts[i]} = ${s.mention.text} − 其他各部分 = ${right}`, `文中写 ${slip.mention.text}`],
    message: `“${quoted(slip.mention)}”：${confirmed}，${parts[i]}应为${right}，文中写${slip.mention.text}。`,
  });
}

/**
 * “公务用车购置支出0万元,购置车辆0辆。本单位2023年度无此项支出。”: a part stated 0 whose own words go on to say there was no
 * such spending at all (before any other amount of its paragraph) is no slip — its 0 is said twice.
 */
const NO_SPENDING = /无此项支出|未发生(?:此项)?支出/;
function saidNone(k: Statement): boolean {
  if (!k.mention.value.isZero()) return false;
  const said = NO_SPENDING.exec(k.at.paragraph.text.slice(k.mention.end));
  const upTo = said && k.mention.end + said.index;
  return !!upTo && !k.at.mentions.some((m) => m.kind === "amount" && m.start >= k.mention.end && m.start < upTo);
}

/**
 * A part's corrected value (total − the other parts) as the text would write it: at the part's places, or the total's
 * when finer (“公务用车运行维护支出0万元” under a total of 4.02万元 is 4.02万元, not “4万元”).
 */
const correctedLike = (part: Mention, total: Mention, value: Decimal) => writtenLike({ ...part, places: Math.max(part.places, total.places) }, value);

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
