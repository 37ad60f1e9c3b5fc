/**
 * The budgets (预算) a government's money is kept in, each balanced on its own, in the order the laws and the tables list
 * them: an amount of one is never a part of another's (“一般公共预算收入…，其中：税收收入…；非税收入…；政府性基金预算收入1616万元” —
 * the last is no 一般公共预算收入).
 */
export interface BudgetKind {
  name: string;
  /** The name without its 预算, as texts write it (“政府性基金收入”); none where that is no name (“一般公共” is never said). */
  stem?: string;
  /** Other names texts write it by: 公共财政预算 (its name before the 2014 预算法), and “财政收入” for 一般公共预算收入. */
  otherNames?: string[];
  /** Whether a unit's 财政拨款 comes from it (财政拨款收入支出决算总表's columns): the 社会保险基金预算 grants none. */
  grants: boolean;
}

export const BUDGET_KINDS: readonly BudgetKind[] = [
  { name: "一般公共预算", otherNames: ["公共财政预算", "公共财政", "财政"], grants: true },
  { name: "政府性基金预算", stem: "政府性基金", grants: true },
  { name: "国有资本经营预算", stem: "国有资本经营", grants: true },
  { name: "社会保险基金预算", stem: "社会保险基金", grants: false },
];

/** The budgets a unit's 财政拨款 comes from: “一般公共预算财政拨款收入”, “政府性基金预算财政拨款收入”, “国有资本经营预算财政拨款收入”. */
export const GRANTING_KINDS: readonly string[] = BUDGET_KINDS.filter((k) => k.grants).map((k) => k.name);

/** Any budget's full name (“国有资本经营预算收入总量”): as regex source. */
export const KIND_NAME = BUDGET_KINDS.map((k) => k.name).join("|");

/** A budget as its words begin (“政府性基金收入”, “一般公共预算支出”): as regex source. */
export const KIND_STEM = BUDGET_KINDS.map((k) => k.stem ?? k.name).join("|");

/** A budget by any name texts write (“一般公共预算”, “公共财政预算”, “政府性基金”, “政府性基金预算”): as regex source. */
export const KIND_WRITTEN = BUDGET_KINDS.flatMap((k) => [k.stem ? `${k.stem}(?:预算)?` : k.name, ...(k.otherNames ?? [])]).join("|");
