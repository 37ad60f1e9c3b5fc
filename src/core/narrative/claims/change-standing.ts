import { HUNDRED } from "../../numbers/decimal";
import type { RoundingInterval } from "../../numbers/rounding-interval";
import { changeConfirmed } from "./change";
import { wordsOf } from "./confirmation-words";
import { checkGrowth } from "./growth";
import type { RateRelation, Standing, Telling } from "./culprit";
import type { ChangeClaim } from "./extract";
import type { Judged, RelationText } from "./judged";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import { statedRateHolds, statedRates } from "./stated-rate";

/**
 * An amount's changes tied to it with certainty: each against its own figures, as a part's or as a total's relation
 * (a total's change with its rate only never confirms it), its rate-only changes as relations through a rate
 * (./telling.ts), its changes against a prior stated with it — a change amount, or a rate alone (“全县财政总收入61069万元,
 * 较上年53169万元增长14.9%”: ./stated-rate.ts) — as relations that may accuse it, and the least its increases leave it.
 */
export function changeStandings({ parsed, claims, reading, fits }: Pick<RelationText, "parsed" | "claims" | "reading" | "fits">) {
  const certain = claims.filter((c): c is ChangeClaim => c.kind === "change" && !!c.subject?.certain);
  const changesOf = (m: Mention) => certain.filter((c) => c.subject!.to === m);
  const judgedChange = (m: Mention, c: ChangeClaim, standing: Standing): Judged => ({
    standing,
    ...(standing === "confirmed" ? { by: fits(m, c, [c.prior, c.change, c.percent]) } : {}),
  });
  const changes = (m: Mention) => changesOf(m).map((c) => judgedChange(m, c, changeStanding(c, reading)));
  const totalChanges = (m: Mention) =>
    changesOf(m).map((c) => judgedChange(m, c, c.prior ? changeStanding(c, reading) : againstOnly(changeStanding(c, reading))));
  const rates = (m: Mention): RateRelation[] =>
    changesOf(m)
      .filter((c) => !c.prior && c.percent)
      .map((c) => ({
        rule: "growth",
        holds: () => changeConfirmed(c, reading),
        by: () => fits(m, c, [c.change, c.percent]),
        through: [c.change, c.percent!],
        gives: () => rateGives(c, reading),
        breaks: () => !c.eitherWay && c.percentUp === c.up && checkGrowth(c, m, reading).some((i) => i.rule === "growth" && i.verdict === "error"),
      }));
  // a rate alone against a stated prior holds anywhere within its rounding, as a rate-only change does: it tells too
  const priorRates = parsed.flatMap((at) => at.sentences.flatMap((sentence) => statedRates(sentence).map((r) => ({ r, at }))));
  const statedPriorRates = (m: Mention): Telling[] =>
    priorRates
      .filter(({ r }) => r.current === m)
      .map(({ r, at }) => ({ holds: () => statedRateHolds(r, reading), by: () => ({ kind: "fits", words: wordsOf(at, [r.current, r.prior, r.rate]) }) }));
  const againstPrior = (m: Mention): Telling[] => [
    ...changesOf(m)
      .filter((c) => c.prior)
      .map((c) => ({ holds: () => changeConfirmed(c, reading), by: () => fits(m, c, [c.prior, c.change, c.percent]) })),
    ...statedPriorRates(m),
  ];
  // an increase tied with certainty, its direction not left open by a template (“增加(减少)”): last year's amount ≥ 0 —
  // of an amount not printed below 0 (“补充预算周转金-21万元”: such an item may be below 0 in either year)
  const least = (m: Mention) =>
    m.value.isNegative()
      ? undefined
      : certain
          .filter((c) => c.subject!.to === m && c.up && !c.eitherWay)
          .map((c) => reading.interval(c.change))
          .reduce<RoundingInterval | undefined>((most, x) => (most && most.low.greaterThan(x.low) ? most : x), undefined);
  return { changes, totalChanges, rates, statedPriorRates, againstPrior, least };
}

/**
 * A change against its own figures: its prior stated with it, else its rate against the amount it is tied to
 * (./change.ts changeConfirmed) — confirmed, contradicted (a rate or a prior that does not fit), or free (neither stated).
 */
function changeStanding(claim: ChangeClaim, reading: Reading): Standing {
  if (claim.eitherWay || !claim.subject?.certain) return "free";
  if (changeConfirmed(claim, reading)) return "confirmed";
  return claim.prior || (claim.percent && claim.percentUp === claim.up) ? "contradicted" : "free";
}

/**
 * A total's own change with no base stated beside it (its rate only) may contradict it, never confirm it: a confirmation
 * counts as none. A change against a stated base confirms it (Relations.ofTotal).
 */
const againstOnly = (standing: Standing): Standing => (standing === "confirmed" ? "free" : standing);

/** The amount a change and its rate give (last year = change ÷ rate, this year = last year ± change), at their present reading. */
function rateGives(c: ChangeClaim, reading: Reading) {
  const rate = c.percent && reading.value(c.percent);
  if (!rate || rate.isZero()) return undefined;
  const change = reading.value(c.change);
  const prior = change.times(HUNDRED).dividedBy(rate);
  return c.up ? prior.plus(change) : prior.minus(change);
}
