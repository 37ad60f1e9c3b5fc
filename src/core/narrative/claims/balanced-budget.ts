import { toHalfWidth } from "../../numbers/parse-number";
import { GRANTING_KINDS } from "./budget-kinds";
import { placeName } from "./confirmation-words";
import type { Confirmation } from "./culprit";
import { CONTEXT_PREFIX } from "./figures";
import { withoutItemNumber } from "./item-numbers";
import type { SentenceClaims } from "./extract";
import type { Mention } from "./mentions";
import type { ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";

/**
 * A budget's balance: a 部门预算 / 决算's 收入总计 and 支出总计 of one year are equal (the 收支总表 is balanced:
 * “收支总预算8,795.61万元”), so the whole of one side, written as its own, confirms the whole of the other where the two are
 * equal as printed — as the same figure written again does (a slip is made once). 巫山 医共体 2026: “(一)收入预算:2026年年初
 * 预算数335.74万元,其中:…” and “(二)支出预算:2026年年初预算数335.74万元,其中:…”. Only each side's whole by its own
 * words (收入预算, 收入总预算, 收入总计; 收支总预算, 收支总计 for both): never 本年收入合计 against 本年支出合计, which the
 * 结转 make differ.
 *
 * A budget's 财政拨款 收入 and 支出 differ by its 结转 in general, so no identity ties them; but where the text prints them
 * equal (“2026年一般公共预算财政拨款收入335.74万元,一般公共预算财政拨款支出335.74万元”, 巫山 医共体 2026 ¶14) it states
 * one value twice, each side read from its own line: each confirms the other, in one sentence too. Printed unequal they say
 * nothing (the 结转 may be the difference).
 */
export function balanceConfirmation(parsed: readonly ParsedParagraph[], reading: Reading): (m: Mention) => Confirmation[] {
  const wholes = sideWholes(parsed);
  return (m) => {
    const own = wholes.find((w) => w.mention === m);
    const other = own && wholes.find((w) => balances(own, w) && reading.value(w.mention).equals(reading.value(m)));
    if (!other) return [];
    const elsewhere = other.sentence === own.sentence ? {} : { elsewhere: placeName(other.at) };
    return [{ kind: other.funded === undefined ? "balance" : "printedEqual", words: other.words, ...elsewhere }];
  };
}

/** Every whole of a side the text writes, in reading order. */
function sideWholes(parsed: readonly ParsedParagraph[]): SideWhole[] {
  return parsed.flatMap((at) =>
    at.sentences.flatMap((s) =>
      s.mentions.flatMap((m): SideWhole[] => {
        const named = m.kind === "amount" && m.groupSize === 1 ? sideNamed(s.sentence.slice(0, m.start - s.start)) : undefined;
        return named ? [{ mention: m, at, sentence: s, ...named, words: `${named.words}${m.text}` }] : [];
      }),
    ),
  );
}

/** The budget's 收入 whole and the 支出 whole that balances it, equal as printed (the 财政拨款 sides are no identity). */
export function balancedSides(parsed: readonly ParsedParagraph[], reading: Reading): [income: SideWhole, spending: SideWhole][] {
  const wholes = sideWholes(parsed).filter((w) => w.funded === undefined);
  return wholes
    .filter((w) => w.side === "收入")
    .flatMap((income): [SideWhole, SideWhole][] => {
      const same = (w: SideWhole) => w.side === "支出" && balances(income, w) && reading.value(w.mention).equals(reading.value(income.mention));
      const spending = wholes.find(same);
      return spending ? [[income, spending]] : [];
    });
}

/**
 * The whole of one side of a budget's money (收入 / 支出) or of both (收支) as written, with the unit and the year its words
 * name, if they name them.
 */
export interface SideWhole {
  mention: Mention;
  at: ParsedParagraph;
  sentence: SentenceClaims;
  side: string;
  /** The fund of a 财政拨款 side (“一般公共预算”, or "" for 财政拨款 of every fund); none for the budget's whole. */
  funded?: string;
  unit?: string;
  year?: string;
  words: string;
}

/**
 * Two wholes of the two sides (or one of both sides), of one unit and one year where both name theirs, in two sentences (as
 * a figure stated again: “收入总计4697.76万元,支出总计4697.76万元” may be one figure written twice in one go).
 */
const balances = (a: SideWhole, b: SideWhole) =>
  a.funded === b.funded &&
  (a.funded === undefined ? a.sentence !== b.sentence && (a.side !== b.side || a.side === BOTH) : a.side !== b.side) &&
  agree(a.unit, b.unit) &&
  agree(a.year, b.year);
const agree = (a?: string, b?: string) => !a || !b || a === b;
const BOTH = "收支";

/** The words after the last of `breaks` in `before`, half-width and without spaces: what names the amount that follows. */
export const lastClause = (before: string, breaks: RegExp): string => toHalfWidth(before).split(breaks).pop()!.replace(/\s+/g, "");

/**
 * The clause before an amount naming it the whole of a side: “(一)收入预算:2026年年初预算数”, “龙岗区残疾人联合会2016年度
 * 收入预算”, “2016年收支总预算”, “收入总计” — its unit and year before, its heading number; nothing that makes it
 * another figure (“一般公共预算收入预算”, “上年收入预算”: CONTEXT_PREFIX and QUALIFIED).
 */
function sideNamed(before: string): Omit<SideWhole, "mention" | "at" | "sentence"> | undefined {
  const clause = withoutItemNumber(lastClause(before, /[,，;；。]/));
  const whole = SIDE_WHOLE.exec(clause) ?? FUNDED_SIDE.exec(clause);
  if (!whole?.groups) return undefined;
  const { unit, side, year, budgetYear, fund } = whole.groups;
  if (QUALIFIED.test(unit) || !CONTEXT_PREFIX.test(unit)) return undefined;
  const owner = unit.replace(SELF, "");
  return {
    side,
    ...(fund === undefined ? {} : { funded: fund }),
    ...(owner ? { unit: owner } : {}),
    ...((year ?? budgetYear) ? { year: year ?? budgetYear } : {}),
    words: clause,
  };
}
const SIDE_WHOLE = new RegExp(
  `^(?<unit>.*?)(?:(?<year>\\d{4})年度?)?(?<side>收支|收入|支出)(?:总预算|预算总?(?:数|额|计)?|总计)` +
    `(?:[:：](?:(?<budgetYear>\\d{4})年度?)?(?:年初)?预算数?)?(?:为|是|共计)?[:：]?$`,
);
/** “2026年一般公共预算财政拨款收入”, “本单位财政拨款支出预算”: one side of the 财政拨款 of one fund or of all. */
const FUNDED_SIDE = new RegExp(
  `^(?<unit>.*?)(?:(?<year>\\d{4})年度?)?(?<fund>${GRANTING_KINDS.join("|")}|)财政拨款(?<side>收入|支出)(?:预算数?)?(?:为|是)?[:：]?$`,
);
/** The unit's words for itself and the year's (“本部门”, “我单位”, “本年”): no name. */
const SELF = /(?:本|我)(?:单位|部门)|本年度?|当年|全年/g;
/** Words that make an amount a fund's or last year's, not the unit's budget of the year. */
const QUALIFIED = /预算|基金|财政|拨款|国有资本|上年|去年|上一年|其中/;
