/** The three kinds of 财政拨款 (fund): column meanings and income lines of 财政拨款收入支出决算总表. */
export const FUNDS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"] as const;

/** The lines 财政拨款收入支出决算总表 splits by fund (年末财政拨款结转和结余/一般公共预算财政拨款, see fund-split.ts). */
export const CARRY_LINES: readonly string[] = ["年初财政拨款结转和结余", "年末财政拨款结转和结余"];

/** The names of the lines split by fund: "年初财政拨款结转和结余/一般公共预算财政拨款" … (six). */
export const CARRY_LINES_BY_FUND: readonly string[] = CARRY_LINES.flatMap((line) => FUNDS.map((fund) => `${line}/${fund}`));
