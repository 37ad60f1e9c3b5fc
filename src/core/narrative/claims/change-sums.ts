import { Decimal } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, type Verdict } from "../../numbers/verdict";
import { changeConfirmed, tiedToSlip } from "./change";
import { changeStatements, type Basis, type ChangeStatement } from "./change-statements";
import { CHANGE_IDENTITIES, figureNamed } from "./figures";
import { exactLike, quoted, writtenLike, writtenUnit } from "./issue";
import type { Mention } from "./mentions";
import { nilItems } from "./nil-items";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import type { Statement } from "./statements";
import { sumOf, type CrossContext } from "./cross";

const ZERO_CHANGE = RoundingInterval.exact(new Decimal(0));
const changeWords = (c: ChangeStatement) => (c.change && !c.change.value.isZero() ? `${c.sign > 0 ? "增加" : "减少"}${c.change.text}` : "持平");

/**
 * A total's stated change and its parts' (in the order of CHANGE_IDENTITIES), when the text states every one; a part
 * whose change is not stated counts by its own parts' (公务用车 = 购置 + 运行) when those are.
 */
interface ChangeIdentity {
  total: string;
  parts: string[];
  whole: ChangeStatement & { change: Mention };
  known: ChangeStatement[];
}

function changeIdentities(
  parsed: readonly ParsedParagraph[],
  family: "决算" | "预算",
  basis: Basis,
  year: number | undefined,
  missing = 0,
): (ChangeIdentity & { unstated: string[] })[] {
  const changes = changeStatements(parsed, family, year).filter((c) => c.basis === basis);
  const first = (figure: string) => changes.find((c) => c.figure === figure);
  const stated = (figure: string): ChangeStatement[] | undefined => {
    const own = first(figure);
    if (own) return [own];
    const inner = CHANGE_IDENTITIES[figure]?.map(first);
    return inner?.every((c) => c) ? (inner as ChangeStatement[]) : undefined;
  };
  return Object.entries(CHANGE_IDENTITIES).flatMap(([total, parts]) => {
    const whole = first(total);
    const byPart = parts.map(stated);
    const unstated = parts.filter((_, i) => !byPart[i]);
    if (!whole?.change || unstated.length !== missing) return [];
    const known = byPart.flatMap((k) => k ?? []);
    return [{ total, parts: known.map((k) => k.figure), whole: { ...whole, change: whole.change }, known, unstated }];
  });
}

const signedValue = (c: ChangeStatement, reading: Reading) => (c.change ? reading.value(c.change).times(c.sign) : new Decimal(0));
const signedInterval = (c: ChangeStatement, reading: Reading) => (c.change ? reading.interval(c.change).scale(new Decimal(c.sign)) : ZERO_CHANGE);
const sumVerdict = ({ whole, known }: ChangeIdentity, reading: Reading) =>
  judgeAmounts(
    signedValue(whole, reading),
    signedInterval(whole, reading),
    sumOf(known.map((k) => signedValue(k, reading))),
    sumIntervals(known.map((k) => signedInterval(k, reading))),
  );

/**
 * Which figure is wrong when a total's change is not the sum of its parts' (绵竹 2025 with the car line's 209
 * written 181): the total's change confirmed by its own figures (2190 − 1969 = 221), every part but one confirmed
 * (its rate agrees, or the words say 持平), and the one left, read as total − the others (221 − 0 − 12 = 209),
 * agrees with its own rate (209 ÷ 1896 = 11.02%, “下降11%”): that part is the slip. It is read at the corrected
 * value from then on, so its rate raises nothing more; otherwise nothing here (checkChangeSums names the total).
 */
export function checkChangeCulprits(parsed: readonly ParsedParagraph[], family: "决算" | "预算", ctx: CrossContext): Located[] {
  return changeIdentities(parsed, family, "year", ctx.year).flatMap((identity): Located[] => {
    const { total, parts, whole, known } = identity;
    if (sumVerdict(identity, ctx.reading) !== "error" || !whole.claim || !changeConfirmed(whole.claim, ctx.reading)) return [];
    const open = known.filter((k) => k.change && (!k.claim || !changeConfirmed(k.claim, ctx.reading)));
    const culprit = open.length === 1 ? open[0] : undefined;
    if (!culprit?.change || !culprit.claim) return [];
    const rest = sumOf(known.filter((k) => k !== culprit).map((k) => signedValue(k, ctx.reading)));
    const right = signedValue(whole, ctx.reading).minus(rest).times(culprit.sign);
    if (!right.greaterThan(0) || !changeConfirmed(culprit.claim, ctx.reading, right)) return [];
    const written = changeWords(culprit);
    const figure = parts[known.indexOf(culprit)];
    const others = known.filter((k) => k !== culprit).map((k) => `${parts[known.indexOf(k)]}${changeWords(k)}`);
    const { num } = writtenUnit(culprit.change);
    const fixed = `${culprit.sign > 0 ? "增加" : "减少"}${writtenLike(culprit.change, right)}`;
    const rate = culprit.claim.percent ? `；${fixed}也与所写“${culprit.claim.up ? "增长" : "下降"}${culprit.claim.percent.text}”相符` : "";
    ctx.reading.correct(culprit.change, right, culprit.change.unit);
    return [
      {
        at: culprit.at,
        issue: {
          rule: "changeSum",
          verdict: "error",
          target: culprit.change,
          involved: [whole.change, ...known.flatMap((k) => (k === culprit ? [] : (k.change ?? [])))],
          subject: `${figure}增减额`,
          headline: `${figure}写${written}，应为${fixed}：${total}${changeWords(whole)}（与其上年数或增减率相符），${others.join("，")}${rate}。`,
          steps: [`${total}${changeWords(whole)}（与其上年数或增减率相符）`, ...others, `${figure} = 合计 − 其他各项 = ${fixed}${rate}`, `文中写 ${written}`],
          message: `“${quoted(culprit.change)}”：${total}${changeWords(whole)}，${others.join("，")}，${figure}应为${fixed}${rate}，文中写${written}。`,
          expected: num(right),
          actual: culprit.change.printed,
        },
      },
    ];
  });
}

/**
 * The change of a total must be the sum of its parts' changes (三公 = 出国 + 用车 + 接待), when the text states all —
 * against last year, and against the budget (“比预算数减少9.43亿元”: the budgets add up as the amounts do).
 */
export function checkChangeSums(parsed: readonly ParsedParagraph[], family: "决算" | "预算", ctx: CrossContext): Located[] {
  return [...changeIdentities(parsed, family, "year", ctx.year), ...changeIdentities(parsed, family, "budget", ctx.year)].flatMap((identity): Located[] => {
    const verdict = sumVerdict(identity, ctx.reading);
    if (verdict === "equal") return [];
    const { total, whole } = identity;
    const terms = partTerms(identity);
    const right = changeText(sumOf(identity.known.map((k) => signedValue(k, ctx.reading))), whole.change);
    const written = changeWords(whole);
    // a term tied to an amount found wrong: the sum is no certain expected value, so nothing is named wrong for sure
    const doubted = [whole, ...identity.known].filter((c) => c.claim && tiedToSlip(c.claim, ctx.reading));
    const doubt = doubted.map((c) => `${c.figure}的金额已查出有误，其${changeWords(c)}属于哪一项不能确定`).join("；");
    return [
      totalChangeFinding(identity, verdict === "error" && doubt ? "warning" : verdict, {
        headline:
          verdict === "rounding"
            ? `${total}写${written}，各部分增减之和为${right}，相差在四舍五入尾差范围内，请确认。`
            : doubt
              ? `${total}写${written}，而文中各部分合计${right}（${terms}）：${doubt}，请核对。`
              : `${total}写${written}，而文中各部分合计${right}（${terms}）：两者不符。`,
        steps: [terms, `合计 ${right}`, `文中 ${total}${written}`, ...(doubt ? [doubt] : [])],
        message: `“${quoted(whole.change)}”：文中各项 ${terms}，合计应为${right}，与此处不符${doubt ? `；${doubt}` : ""}。`,
        expected: right,
      }),
    ];
  });
}

/**
 * A total's change when one part's change is not stated: the part can have grown by at most its amount this year (last
 * year's amount, or the budget, is never below 0), so the total's change is at most the stated parts' changes plus that
 * amount (./change-sums.ts growthCap). 焦石镇: “因公出国（境）费0万元”, its budget unstated — “较年初预算数减少4万元” against 用车
 * −4 and 接待 −1 is certain to be wrong (the total fell by at least 5); a total that fell by more says nothing.
 */
export function checkChangeBounds(parsed: readonly ParsedParagraph[], family: "决算" | "预算", statements: readonly Statement[], ctx: CrossContext): Located[] {
  const none = noneInWords(parsed, family);
  const zero = (figure: string) =>
    none.has(figure) || statements.some((s) => s.figure === figure && s.year === undefined && s.others.length === 0 && s.mention.value.isZero());
  return (["year", "budget"] as const).flatMap((basis) => {
    const changes = changeStatements(parsed, family, ctx.year).filter((c) => c.basis === basis);
    return changeIdentities(parsed, family, basis, ctx.year, 1).flatMap((found): Located[] => {
      const amounts = amountsIn(found.whole.at, statements);
      const cap = growthCap(found, changes, (figure) => (zero(figure) ? ZERO_AMOUNT : amounts.get(figure)));
      if (!cap) return [];
      const identity = { ...found, parts: [...found.parts, ...cap.parts.map((k) => k.figure)], known: [...found.known, ...cap.parts] };
      const { total, whole, known } = identity;
      const sum = sumOf(known.map((k) => signedValue(k, ctx.reading))).plus(cap.value);
      const interval = sumIntervals(known.map((k) => signedInterval(k, ctx.reading))).plus(cap.interval);
      const verdict = judgeAmounts(sum, interval, signedValue(whole, ctx.reading), signedInterval(whole, ctx.reading), ">=");
      if (verdict === "equal") return [];
      const terms = partTerms(identity);
      const most = sum.isNegative() ? `至少减少${exactLike(whole.change, sum.abs())}` : sum.isZero() ? "至多持平" : `至多${changeText(sum, whole.change)}`;
      const written = changeWords(whole);
      return [
        totalChangeFinding(identity, verdict, {
          headline:
            verdict === "rounding"
              ? `${total}写${written}，按各部分增减（${terms}）${most}，相差在四舍五入尾差范围内，请确认。`
              : `${total}写${written}，而${terms}，${cap.why}：${total}应${most}。`,
          steps: [terms, cap.why, `${total}的增减 ≤ ${changeText(sum, whole.change)}`, `文中 ${total}${written}`],
          message: `“${quoted(whole.change)}”：文中各项 ${terms}，${cap.why}，${total}应${most}，与此处不符。`,
          expected: most,
        }),
      ];
    });
  });
}

/** An amount of this year: its value, the interval its printing allows, and where the text states it (none for a 0 in words). */
interface Amount {
  value: Decimal;
  interval: RoundingInterval;
  mention?: Mention;
}
const ZERO_AMOUNT: Amount = { value: new Decimal(0), interval: ZERO_CHANGE };

/**
 * The amounts the paragraph states for catalogue figures of the report's year, each figure stated there once only — none
 * when it names more than one unit (a report on several departments: one's 三公 is no sum of another's items).
 */
function amountsIn(at: ParsedParagraph, statements: readonly Statement[]): Map<string, Amount> {
  const own = statements.filter((s) => s.at === at && s.year === undefined && s.others.length === 0);
  if (new Set(own.flatMap((s) => s.owner ?? [])).size > 1) return new Map();
  return new Map(
    own
      .filter((s) => own.filter((x) => x.figure === s.figure).length === 1)
      .map((s) => [s.figure, { value: s.mention.value, interval: RoundingInterval.of(s.mention.value, s.mention.unit), mention: s.mention }]),
  );
}

/**
 * The most the part whose change is unstated can have grown by, with the stated changes of its own parts that bound it
 * and the reason in words: the part's amount this year — 0 when the text says so; else its stated amount; else, for a
 * part made of parts (公务用车 = 购置 + 运行), its parts' stated changes plus the most the one left can have grown, that
 * one's amount being the total's less every other part's (涪陵 武陵山 2023: “三公”6.50 = 出国0 + 接待0.50 + 运行6.00, so
 * 购置 is 0 and the car's change is at most 运行's −1.00). Undefined when the amounts needed are not all stated.
 */
function growthCap(
  { total, unstated: [part] }: ChangeIdentity & { unstated: string[] },
  changes: readonly ChangeStatement[],
  amount: (figure: string) => Amount | undefined,
): { value: Decimal; interval: RoundingInterval; parts: ChangeStatement[]; why: string } | undefined {
  const own = amount(part);
  if (own)
    return {
      ...own,
      parts: [],
      why: own.mention && !own.value.isZero() ? `${part}本年为${own.mention.text}，其增减不超过此数` : `${part}本年为0、只可能减少或不变`,
    };
  const inner = CHANGE_IDENTITIES[part];
  if (!inner) return undefined;
  const stated = inner.map((figure) => changes.find((c) => c.figure === figure));
  const left = inner.filter((_, i) => !stated[i]);
  if (left.length !== 1) return undefined;
  const others = [...CHANGE_IDENTITIES[total].filter((f) => f !== part), ...inner.filter((f) => f !== left[0])].map(amount);
  const whole = amount(total);
  if (!whole?.mention || others.some((a) => !a)) return undefined;
  const rest = others as Amount[];
  const value = whole.value.minus(sumOf(rest.map((a) => a.value)));
  const interval = rest.reduce((acc, a) => acc.minus(a.interval), whole.interval);
  const most = `${left[0]}本年至多为${exactLike(whole.mention, value)}（${total}${whole.mention.text}减去其他各项）`;
  return { value, interval, parts: stated.flatMap((c) => c ?? []), why: `${most}，其增减不超过此数` };
}

/** The parts' stated changes as written: “公务用车增加2万元，公务接待减少1万元”. */
const partTerms = ({ parts, known }: ChangeIdentity) => known.map((k, i) => `${parts[i]}${changeWords(k)}`).join("，");
/** A sum of changes in the unit and style the total's change is written in (“减少9,000.00元” beside “减少23,000.00元”). */
const changeText = (sum: Decimal, like: Mention) => (sum.isZero() ? "无增减" : `${sum.isNegative() ? "减少" : "增加"}${exactLike(like, sum.abs())}`);

/** A finding on the total's stated change, with its parts' changes as the figures involved. */
function totalChangeFinding(
  { total, whole, known }: ChangeIdentity,
  verdict: Exclude<Verdict, "equal"> | "warning",
  text: { headline: string; steps: string[]; message: string; expected: string },
): Located {
  return {
    at: whole.at,
    issue: {
      rule: "changeSum",
      verdict,
      target: whole.change,
      involved: known.flatMap((k) => k.change ?? []),
      subject: `${total}增减额`,
      actual: changeWords(whole),
      ...text,
    },
  };
}

/** “其中：无因公出国（境）费；”: the figures the text says the unit had none of (0 this year), each in a clause of its own (./nil-items.ts). */
function noneInWords(parsed: readonly ParsedParagraph[], family: "决算" | "预算"): Set<string> {
  return new Set(parsed.flatMap((at) => nilItems(at.paragraph.text)).flatMap((name) => figureNamed(name.replace(/\s+/g, ""), family) ?? []));
}
