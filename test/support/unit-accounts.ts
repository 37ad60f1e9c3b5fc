import { Prng } from "./prng";
import {
  CAPITAL_CLASSES,
  FUND_CLASSES,
  GENERAL_CLASSES,
  PERSONNEL_CLASSES,
  PUBLIC_CLASSES,
  THREE_PUBLIC_ECONOMIC,
  type EconomicClass,
  type FunctionClass,
  type FunctionItem,
  type FunctionSection,
} from "./classification";

/**
 * The accounts of one reporting unit (单位), every amount an exact integer of 分 of 万元 (1 = 0.01 万元), built so
 * that every identity of docs/domain.md §3 holds exactly. Tables are rendered from this; nothing is computed twice.
 */

export type Cents = number;

/** Money of one 财政拨款 kind on one 项 line (年初 + 本年收入 = 本年支出 + 年末, by 基本/项目). */
export interface FlowAmounts {
  startBasic: Cents;
  startProject: Cents;
  incomeBasic: Cents;
  incomeProject: Cents;
  personnel: Cents;
  public: Cents;
  project: Cents;
  endBasic: Cents;
  endProjectCarry: Cents;
  endProjectSurplus: Cents;
}

export const FLOW_FIELDS: (keyof FlowAmounts)[] = [
  "startBasic",
  "startProject",
  "incomeBasic",
  "incomeProject",
  "personnel",
  "public",
  "project",
  "endBasic",
  "endProjectCarry",
  "endProjectSurplus",
];

/** Money not from 财政拨款 on one 项 line. */
export interface OtherAmounts {
  basic: Cents;
  project: Cents;
  toUpper: Cents; // 上缴上级支出
  operating: Cents; // 经营支出
  toSubsidiary: Cents; // 对附属单位补助支出
  fromUpper: Cents; // 上级补助收入
  career: Cents; // 事业收入
  education: Cents; // 其中：教育收费 (≤ career)
  operatingIncome: Cents; // 经营收入
  fromSubsidiary: Cents; // 附属单位上缴收入
  otherIncome: Cents; // 其他收入
}

export type FundKind = "general" | "fund" | "capital";
export const FUND_KINDS: FundKind[] = ["general", "fund", "capital"];

/** One line of a function-code table: 类, 款 or 项, with its amounts (sums of its 项 for 类/款). */
export interface FunctionLine {
  code: string;
  name: string;
  level: 1 | 2 | 3;
  flows: Record<FundKind, FlowAmounts>;
  other: OtherAmounts;
}

export interface EconomicLine {
  code: string;
  name: string;
  level: 1 | 2;
  amount: Cents;
}

/** 三公 amounts of one column (预算数 / 全年预算数 / 决算数). */
export interface ThreePublic {
  abroad: Cents;
  carPurchase: Cents;
  carRunning: Cents;
  receptionDomestic: Cents;
  receptionForeign: Cents;
}

export interface UnitAccounts {
  department: string;
  /** Sorted by code; 类, 款, 项 interleaved as printed. Contains every line with money of any kind. */
  lines: FunctionLine[];
  personnelLines: EconomicLine[];
  publicLines: EconomicLine[];
  threePublic: { budget: ThreePublic; adjusted: ThreePublic; actual: ThreePublic };
  /** 相关统计数 (counts, not money). */
  threePublicStats: { groups: number; trips: number; cars: number; receptionBatches: number; receptionPeople: number };
  /** 非财政拨款 年初/年末 and the two 收入支出决算总表 balancing lines. */
  otherStart: Cents;
  otherEnd: Cents;
  useOfReserve: Cents; // 使用非财政拨款结余
  distribution: Cents; // 结余分配
  hasFund: boolean;
  hasCapital: boolean;
}

const ZERO_FLOW: FlowAmounts = {
  startBasic: 0,
  startProject: 0,
  incomeBasic: 0,
  incomeProject: 0,
  personnel: 0,
  public: 0,
  project: 0,
  endBasic: 0,
  endProjectCarry: 0,
  endProjectSurplus: 0,
};
const ZERO_OTHER: OtherAmounts = {
  basic: 0,
  project: 0,
  toUpper: 0,
  operating: 0,
  toSubsidiary: 0,
  fromUpper: 0,
  career: 0,
  education: 0,
  operatingIncome: 0,
  fromSubsidiary: 0,
  otherIncome: 0,
};

export function emptyFlows(): Record<FundKind, FlowAmounts> {
  return { general: { ...ZERO_FLOW }, fund: { ...ZERO_FLOW }, capital: { ...ZERO_FLOW } };
}

/**
 * Generates one unit's accounts. `scale` multiplies typical amounts (1 ≈ a few thousand 万元 in total);
 * `allSubjects` uses every subject of the catalogue (about 56 code lines) with money of all three kinds.
 */
export function generateUnitAccounts(rng: Prng, department: string, scale = 1, allSubjects = false): UnitAccounts {
  const hasFund = allSubjects || rng.chance(0.4);
  const hasCapital = allSubjects || rng.chance(0.15);
  const pickItems = (classes: FunctionClass[], count: number) => (allSubjects ? everyItem(classes) : pickSomeItems(rng, classes, count));
  const items = new Map<string, { item: ItemPlan; flows: Record<FundKind, FlowAmounts>; other: OtherAmounts }>();
  const add = (plan: ItemPlan, kind: FundKind | "other") => {
    const entry = items.get(plan.code) ?? { item: plan, flows: emptyFlows(), other: { ...ZERO_OTHER } };
    if (kind === "other") entry.other = otherExpense(rng, scale);
    else entry.flows[kind] = flowAmounts(rng, kind, scale);
    items.set(plan.code, entry);
  };
  for (const plan of pickItems(GENERAL_CLASSES, rng.int(2, 5))) add(plan, "general");
  if (hasFund) for (const plan of pickItems(FUND_CLASSES, rng.int(1, 2))) add(plan, "fund");
  if (hasCapital) for (const plan of pickItems(CAPITAL_CLASSES, 1)) add(plan, "capital");
  const entries = [...items.values()];
  for (const e of entries) if (rng.chance(0.3)) e.other = otherExpense(rng, scale);
  const useOfReserve = rng.chance(0.2) ? rng.int(1, 5000) * scale : 0;
  const distribution = rng.chance(0.15) ? rng.int(1, 3000) * scale : 0;
  const otherStart = rng.chance(0.4) ? rng.int(1, 20000) * scale : 0;
  const otherExpenses = entries.reduce((s, e) => s + e.other.basic + e.other.project + e.other.toUpper + e.other.operating + e.other.toSubsidiary, 0);
  const otherIncome = Math.max(0, otherExpenses + distribution - otherStart - useOfReserve) + (rng.chance(0.5) ? rng.int(0, 10000) * scale : 0);
  distributeOtherIncome(
    rng,
    entries.map((e) => e.other),
    otherIncome,
  );
  const lines = buildLines(entries.map((e) => ({ ...e.item, flows: e.flows, other: e.other })));
  const general = sumFlows(lines.filter((l) => l.level === 1).map((l) => l.flows.general));
  const economic = economicLines(rng, general.personnel, general.public);
  return {
    department,
    lines,
    personnelLines: economic.personnel,
    publicLines: economic.public,
    ...threePublic(rng, economic.public, scale),
    otherStart,
    otherEnd: otherIncome + otherStart + useOfReserve - otherExpenses - distribution,
    useOfReserve,
    distribution,
    hasFund,
    hasCapital,
  };
}

interface ItemPlan {
  code: string;
  name: string;
  classCode: string;
  className: string;
  sectionCode: string;
  sectionName: string;
}

function pickSomeItems(rng: Prng, classes: FunctionClass[], classCount: number): ItemPlan[] {
  const plans: ItemPlan[] = [];
  for (const cls of rng.sample(classes, classCount)) {
    for (const section of rng.sample(cls.sections, rng.int(1, cls.sections.length))) {
      for (const item of rng.sample(section.items, rng.int(1, section.items.length))) plans.push(itemPlan(cls, section, item));
    }
  }
  return plans;
}

function everyItem(classes: FunctionClass[]): ItemPlan[] {
  return classes.flatMap((cls) => cls.sections.flatMap((section) => section.items.map((item) => itemPlan(cls, section, item))));
}

function itemPlan(cls: FunctionClass, section: FunctionSection, item: FunctionItem): ItemPlan {
  return { code: item.code, name: item.name, classCode: cls.code, className: cls.name, sectionCode: section.code, sectionName: section.name };
}

function flowAmounts(rng: Prng, kind: FundKind, scale: number): FlowAmounts {
  const big = (max: number) => rng.int(100, max) * scale;
  const some = (p: number, max: number) => (rng.chance(p) ? rng.int(1, max) * scale : 0);
  const hasBasic = kind === "general" ? rng.chance(0.8) : kind === "fund" && rng.chance(0.2);
  const personnel = hasBasic ? big(60000) : 0;
  const pub = hasBasic && rng.chance(0.7) ? big(8000) : 0;
  const project = !hasBasic || rng.chance(0.5) ? big(20000) : 0;
  const endBasic = hasBasic ? some(0.2, 2000) : 0;
  const endProjectCarry = some(0.25, 5000);
  const endProjectSurplus = some(0.1, 800);
  const startBasic = Math.min(personnel + pub + endBasic, some(0.2, 2000));
  const startProject = Math.min(project + endProjectCarry + endProjectSurplus, some(0.3, 6000));
  return {
    startBasic,
    startProject,
    incomeBasic: personnel + pub + endBasic - startBasic,
    incomeProject: project + endProjectCarry + endProjectSurplus - startProject,
    personnel,
    public: pub,
    project,
    endBasic,
    endProjectCarry,
    endProjectSurplus,
  };
}

function otherExpense(rng: Prng, scale: number): OtherAmounts {
  const some = (p: number, max: number) => (rng.chance(p) ? rng.int(1, max) * scale : 0);
  return {
    ...ZERO_OTHER,
    basic: some(0.7, 20000),
    project: some(0.5, 10000),
    toUpper: some(0.1, 500),
    operating: some(0.15, 3000),
    toSubsidiary: some(0.1, 2000),
  };
}

/** Spreads the non-财政拨款 income over the lines and income columns; 教育收费 is a part of 事业收入. */
function distributeOtherIncome(rng: Prng, others: OtherAmounts[], total: number): void {
  const perLine = rng.split(total, others.length, 0.3);
  others.forEach((o, i) => {
    const [fromUpper, career, operatingIncome, fromSubsidiary, otherIncome] = rng.split(perLine[i], 5, 0.5);
    Object.assign(o, { fromUpper, career, operatingIncome, fromSubsidiary, otherIncome, education: rng.chance(0.3) ? rng.int(0, career) : 0 });
  });
}

export function sumFlows(flows: FlowAmounts[]): FlowAmounts {
  const out = { ...ZERO_FLOW };
  for (const f of flows) for (const k of FLOW_FIELDS) out[k] += f[k];
  return out;
}

export function sumOther(others: OtherAmounts[]): OtherAmounts {
  const out = { ...ZERO_OTHER };
  for (const o of others) for (const k of Object.keys(out) as (keyof OtherAmounts)[]) out[k] += o[k];
  return out;
}

/** 项 lines with their 款 and 类 parents (sums), sorted by code. */
function buildLines(items: (ItemPlan & { flows: Record<FundKind, FlowAmounts>; other: OtherAmounts })[]): FunctionLine[] {
  const byCode = new Map<string, FunctionLine>();
  const ensure = (code: string, name: string, level: 1 | 2 | 3) => {
    const line = byCode.get(code) ?? { code, name, level, flows: emptyFlows(), other: { ...ZERO_OTHER } };
    byCode.set(code, line);
    return line;
  };
  for (const item of items) {
    const targets = [ensure(item.classCode, item.className, 1), ensure(item.sectionCode, item.sectionName, 2), ensure(item.code, item.name, 3)];
    for (const t of targets) {
      for (const kind of FUND_KINDS) t.flows[kind] = sumFlows([t.flows[kind], item.flows[kind]]);
      t.other = sumOther([t.other, item.other]);
    }
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Splits 人员经费 over 301/303 items and 公用经费 over 302/307/310 items; every printed code line kept. */
function economicLines(rng: Prng, personnel: Cents, publicTotal: Cents): { personnel: EconomicLine[]; public: EconomicLine[] } {
  const personnelSplit = rng.split(personnel, 2, 0.1);
  const publicSplit = [...rng.split(publicTotal, 2, 0.25), 0];
  if (rng.chance(0.15)) [publicSplit[1], publicSplit[2]] = [0, publicSplit[1]];
  return {
    personnel: economicBlock(rng, PERSONNEL_CLASSES, personnelSplit),
    public: economicBlock(rng, PUBLIC_CLASSES, [publicSplit[0], publicSplit[2], publicSplit[1]]),
  };
}

function economicBlock(rng: Prng, classes: EconomicClass[], totals: Cents[]): EconomicLine[] {
  const out: EconomicLine[] = [];
  classes.forEach((cls, i) => {
    const parts = rng.split(totals[i], cls.items.length, 0.55);
    out.push({ code: cls.code, name: cls.name, level: 1, amount: totals[i] });
    cls.items.forEach(([code, name], j) => out.push({ code, name, level: 2, amount: parts[j] }));
  });
  return out;
}

/** 三公: 决算数 covers at least the 基本支出 lines 30212/30217/30231/31013 (三公 also includes 项目支出). */
function threePublic(rng: Prng, publicLines: EconomicLine[], scale: number): Pick<UnitAccounts, "threePublic" | "threePublicStats"> {
  const t6 = (code: string) => publicLines.find((l) => l.code === code)?.amount ?? 0;
  const extra = (p: number, max: number) => (rng.chance(p) ? rng.int(1, max) * scale : 0);
  const actual: ThreePublic = {
    abroad: t6(THREE_PUBLIC_ECONOMIC.abroad) + extra(0.1, 800),
    carPurchase: t6(THREE_PUBLIC_ECONOMIC.carPurchase) + extra(0.1, 3000),
    carRunning: t6(THREE_PUBLIC_ECONOMIC.carRunning) + extra(0.4, 500),
    receptionDomestic: t6(THREE_PUBLIC_ECONOMIC.reception) + extra(0.4, 300),
    receptionForeign: extra(0.05, 200),
  };
  const budgetOf = (): ThreePublic => ({
    abroad: actual.abroad > 0 ? actual.abroad + rng.int(0, 200) * scale : 0,
    carPurchase: actual.carPurchase > 0 ? actual.carPurchase + rng.int(0, 500) * scale : 0,
    carRunning: actual.carRunning + rng.int(0, 300) * scale,
    receptionDomestic: actual.receptionDomestic + rng.int(0, 200) * scale,
    receptionForeign: actual.receptionForeign,
  });
  const budget = budgetOf();
  return {
    threePublic: { budget, adjusted: rng.chance(0.5) ? budget : budgetOf(), actual },
    threePublicStats: {
      groups: actual.abroad > 0 ? rng.int(1, 3) : 0,
      trips: actual.abroad > 0 ? rng.int(1, 9) : 0,
      cars: rng.int(0, 6),
      receptionBatches: actual.receptionDomestic > 0 ? rng.int(1, 40) : 0,
      receptionPeople: actual.receptionDomestic > 0 ? rng.int(5, 400) : 0,
    },
  };
}

export function threePublicTotal(t: ThreePublic): { total: Cents; car: Cents; reception: Cents } {
  const car = t.carPurchase + t.carRunning;
  const reception = t.receptionDomestic + t.receptionForeign;
  return { total: t.abroad + car + reception, car, reception };
}
