import { Decimal } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeStated, type Verdict } from "../../numbers/verdict";
import { BUDGET_LABEL, CHANGE_WORD } from "./extract";
import { CHANGE_IDENTITIES, FIGURE_IDENTITIES, figureNamed } from "./figures";
import { changeConfirmed, type ChangeClaim } from "./arithmetic";
import { quoted, wan, writtenLike, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { className, type ClassStatement, type ItemStatement } from "./rows";
import type { FigureLookup, Statement } from "./statements";

/**
 * Checks across paragraphs, which need no table at all: the same figure stated twice, a total against the
 * parts the text states for it, a 类 (or the 一般公共预算 total) against the 项 listed under it later, and
 * the change of a total against the changes of its parts. Figures already compared with a table are left to
 * the table (a difference between two tables is reported by the table rules, once).
 */
export interface CrossContext {
  reading: Reading;
  checked: Set<Mention>;
  /** “情况说明!A12”, “第12段”. */
  whereOf(at: ParsedParagraph): string;
}

const sumOf = (values: Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));

/** Figures whose words name one amount only, wherever they are stated. */
const REPEATABLE = new Set([
  "收支总计",
  "本年收入合计",
  "本年支出合计",
  "财政拨款收支总计",
  "一般公共预算财政拨款支出",
  "一般公共预算财政拨款基本支出",
  "三公经费合计",
  "机关运行经费",
  "财政拨款收入",
]);

/** The identity a figure is a part of (FIGURE_IDENTITIES read the other way), for the figures that are parts of one only. */
const OUTER_OF: Record<string, string> = { 公务用车费: "三公经费合计" };

/** “本年支出合计 4265.40万元” in 三 and “总支出：2408.42万元” later: two values for one figure. */
export function checkRepeated(statements: readonly Statement[], ctx: CrossContext): Located[] {
  const first = new Map<string, Statement>();
  const out: Located[] = [];
  for (const s of statements) {
    // two values for one figure need both to be named surely (“总收入” may be 收入总计 or 本年收入合计)
    if (!REPEATABLE.has(s.figure) || s.others.length > 0) continue;
    const key = `${s.figure}@${s.year ?? ""}`;
    const reference = first.get(key);
    if (!reference) {
      first.set(key, s);
      continue;
    }
    if (ctx.checked.has(s.mention) && ctx.checked.has(reference.mention)) continue;
    const verdict = judge(s.mention, reference.mention, ctx.reading);
    if (verdict === "equal") continue;
    const there = `${ctx.whereOf(reference.at)}“${quoted(reference.mention)}”`;
    out.push({
      at: s.at,
      issue: {
        rule: "repeated",
        verdict,
        target: s.mention,
        involved: [reference.mention],
        subject: s.figure,
        headline:
          verdict === "rounding"
            ? `${s.figure}此处写${s.mention.text}，${there}，相差在四舍五入尾差范围内，请确认。`
            : `${s.figure}此处写${s.mention.text}，而${there}：同一数字两处不同，至少一处有误，请核对。`,
        steps: [`${ctx.whereOf(reference.at)} ${s.figure} = ${reference.mention.text}`, `此处 ${s.figure} = ${s.mention.text}`],
        message: `“${quoted(s.mention)}”：与${there}不一致。`,
        expected: wan(ctx.reading.value(reference.mention)),
        actual: s.mention.printed,
      },
    });
  }
  return out;
}

/** “总支出：2408.42万元” against the text's own 基本支出 478.86 + 项目支出 3786.54 = 4265.40 (no table needed). */
/** The parts the text states for a total (FIGURE_IDENTITIES), when it states every one and no table holds the total. */
function identityParts(statements: readonly Statement[], tableFigure: FigureLookup, reading: Reading) {
  const stated = (figure: string, year: number | undefined) => statements.find((s) => s.figure === figure && s.year === year && s.others.length === 0);
  // “总支出” (本年支出合计, or 收支总计) against 基本 + 项目: only when the text states the 收支总计 too, and it differs
  const ruledOut = (s: Statement) => s.others.every((other) => stated(other, s.year) && judge(s.mention, stated(other, s.year)!.mention, reading) === "error");
  // a part the text does not state counts by its own parts when it states those (公务用车 = 购置 + 运行)
  return (s: Statement) => {
    const parts = ruledOut(s)
      ? FIGURE_IDENTITIES[s.figure]?.flatMap((part) => (stated(part, s.year) ? [part] : (FIGURE_IDENTITIES[part] ?? [part])))
      : undefined;
    const known = parts?.map((part) => stated(part, s.year));
    return parts && known && known.every((k) => k) && !(s.year === undefined && tableFigure(s.figure)) ? { parts, known: known as Statement[] } : undefined;
  };
}

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
    const written = writtenLike(slip.mention, fixed);
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

export function checkTotals(statements: readonly Statement[], tableFigure: FigureLookup, ctx: CrossContext): Located[] {
  const stated = (figure: string, year: number | undefined) => statements.find((s) => s.figure === figure && s.year === year && s.others.length === 0);
  const partsOf = identityParts(statements, tableFigure, ctx.reading);
  const holds = (s: Statement) => {
    const identity = partsOf(s);
    const sum = identity && sumOf(identity.known.map((k) => ctx.reading.value(k.mention)));
    return !!sum && ctx.reading.value(s.mention).equals(sum);
  };
  // inner identities first (公务用车 = 购置 + 运行 before 三公 = 出国 + 用车 + 接待): a part its own parts correct,
  // and whose correction the outer identity confirms exactly, is the slip — read at that value, the outer one holds
  const inner = (s: Statement) => (OUTER_OF[s.figure] ? 0 : 1);
  const slipsFound = new Set<string>();
  return [...statements]
    .sort((a, b) => inner(a) - inner(b))
    .flatMap((s): Located[] => {
      const identity = partsOf(s);
      if (!identity) return [];
      const { parts, known } = identity;
      const values = known.map((k) => ctx.reading.value(k.mention));
      const total = sumOf(values);
      // a total written to a coarser unit than its parts and cut (12,345元 for 12,345.67元) is a tail
      const verdict = judgeStated(ctx.reading.value(s.mention), s.mention.unit, total, sumIntervals(known.map((k) => ctx.reading.interval(k.mention))));
      if (verdict === "equal") return [];
      const outer = statements.find((o) => o.figure === OUTER_OF[s.figure] && o.year === s.year && o.others.length === 0);
      // the outer identity confirms this value (the figure's first statement, or this one stated again alike)
      const first = stated(s.figure, s.year)?.mention ?? s.mention;
      const confirmed = outer && ctx.reading.value(first).equals(ctx.reading.value(s.mention)) && holds(outer);
      if (verdict === "error" && confirmed) {
        // one finding for the figure however often it is stated
        const key = `${s.figure}@${s.year ?? ""}`;
        if (slipsFound.has(key)) return [];
        slipsFound.add(key);
        return partSlip(s, identity, outer, ctx.reading);
      }
      if (verdict === "error" && outer && !holds(outer)) {
        ctx.reading.correct(s.mention, total, s.mention.unit);
        if (!holds(outer)) ctx.reading.correct(s.mention, s.mention.value, s.mention.unit);
      }
      const { num, unit } = writtenUnit(s.mention);
      const terms = parts.map((part, i) => `${part}${num(values[i])}`).join(" + ");
      return [
        {
          at: s.at,
          issue: {
            rule: "total",
            verdict,
            target: s.mention,
            involved: known.map((k) => k.mention),
            subject: s.figure,
            headline:
              verdict === "rounding"
                ? `${s.figure}写${s.mention.text}，文中各部分之和为${num(total)}${unit}，按四舍五入应为${writtenLike(s.mention, total)}，相差在尾差范围内，请确认。`
                : `${s.figure}写${s.mention.text}，按文中所述 ${terms} = ${num(total)}${unit}：两者不符。`,
            steps: [`${terms} = ${num(total)}${unit}`, `此处 ${s.figure} = ${s.mention.text}`],
            message: `“${quoted(s.mention)}”：按文中所述 ${terms} = ${num(total)}${unit}，与此处不符。`,
            expected: num(total),
            actual: s.mention.printed,
          },
        },
      ];
    });
}

/**
 * A total its outer identity confirms exactly (公务用车费 1.5 in 三公 2.7 = 0 + 1.5 + 1.2) while its own parts do not
 * add up to it (购置 0 + 运行 1.9): the slip is a part — the one whose correction (total − the other parts) is
 * not negative, when only one is (运行 1.9 → 1.5; 购置 would be −0.4). Read at that value from then on. With
 * several such parts the error stays at the total without a corrected value and names the parts to check (as the
 * table rules do: src/core/rules/blame.ts).
 */
function partSlip(s: Statement, { parts, known }: { parts: string[]; known: Statement[] }, outer: Statement, reading: Reading): Located[] {
  const value = reading.value(s.mention);
  const sum = sumOf(known.map((k) => reading.value(k.mention)));
  const corrections = known.map((k) => value.minus(sum.minus(reading.value(k.mention))));
  const open = known.filter((_, i) => !corrections[i].isNegative());
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
  const right = writtenLike(slip.mention, corrections[i]);
  return slipFound(s, slip, known, parts[i], corrections[i], reading, {
    headline: `${parts[i]}写${slip.mention.text}，应为${right}：${confirmed}，${terms} = ${num(sum)}${unit}，只有${parts[i]}改正后不为负数。`,
    steps: [confirmed, `${terms} = ${num(sum)}${unit}`, `${parts[i]} = ${s.mention.text} − 其他各部分 = ${right}`, `文中写 ${slip.mention.text}`],
    message: `“${quoted(slip.mention)}”：${confirmed}，${parts[i]}应为${right}，文中写${slip.mention.text}。`,
  });
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

/**
 * The sentence that opens the 具体情况 section: “一般公共预算财政拨款支出年初预算为 2993.92 万元，支出决算为
 * 2940.05 万元，完成年初预算的 98.20%。” — its budget and actual are the totals of the 项 listed after it.
 */
const TOTAL_SENTENCE = /^\s*(?:20\d{2}\s*年度?)?\s*一般公共预算财政拨款支出/;

/** A 类, or the 一般公共预算 total, against the 项 the text lists under it. */
export function checkBreakdowns(
  classes: readonly ClassStatement[],
  items: readonly ItemStatement[],
  parsed: readonly ParsedParagraph[],
  ctx: CrossContext,
): Located[] {
  const listed = items.filter((i) => i.amount && i.at.generalBudget);
  const out: Located[] = [];
  const seen = new Set<string>();
  for (const c of classes) {
    if (!c.at.generalBudget || seen.has(c.className)) continue;
    seen.add(c.className);
    const under = listed.filter((i) => i.className && className(i.className) === c.className && i.at.order > c.at.order);
    const issue = breakdown(
      c.mention,
      `${c.className}（类）`,
      under.map((i) => i.amount!),
      ctx,
    );
    if (issue) out.push({ at: c.at, issue });
  }
  for (const p of parsed.filter((x) => x.generalBudget)) {
    for (const s of p.sentences.filter((x) => TOTAL_SENTENCE.test(x.sentence))) {
      const amounts = s.mentions.filter((m) => m.kind === "amount" && !CHANGE_WORD.test(m.label));
      const budgets = amounts.filter((m) => BUDGET_LABEL.test(m.label));
      if (budgets.length === 0) continue;
      const later = listed.filter((i) => i.at.order > p.order);
      for (const budget of budgets) {
        const word = budgetWord(budget);
        const parts = later.map((i) => i.budget);
        if (!parts.every((b): b is Mention => !!b && budgetWord(b) === word)) continue;
        const issue = breakdown(budget, `一般公共预算财政拨款支出${word}预算`, parts, ctx);
        if (issue) out.push({ at: p, issue });
      }
      // with 类 amounts stated, each 类 is checked against its 项 and the 类 against the total instead
      const actual = classes.length === 0 ? amounts.find((m) => !budgets.includes(m)) : undefined;
      const issue =
        actual &&
        breakdown(
          actual,
          "一般公共预算财政拨款支出决算",
          later.map((i) => i.amount!),
          ctx,
        );
      if (issue) out.push({ at: p, issue });
    }
  }
  return out;
}

/** 年初预算 and 全年预算 are different figures: a total is compared with parts of its own kind. */
function budgetWord(m: Mention): string {
  return m.label.includes("全年") ? "全年" : m.label.includes("年初") ? "年初" : "";
}

function breakdown(total: Mention, what: string, parts: Mention[], ctx: CrossContext): ClaimIssue | undefined {
  if (parts.length === 0) return undefined;
  // parts that match the tables carry the tables' own tails, which the table rules report
  if (parts.every((p) => ctx.checked.has(p))) return undefined;
  const values = parts.map((p) => ctx.reading.value(p));
  const { sum, verdict } = ctx.reading.judgeSum(total, parts);
  if (verdict === "equal") return undefined;
  const short = verdict === "error" && sum.lessThan(ctx.reading.value(total));
  const terms = values.map(wan).join(" + ");
  return {
    rule: "breakdown",
    verdict: short ? "warning" : verdict,
    target: total,
    involved: parts,
    subject: what,
    headline:
      verdict === "rounding"
        ? `${what}写${total.text}，后文逐项列出的${parts.length}项之和为${wan(sum)}万元，相差在四舍五入尾差范围内，请确认。`
        : short
          ? `${what}写${total.text}，后文逐项列出的${parts.length}项之和只有${wan(sum)}万元（少${wan(ctx.reading.value(total).minus(sum))}万元）：是否漏列了项，或金额有误？`
          : `${what}写${total.text}，后文逐项列出的${parts.length}项之和为${wan(sum)}万元，超出${wan(sum.minus(ctx.reading.value(total)))}万元：合计或某一项有误。`,
    steps: [`${terms} = ${wan(sum)}万元`, `${what} = ${total.text}`],
    message: `“${quoted(total)}”：后文逐项列出的金额之和为${wan(sum)}万元，与此处不符。`,
    expected: wan(sum),
    actual: total.printed,
  };
}

function judge(a: Mention, b: Mention, reading: Reading): Verdict {
  return judgeAmounts(reading.value(a), reading.interval(a), reading.value(b), reading.interval(b));
}

/** A year-on-year change the text states for a figure (“公务用车购置及运行维护费支出决算比2022年度减少0.0089万元”). */
interface ChangeStatement {
  figure: string;
  /** The change mention; absent for a change stated in words only (“较上年持平”: 0). */
  change?: Mention;
  /** The claim the change is read from (its rate, the amount it is tied to). */
  claim?: ChangeClaim;
  /** +1 for 增加, −1 for 减少. */
  sign: 1 | -1;
  at: ParsedParagraph;
  /** Against last year, or against the budget (“比预算数减少”). */
  basis: Basis;
}
type Basis = "year" | "budget";

/** Comparison words a change may carry; a change with none repeats the comparison of the change before it. */
const COMPARES = /比|较|与|同比|环比/;

/** “…比2022年度减少”, “…各增加”: the words after the figure's name. */
const COMPARED = /((?:同口径)?(比|较|与)\s*(\d{4}年度?|上年度?|上一年度?|去年)(相比)?[，,]?)?\s*(各|均|共)?(增加|减少|增长|下降|上升|降低)了?$/;
/**
 * “因公出国（境）经费40万元，较上年持平；” / “与上年一致” / “无增减变化”: no change, said in words right after the
 * amount (up to the next figure or “；”). “基本持平” is a judgement, not a change of 0, and is never read so.
 */
const FLAT_AFTER = /^[^；;。\d]*?(?<!基本)(?:持平|无增减|无变化|未发生增减变动|与上年一致|与上年相同)/;

/**
 * “因公出国支出决算比预算无增减变化，比去年无增减变化；”: a figure's change of 0 stated in words with no amount at
 * all — the clause names the figure, compares it with last year and says it did not change.
 */
const FLAT_IN_WORDS =
  /(?:^|[，,；;。：:])([^，,；;。：:\d]+?)(?:比预算[^，,；;。\d]*[，,])?(?:比|较|与)(?:去年|上年度?|上一年度?)(?:相比)?(?:无增减变化|无增减|无变化|持平|未发生增减变动)(?=$|[，,；;。])/g;

function flatInWords(sentence: string, family: "决算" | "预算"): string[] {
  return [...sentence.matchAll(FLAT_IN_WORDS)].flatMap((m) => {
    const figure = figureNamed(m[1].replace(/^其中/, "").replace(/\s+/g, ""), family);
    return figure ? [figure] : [];
  });
}

/** “比预算增加0万元”: a change against the budget, not against last year. */
const AGAINST_BUDGET = /(?:比|较|与)(?:当年|本年)?(?:年初|全年)?预算/;
/** “公务用车运行维护费支出决算比预算无增减变化，”: the item named before its comparison with the budget. */
const BEFORE_BUDGET = /(?:^|[，,；;。：:])(?:其中)?([^，,；;。：:\d]+?)比预算[^，,；;。：:\d]*[，,][^，,；;。：:\d]*$/;

/** “X比预算…，比去年增加A”: the change of X, named in the clause before the one that states it. */
function namedBeforeBudget(before: string, family: "决算" | "预算"): string | undefined {
  const name = BEFORE_BUDGET.exec(before)?.[1];
  return name ? figureNamed(name.replace(/\s+/g, ""), family) : undefined;
}

/**
 * The changes the text states for catalogue figures, each with its basis: “比预算数减少1.94亿元；公务用车…30.87亿元，
 * 减少3.72亿元” — a change that names no comparison repeats the one of the change before it in its sentence.
 */
function changeStatements(parsed: readonly ParsedParagraph[], family: "决算" | "预算"): ChangeStatement[] {
  return parsed.flatMap((at) =>
    at.sentences.flatMap((s) => {
      let last: Basis = "year";
      return [
        ...flatInWords(s.sentence, family).map((figure): ChangeStatement => ({ figure, sign: 1, at, basis: "year" })),
        ...s.claims.flatMap((claim): ChangeStatement[] => {
          if (claim.kind === "amount") {
            const figure = figureNamed(claim.mention.label, family);
            const flat = figure && FLAT_AFTER.test(s.sentence.slice(claim.mention.end - s.start));
            return flat ? [{ figure, sign: 1, at, basis: "year" }] : [];
          }
          if (claim.kind !== "change") return [];
          const raw = claim.change.rawLabel;
          const basis: Basis = claim.againstBudget || AGAINST_BUDGET.test(raw) ? "budget" : COMPARES.test(raw) ? "year" : last;
          last = basis;
          // a change whose direction the words leave open (“增加(减少)”) adds nothing certain to a sum of changes
          if (claim.eitherWay) return [];
          const own = raw.replace(COMPARED, "").replace(/\s+/g, "");
          const figure =
            (own && figureNamed(own, family)) ||
            (claim.subject?.certain && figureNamed(claim.subject.to.label, family)) ||
            (!own && namedBeforeBudget(s.sentence.slice(0, claim.change.start - s.start), family));
          return figure ? [{ figure, change: claim.change, claim, sign: claim.up ? 1 : -1, at, basis }] : [];
        }),
      ];
    }),
  );
}

const ZERO_CHANGE = RoundingInterval.exact(new Decimal(0));
const changeWords = (c: ChangeStatement) => (c.change ? `${c.sign > 0 ? "增加" : "减少"}${c.change.text}` : "持平");

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

function changeIdentities(parsed: readonly ParsedParagraph[], family: "决算" | "预算", basis: Basis): ChangeIdentity[] {
  const changes = changeStatements(parsed, family).filter((c) => c.basis === basis);
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
    if (!whole?.change || byPart.some((k) => !k)) return [];
    const known = byPart.flat() as ChangeStatement[];
    return [{ total, parts: known.map((k) => k.figure), whole: { ...whole, change: whole.change }, known }];
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
  return changeIdentities(parsed, family, "year").flatMap((identity): Located[] => {
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
  const out: Located[] = [];
  for (const identity of [...changeIdentities(parsed, family, "year"), ...changeIdentities(parsed, family, "budget")]) {
    const { total, parts, whole, known } = identity;
    const verdict = sumVerdict(identity, ctx.reading);
    if (verdict === "equal") continue;
    const sum = sumOf(known.map((k) => signedValue(k, ctx.reading)));
    const terms = known.map((k, i) => `${parts[i]}${changeWords(k)}`).join("，");
    const right = sum.isZero() ? "无增减" : `${sum.isNegative() ? "减少" : "增加"}${sum.abs().toFixed()}万元`;
    const written = changeWords(whole);
    out.push({
      at: whole.at,
      issue: {
        rule: "changeSum",
        verdict,
        target: whole.change,
        involved: known.flatMap((k) => k.change ?? []),
        subject: `${total}增减额`,
        headline:
          verdict === "rounding"
            ? `${total}写${written}，各部分增减之和为${right}，相差在四舍五入尾差范围内，请确认。`
            : `${total}写${written}，而文中各部分合计${right}（${terms}）：两者不符。`,
        steps: [`${terms}`, `合计 ${right}`, `文中 ${total}${written}`],
        message: `“${quoted(whole.change)}”：文中各项 ${terms}，合计应为${right}，与此处不符。`,
        expected: right,
        actual: written,
      },
    });
  }
  return out;
}
