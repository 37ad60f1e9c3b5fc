import type { Decimal } from "../../numbers/decimal";
import { sumOf } from "./cross";
import { isStatedTotal } from "./binding";
import { balanceRole, carriedSpan, holdsRoleWords, isWholeIncome, type BalanceRole } from "./balance-roles";
import { culpritOf, type Relations } from "./culprit";
import type { SentenceClaims } from "./extract";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { culpritIssue } from "./total-slips";

/**
 * A fund's balance written as plain clauses, no “收支相抵” before it (./balance.ts reads those): “2021年市级彩票公益金收入1237万
 * 元,安排支出1169万元,结转下年使用68万元” (庆阳 2021), “…总收入266.98万元,上年结转171.6万元,…总支出405.43万元,结余33.15万元”
 * (曾都 2022), “当年安排支出276.288万元,当年实际支出219.488万元,结转下年使用资金56.8万元” (勉县 2021). The amounts of one
 * sentence — or of a sentence and the next of its paragraph, when the first leaves the balance open — whose names each hold
 * one role (./balance-roles.ts), of one fund (with its scope) and one year, tie with certainty when
 * - every amount after the first with a role has one (an amount whose words name no role before them names the fund:
 *   “省市下达福彩公益金276.288万元,当年安排支出…”), none inside parentheses, none after a “其中” (its parts, a list of their own);
 * - each role is named once, and there is an amount carried over and one spent (or arranged to be spent);
 * then what came in equals what was spent plus what is carried over: income (+ brought) = spent + carried, or — the
 * amount arranged against the amount spent — planned − spent = carried. Texts differ on whether 上年结转 is inside 收入 or
 * beside it: with both named, each reading is tried and only both breaking is an error.
 */
export function checkPlainBalances(parsed: readonly ParsedParagraph[], reading: Reading, relations: Relations): Located[] {
  return plainBalances(parsed).flatMap(({ balance, at }) => {
    const issue = balanceIssue(balance, reading, relations);
    return issue ? [{ issue, at }] : [];
  });
}

/** A balance read: each role's one amount. */
export type Balance = Partial<Record<BalanceRole, Mention>>;

/** Every balance the text writes as plain clauses, each at its paragraph. */
export function plainBalances(parsed: readonly ParsedParagraph[]): { balance: Balance; at: ParsedParagraph }[] {
  return parsed.flatMap((at) =>
    at.sentences.flatMap((s, i) => {
      const balance = balanceOf([s]) ?? (opensBalance(s) && at.sentences[i + 1] ? balanceOf([s, at.sentences[i + 1]]) : undefined);
      return balance ? [{ balance, at }] : [];
    }),
  );
}

const YEAR = /(\d{4})\s*年/;
const PARTS_OPEN = /其中|包括/;

/** The amounts of `sentences` (up to a “其中”) as one balance, when they tie with certainty. */
function balanceOf(sentences: readonly SentenceClaims[]): Balance | undefined {
  const amounts = sentences.flatMap((s, k) => (k > 0 && PARTS_OPEN.test(s.sentence.slice(0, 4)) ? [] : beforeParts(s)));
  const roled = amounts.map((m) => ({ m, role: balanceRole(m.label) }));
  const first = roled.findIndex((r) => r.role);
  if (first < 0 || amounts.some((m) => m.depth > 0 || !isStatedTotal(m))) return undefined;
  // an amount before them names the fund only when its words name no role at all (not words of two roles)
  if (roled.slice(0, first).some((r) => holdsRoleWords(r.m.label))) return undefined;
  const tied = roled.slice(first);
  if (tied.some((r) => !r.role)) return undefined;
  const balance: Balance = {};
  for (const { m, role } of tied) {
    if (balance[role!.role]) return undefined;
    balance[role!.role] = m;
  }
  const funds = tied.map((r) => r.role!.fund).filter((f) => f !== "");
  const years = new Set(tied.map((r) => YEAR.exec(r.m.rawLabel)?.[1]).filter((y) => y !== undefined));
  if (!funds.every((f) => funds.every((g) => f.endsWith(g) || g.endsWith(f))) || years.size > 1) return undefined;
  return complete(balance) ? balance : undefined;
}

/** The amounts of a sentence before a “其中” opens its parts. */
function beforeParts(s: SentenceClaims): Mention[] {
  const opened = s.sentence.search(PARTS_OPEN);
  const amounts = s.mentions.filter((m) => m.kind === "amount");
  return opened < 0 ? amounts : amounts.filter((m) => m.start < s.start + opened);
}

const complete = (b: Balance) => !!b.carried && (b.planned && b.spent ? true : !!(b.planned ?? b.spent) && !!(b.income ?? b.brought));

/** A sentence that names a role but leaves the balance open: the next sentence may close it. */
const opensBalance = (s: SentenceClaims) => s.mentions.some((m) => m.kind === "amount" && balanceRole(m.label));

/**
 * The readings of a balance: what came in (one or two amounts), what went out, what is carried over. With 收入 and 上年结转
 * both named, 上年结转 may be beside 收入 or inside it.
 */
function readingsOf(b: Balance): { inflows: Mention[]; spent: Mention; carried: Mention }[] {
  const carried = b.carried!;
  if (b.planned && b.spent) return [{ inflows: [b.planned], spent: b.spent, carried }];
  const spent = (b.spent ?? b.planned)!;
  const inflows = [b.income, b.brought].filter((m): m is Mention => !!m);
  return inflows.length === 2
    ? [
        { inflows, spent, carried },
        { inflows: [b.income!], spent, carried },
      ]
    : [{ inflows, spent, carried }];
}

/**
 * Whether the amounts named as coming in are all that came in: the amount arranged against the amount spent needs none;
 * 收入 with 上年结转, a 收入 named as the whole (“总收入”, “收入合计”) or a carried amount of the period only (“当期结余”)
 * leave nothing out; a plain 收入 beside a 结转 / 结余 may leave out what was carried in (no 上年结转 written), a 上年结转
 * with no 收入 the year's income: a break is then a doubt to check; a balance accumulated over the years (“年末滚存结余”) with no 上年结余 written never balances
 * the year's amounts alone.
 */
function inflowsKnown(b: Balance): "all" | "maybe" | "none" {
  if ((b.planned && b.spent) || (b.income && b.brought)) return "all";
  const span = carriedSpan(b.carried!.label);
  if (!b.income) return "maybe";
  if (span === "accumulated") return "none";
  return span === "period" || isWholeIncome(b.income.label) ? "all" : "maybe";
}

function balanceIssue(b: Balance, reading: Reading, relations: Relations): ClaimIssue | undefined {
  const known = inflowsKnown(b);
  if (known === "none") return undefined;
  const readings = readingsOf(b);
  const verdicts = readings.map((r) => reading.judgeSum(r.carried, r.inflows, "=", [r.spent]).verdict);
  if (verdicts.includes("equal")) return undefined;
  const first = readings[0];
  const verdict = verdicts.includes("rounding") ? "rounding" : known === "all" ? "error" : "warning";
  if (verdict === "error" && readings.length === 1 && first.inflows.length === 1) {
    const [total, parts] = [first.inflows[0], [first.spent, first.carried]];
    const culprit = culpritOf({
      total,
      parts,
      value: (m) => reading.value(m),
      standing: (m, at) => (m === total ? relations.ofTotal(m, undefined, at) : relations.ofPart(m, undefined, at)),
      confirmedBy: (at) => relations.confirmationOf(total, undefined, at),
      accusedBy: (m, at) => relations.accusationOf(m, undefined, at),
    });
    if (culprit.at !== "total") return culpritIssue("total", { total, name: total.label, parts, names: parts.map((p) => p.label) }, culprit, reading);
  }
  return carriedIssue(verdict, readings[0], reading);
}

/** The amount carried over against what came in less what went out (the first reading: every amount named). */
function carriedIssue(verdict: "rounding" | "error" | "warning", r: ReturnType<typeof readingsOf>[number], reading: Reading): ClaimIssue {
  const figures = [...r.inflows, r.spent, r.carried];
  // every figure to the finest decimals any of them is printed to (“276.288 − 219.488 = 56.80”)
  const { num, unit } = writtenUnit({ ...r.carried, places: Math.max(...figures.map((m) => m.places)) });
  const inflow = sumOf(r.inflows.map((m) => reading.value(m)));
  const right: Decimal = inflow.minus(reading.value(r.spent));
  const terms = [...r.inflows.map((m) => `${m.label}${num(reading.value(m))}`).join(" + "), ` − ${r.spent.label}${num(reading.value(r.spent))}`].join("");
  const equation = `${terms} = ${num(right)}${unit}`;
  const written = `${r.carried.label}${r.carried.text}`;
  return {
    rule: "total",
    verdict,
    target: r.carried,
    involved: [...r.inflows, r.spent],
    subject: r.carried.label,
    headline: {
      rounding: `文中写${written}，按 ${equation}，相差在四舍五入尾差范围内，请确认。`,
      error: `文中写${written}，而 ${equation}：${r.carried.label}或收入、支出有误。`,
      warning: `文中写${written}，而 ${equation}：文中未写上年结转，请核对是否另有上年结转或其他收支，否则${r.carried.label}或收入、支出有误。`,
    }[verdict],
    steps: [...r.inflows.map((m) => `${m.label} ${m.text}`), `${r.spent.label} ${r.spent.text}`, equation, `文中${written}`],
    message: `${terms.replace(/ /g, "")}为${num(right)}${unit}，文中写${written}。`,
    expected: num(right),
    actual: r.carried.printed,
  };
}
