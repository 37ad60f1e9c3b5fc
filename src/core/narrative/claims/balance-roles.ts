/**
 * The part an amount plays in a fund's balance for the year, by the words naming it (“收入1237万元,安排支出1169万元,结转下年
 * 使用68万元”): what came in this year (income), what was carried in from the year before (brought), what was arranged to be
 * spent (planned), what was spent (spent), what is left for the next year (carried). Defined once: ./plain-balance.ts reads
 * a balance from them.
 */
export type BalanceRole = "income" | "brought" | "planned" | "spent" | "carried";

/**
 * Each role's words. A name holds one of them (read longest first, so “上年结转” is brought, never carried, and “结转下年使用”
 * carried, never spent): a name holding none, or words of two roles, plays no role.
 */
const ROLE_WORDS: Record<BalanceRole, readonly string[]> = {
  brought: ["上年结转和结余", "上年结转结余", "年初结转和结余", "上年结转", "上年结余", "年初结转", "年初结余"],
  carried: ["结转下年使用", "结转下年", "年末结余", "结余", "结存"],
  income: ["收入", "筹集"],
  planned: ["安排下达支出", "安排支出"],
  spent: ["实际支出", "支出", "使用"],
};

const WORDS = Object.entries(ROLE_WORDS)
  .flatMap(([role, words]) => words.map((word) => ({ role: role as BalanceRole, word })))
  .sort((a, b) => b.word.length - a.word.length);
const ANY_WORD = new RegExp(WORDS.map((w) => w.word).join("|"), "g");

/**
 * Words that qualify a role's amount without naming another fund (“当年实际支出”, “总收入”, “支出总额为”, “结转下年使用资金”,
 * “年终结余”, “年末滚存结余”): what is left of a name once its role word and these are taken out is the fund it names, if any
 * — with its scope: “全区” and “区本级” are two.
 */
const QUALIFIERS = /本年|当年|全年|年终|年末|当期|滚存|实际|总额|合计|总计|总|共|累计|资金|为|额|了/g;

/** Whether a name holds any role's words (one role or several). */
export const holdsRoleWords = (label: string) => new RegExp(ANY_WORD.source).test(label);

/** A name's role and the fund it names (“县级福彩公益金本年收入”: income, 县级福彩公益金); none when it holds no one role. */
export function balanceRole(label: string): { role: BalanceRole; fund: string } | undefined {
  const found = [...label.matchAll(ANY_WORD)].map((m) => WORDS.find((w) => w.word === m[0])!.role);
  if (found.length === 0 || new Set(found).size > 1) return undefined;
  return { role: found[0], fund: label.replace(ANY_WORD, "").replace(QUALIFIERS, "") };
}

/**
 * How a carried amount's words say it was reached: over this period only (“当期结余”, “本年收支结余”: this year's income less
 * this year's spending), or accumulated over the years (“年末滚存结余”, “累计结余”: last year's balance is in it). A 结余 of
 * the year with no 收支 (“本年结余”, “当年结余”) says neither: texts write it for what is left at the year's end, what was
 * carried in too (西山 2022: 上年结余518.5785 + 本年留成241.8305 − 支出92.4875 = 本年结余667.9215).
 */
export function carriedSpan(label: string): "period" | "accumulated" | undefined {
  if (/当期|收支结余/.test(label)) return "period";
  return /滚存|累计/.test(label) ? "accumulated" : undefined;
}

/**
 * An income named as everything that came in (“总收入”, “收入合计”, “共筹集”), not one source among others — nor this year's
 * only (“本年收入合计”: the 决算's 年初结转和结余 is beside it).
 */
export const isWholeIncome = (label: string) => /总收入|收入(?:合计|总计|总额|总量)|共筹集|筹集总额/.test(label) && !namesThisYear(label);

/** A total named as this year's own (“本年收入合计”, “当年支出”): what was brought in or is carried out is none of it. */
export const namesThisYear = (whole: string) => /本年|当年/.test(whole);
