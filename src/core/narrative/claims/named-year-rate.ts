import { figureBinding } from "./figures";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import type { Statement } from "./statements";
import { twoYearRateIssue } from "./stated-rate";

/**
 * “2015年收入预算1299.3万元,支出预算1299.3万元;” “2016年收入预算1560.62万元,支出预算1560.62万元。” “2016年收入(支出)预算
 * 比2015年增长20.1%”: a rate whose sentence states no amount, its own words naming the item, its year (or none: the
 * report's) and the year compared with — and nothing else — is that item's growth between the amounts the text stated
 * before for those two years. Tied only when the lines leave no doubt: the amounts are named as the rate names its items
 * (“收入(支出)预算” gives 收入预算 and 支出预算 — words a budget uses loosely, for 本年收入合计 or the 收支总计, so only amounts
 * named with the same loose words are theirs), and every such amount stated before in each year has one value. Several
 * values, a year with none, or words naming more: nothing is said.
 */
export function checkNamedYearRates(
  statements: readonly Statement[],
  parsed: readonly ParsedParagraph[],
  family: "决算" | "预算",
  year: number | undefined,
  reading: Reading,
): Located[] {
  if (year === undefined) return [];
  return parsed.flatMap((at) =>
    at.sentences.flatMap((s) => {
      if (s.mentions.some((m) => m.kind === "amount")) return [];
      return s.mentions.flatMap((rate): Located[] => {
        const named = namedRate(rate, year);
        if (!named) return [];
        const before = statements.filter((x) => x.at.order < at.order || (x.at === at && x.mention.start < rate.start));
        const figures = named.items.map((item) => figureBinding(item, family));
        if (figures.some((f) => !f)) return [];
        const ofYear = (y: number) => before.filter((x) => figures.some((f) => namesAlike(f!, x)) && (x.year ?? year) === y).map((x) => x.mention);
        const [current, prior] = [oneValue(ofYear(named.year)), oneValue(ofYear(named.compared))];
        if (!current || !prior) return [];
        const [now, then] = [reading.value(current), reading.value(prior)];
        if (now.equals(then) || now.greaterThan(then) !== named.up) return [];
        return twoYearRateIssue(rate, current, prior, named.up, reading, true).map((issue) => ({ issue, at }));
      });
    }),
  );
}

/** “2016年收入(支出)预算比2015年增长”, “支出预算较上年下降”: the item's names, the two years, the direction. */
const RATE_WORDS = /^(?:(\d{4})年度?)?([^，,；;。：:\d]+?)(?:比|较)(?:(\d{4})年度?|上年|去年)(?:相比)?(增长|增加|上升|下降|减少|降低)了?$/;
/** “收入(支出)预算”: two names written as one, the second word in parentheses in place of the first. */
const EITHER_NAME = /^([^（）()]*?)([^（）()]+)[（(]([^（）()]+)[)）]([^（）()]*)$/;

function namedRate(rate: Mention, reportYear: number): { items: string[]; year: number; compared: number; up: boolean } | undefined {
  const words = RATE_WORDS.exec(rate.rawLabel.replace(/\s+/g, ""));
  if (rate.kind !== "percent" || rate.groupSize !== 1 || rate.depth !== 0 || !words) return undefined;
  const year = words[1] ? Number(words[1]) : reportYear;
  const compared = words[3] ? Number(words[3]) : year - 1;
  if (compared >= year) return undefined;
  const either = EITHER_NAME.exec(words[2]);
  const items = either ? [either[1] + either[2] + either[4], either[1] + either[3] + either[4]] : [words[2]];
  return { items, year, compared, up: /增|升/.test(words[4]) };
}

/** The statement names the figure as the rate's words do: the same figure, and the same others it may be instead. */
const namesAlike = (binding: { figure: string; others: readonly string[] }, x: Statement) =>
  binding.figure === x.figure && binding.others.length === x.others.length && binding.others.every((o) => x.others.includes(o));

/** The amount stated, when every amount stated is the same figure (one value, one unit). */
function oneValue(amounts: readonly Mention[]): Mention | undefined {
  const [first] = amounts;
  return first && amounts.every((m) => m.value.equals(first.value) && m.unit.equals(first.unit)) ? first : undefined;
}
