import type { Decimal } from "../../numbers/decimal";
import { sumIntervals, type RoundingInterval } from "../../numbers/rounding-interval";
import { judgeStated } from "../../numbers/verdict";
import { changeConfirmed } from "./change";
import { completionHolds } from "./completion";
import { sumOf } from "./cross";
import type { Relations, Standing } from "./culprit";
import type { ChangeClaim, CompletionClaim } from "./extract";
import { FIGURE_IDENTITIES } from "./figures";
import type { Mention } from "./mentions";
import type { ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { identityParts } from "./stated-parts";
import { sameOwner, sentenceOf, type FigureLookup, type Statement } from "./statements";

/**
 * The relations of the text's amounts: the catalogue's sums over the text's own statements (./stated-parts.ts, each
 * figure tied with certainty, the whole too; a sum holds within rounding) and each amount's changes tied to it with
 * certainty.
 */
export function textRelations(statements: readonly Statement[], parsed: readonly ParsedParagraph[], tableFigure: FigureLookup, reading: Reading): Relations {
  const partsOf = identityParts(statements, tableFigure, reading);
  const all = parsed.flatMap((at) => at.sentences.flatMap((x) => x.claims));
  const claims = all.filter((c): c is ChangeClaim => c.kind === "change" && !!c.subject?.certain);
  const completions = all.filter((c): c is CompletionClaim => c.kind === "completion" && !!c.budget);
  const certain = (figure: string, of: Statement) =>
    statements.find((x) => x.figure === figure && x.year === of.year && x.others.length === 0 && sameOwner(x, of));
  // a sum the amount sits in as printed: as its whole, or as a part whose statement there has the amount's value; one
  // that breaks as well with the amount at `at` says nothing of it
  const sumStanding = (s: Statement, whole: string, at?: Decimal): Standing | undefined => {
    const of = whole === s.figure ? s : certain(whole, s);
    const identity = of && partsOf(of);
    const value = reading.value(s.mention);
    if (!of || !identity || (of !== s && !identity.known.some((k) => k.figure === s.figure && reading.value(k.mention).equals(value)))) return undefined;
    const sum = sumOf(identity.known.map((k) => reading.value(k.mention)));
    const interval = sumIntervals(identity.known.map((k) => reading.interval(k.mention)));
    const broken = (stated: Decimal, parts: Decimal) => judgeStated(stated, of.mention.unit, parts, interval) === "error";
    if (!broken(reading.value(of.mention), sum)) return "confirmed";
    if (at && (of === s ? broken(at, sum) : broken(reading.value(of.mention), sum.minus(value).plus(at)))) return undefined;
    return "contradicted";
  };
  const sums = (m: Mention, judged?: string, at?: Decimal): Standing[] => {
    const s = statements.find((x) => x.mention === m && x.others.length === 0);
    if (!s) return [];
    return Object.entries(FIGURE_IDENTITIES)
      .filter(([whole, parts]) => whole !== judged && (whole === s.figure || parts.includes(s.figure)))
      .flatMap(([whole]) => sumStanding(s, whole, at) ?? []);
  };
  // the same figure stated again in another sentence, with the same value
  const statedAgain = (m: Mention): Standing[] => {
    const s = statements.find((x) => x.mention === m && x.others.length === 0);
    const again = (x: Statement) =>
      x.mention !== m && x.figure === s!.figure && x.year === s!.year && x.others.length === 0 && sameOwner(x, s!) && !sameSentence(x, s!);
    return s && statements.some((x) => again(x) && reading.value(x.mention).equals(reading.value(m))) ? ["confirmed"] : [];
  };
  const changesOf = (m: Mention) => claims.filter((c) => c.subject!.to === m);
  const changes = (m: Mention) => changesOf(m).map((c) => changeStanding(c, reading));
  const totalChanges = (m: Mention) => changesOf(m).map((c) => (c.prior ? changeStanding(c, reading) : againstOnly(changeStanding(c, reading))));
  const saidTwice = (m: Mention): Standing[] => (statements.some((x) => x.mention === m && saidNone(x)) ? ["confirmed"] : []);
  // its completion of a budget stated with it (“28239万元,为调整预算数38651万元的73.06%”), a base as a change's prior is
  const budgets = (m: Mention): Standing[] =>
    completions.filter((c) => c.actual === m).map((c) => (completionHolds(c, reading) ? "confirmed" : "contradicted"));
  const ofTotal = (m: Mention, judged?: string, at?: Decimal) => combined([...sums(m, judged, at), ...totalChanges(m), ...budgets(m), ...statedAgain(m)]);
  const ofPart = (m: Mention, judged?: string) => combined([...sums(m, judged), ...changes(m), ...budgets(m), ...saidTwice(m), ...statedAgain(m)]);
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
    ofPart,
    least,
    settled: (m) => {
      const whole = ownWhole(m);
      return ofPart(m) === "confirmed" || (whole !== undefined && ofTotal(m, whole) === "confirmed");
    },
  };
}

const sameSentence = (a: Statement, b: Statement) => a.at === b.at && sentenceOf(a) === sentenceOf(b);

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

/** Several relations: any broken one contradicts, unless another holds (then the figure is left as if in none). */
function combined(all: readonly Standing[]): Standing {
  if (all.includes("contradicted")) return all.includes("confirmed") ? "free" : "contradicted";
  return all.includes("confirmed") ? "confirmed" : "free";
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
