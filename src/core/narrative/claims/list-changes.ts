import { Decimal } from "../../numbers/decimal";
import { sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import { ownWords } from "./binding";
import { tiedToSlip } from "./change";
import { completeIdentity, completeNames } from "./complete-list";
import type { ChangeClaim, SentenceClaims } from "./extract";
import type { Located, ParsedParagraph } from "./parsed";
import { writtenUnit } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import { subsetLists } from "./subset-sum";

/**
 * “地方一般公共预算收入116059万元，较上年增加6570万元，增长6%，其中税收收入82539万元，较上年增加4674万元，增长6%；非税收入
 * 33520万元，较上年增加1896万元，增长6%”: when a “其中” list is complete (./complete-list.ts: every part of a known
 * identity, or closed by “…等其他…”), the parts' changes are the total's change — the change identity holds for any
 * whole, not only the 三公 lines the tables know. Judged only when the total and every part each have one change of
 * their paragraph tied to them with certainty, against last year (never against a budget, never both ways); a sum
 * beyond rounding is an error at the total's change naming both sides (the text alone cannot say which is wrong).
 */
export function checkListChanges(at: ParsedParagraph, reading: Reading): Located[] {
  const changes = at.sentences
    .flatMap((s) => s.claims)
    .filter((c): c is ChangeClaim => c.kind === "change" && !!c.subject?.certain && !c.againstBudget && !c.eitherWay);
  const changeOf = (m: Mention) => {
    const tied = changes.filter((c) => c.subject!.to === m);
    return tied.length === 1 ? tied[0] : undefined;
  };
  return at.sentences.flatMap((s) =>
    subsetLists(s).flatMap(({ total, parts }) => {
      const whole = changeOf(total);
      const own = parts.map(changeOf);
      if (!whole || own.some((c) => !c) || !completeIdentity(total, parts)) return [];
      const named = { label: total.label, quote: `${total.rawLabel}${total.text}` };
      const issue = judgeChanges(
        named,
        whole,
        parts.map((p) => p.label),
        own as ChangeClaim[],
        reading,
      );
      return issue ? [{ issue, at }] : [];
    }),
  );
}

/**
 * “比2014年年初预算减少8.35亿元,下降11.7%,其中,因公出国(境)费减少0.38亿元,公务用车购置及运行费减少6.68亿元,公务接待费减少1.29亿元”,
 * “一般公共预算收入比上年增收2000万元,其中:税收收入增收1500万元,非税收入增收500万元”: a “其中” that lists changes only, each named
 * by its own words, breaks down the change right before it. When the names are every part of a known whole
 * (./complete-list.ts) and the change before “其中” is that whole's — its own words name it, else the amount it is tied to
 * does (a tie left in doubt among the sentence's amounts is settled by the list: a part's change is listed on its own) — the
 * parts' changes add up to it. Read only when nothing but changes and their rates follow “其中” (a list of amounts is
 * checkListChanges'), every change is plain (no prior amount, no direction left open) and all are measured alike (against
 * last year, or all against the budget).
 */
export function checkChangeLists(at: ParsedParagraph, reading: Reading): Located[] {
  return at.sentences.flatMap((s) => {
    const list = changeList(s);
    if (!list) return [];
    const { whole, wholeName, names, parts } = list;
    const named = { label: wholeName, quote: `${whole.change.rawLabel}${whole.change.text}` };
    const issue = completeNames(wholeName, names) ? judgeChanges(named, whole, names, parts, reading) : undefined;
    return issue ? [{ issue, at }] : [];
  });
}

function changeList(s: SentenceClaims): { whole: ChangeClaim; wholeName: string; names: string[]; parts: ChangeClaim[] } | undefined {
  const found = [...s.sentence.matchAll(/其中/g)];
  if (found.length !== 1) return undefined;
  const position = s.start + found[0].index!;
  const changes = s.claims.filter((c): c is ChangeClaim => c.kind === "change");
  const whole = changes.filter((c) => c.change.end <= position).pop();
  const parts = changes.filter((c) => c.change.start > position);
  const listed = s.mentions.filter((m) => m.start > position && m.kind === "amount");
  if (!whole || parts.length < 2 || listed.some((m) => !parts.some((c) => c.change === m))) return undefined;
  if ([whole, ...parts].some((c) => c.eitherWay || c.prior || c.revised || !!c.againstBudget !== !!whole.againstBudget)) return undefined;
  // “比上年减少C,其中:…比预算减少a”: a part compared with anything else than the whole is (its own words) is another relation
  const compared = comparisonOf(whole.change);
  if (parts.some((c) => ![compared, ""].includes(comparisonOf(c.change)))) return undefined;
  const names = parts.map((c) => ownWords(c.change.rawLabel, true).replace(LIST_WORD, ""));
  const wholeName = ownWords(whole.change.rawLabel, true) || whole.subject?.to.label;
  if (!wholeName || names.some((n) => n === "")) return undefined;
  return { whole, wholeName, names, parts };
}
const LIST_WORD = /^其中[:：，,]?/;
/**
 * The words a change is compared with (“比2014年年初预算”, “同口径比2018年” as “比2018年”), “” when it names none (a part's
 * change then repeats the comparison of the change before it).
 */
function comparisonOf(change: Mention): string {
  const words = change.rawLabel.replace(/\s+/g, "");
  const at = words.search(/同比|环比|[比较与]/);
  return at < 0 ? "" : words.slice(at).replace(/(?:增加|减少|增长|下降|上升|降低|增收|减收|增支|减支|[增减])了?$/, "");
}

const signed = (c: ChangeClaim, reading: Reading) => reading.value(c.change).times(c.up ? 1 : -1);
const signedInterval = (c: ChangeClaim, reading: Reading) => reading.interval(c.change).scale(new Decimal(c.up ? 1 : -1));
const words = (value: Decimal, text: (d: Decimal) => string) => `${value.isNegative() ? "减少" : "增加"}${text(value.abs())}`;

/**
 * The parts' changes against the whole's: `named` is the whole as the message names it (its label, and the words quoted);
 * `labels` the parts'.
 */
function judgeChanges(
  named: { label: string; quote: string },
  whole: ChangeClaim,
  labels: readonly string[],
  own: ChangeClaim[],
  reading: Reading,
): Located["issue"] | undefined {
  const sum = own.reduce((acc, c) => acc.plus(signed(c, reading)), new Decimal(0));
  const judged = judgeAmounts(signed(whole, reading), signedInterval(whole, reading), sum, sumIntervals(own.map((c) => signedInterval(c, reading))));
  if (judged === "equal") return undefined;
  // a term tied to an amount found wrong (./change.ts tiedToSlip): no certain expected value, a warning
  const verdict = judged === "error" && [whole, ...own].some((c) => tiedToSlip(c, reading)) ? "warning" : judged;
  const { num, unit } = writtenUnit(whole.change);
  const terms = own.map((c, k) => `${labels[k]}${c.up ? "增加" : "减少"}${c.change.text}`).join("，");
  const summed = `${words(sum, num)}${unit}`;
  return {
    rule: "changeSum",
    verdict,
    target: whole.change,
    involved: own.map((c) => c.change),
    subject: `${named.label}增减额`,
    headline:
      verdict === "rounding"
        ? `${named.label}${whole.up ? "增加" : "减少"}${whole.change.text}，所列各项增减合计${summed}，相差在四舍五入尾差范围内，请确认。`
        : verdict === "warning"
          ? `${named.label}${whole.up ? "增加" : "减少"}${whole.change.text}，而其中所列全部${labels.length}项的增减合计${summed}：其中有金额已查出有误，其增减额属于哪一项不能确定，请核对。`
          : `${named.label}${whole.up ? "增加" : "减少"}${whole.change.text}，而其中所列全部${labels.length}项的增减合计${summed}：合计的增减额或某一项的增减额有误。`,
    steps: [
      ...own.map((c, k) => `${labels[k]} ${c.up ? "+" : "−"}${c.change.text}`),
      `合计 ${summed}`,
      `文中 ${named.label}${whole.up ? "增加" : "减少"}${whole.change.text}`,
    ],
    message: `“${named.quote}”：${terms}，各项增减合计${summed}，与所写${whole.up ? "增加" : "减少"}${whole.change.text}${verdict === "rounding" ? "相差在四舍五入尾差范围内" : "不符"}。`,
    expected: num(sum.abs()),
    actual: whole.change.printed,
  };
}
