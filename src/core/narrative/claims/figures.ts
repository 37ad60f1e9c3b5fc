import { GRANTING_KINDS, KIND_STEM, KIND_WRITTEN } from "./budget-kinds";
import { SHARED_UNIT_NAME_END, UNIT_NAME_END } from "./unit-names";

/**
 * The “三公” items go by the same words in a budget and in a final-accounts text (“因公出国(境)支出0.6亿元、公务用车购置及运行维护
 * 支出3.3亿元、公务接待费支出0.87亿元”, 广东省级 2021 预算). 中央部门 reports of 2010–2011 name them without 因公 / 公务用车:
 * “出国（境）费”, “车辆购置及运行费”.
 */
const SANGONG_ITEM_WORDS: Record<string, string[]> = {
  因公出国费: ["因公出国（境）费", "因公出国（境）经费", "因公出国（境）费用", "因公出国（境）", "因公出国", "出国（境）费", "出国（境）经费"],
  公务用车费: ["公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置及运行维护", "车辆购置及运行费"],
  公务用车购置费: ["公务用车购置费", "公务用车购置经费", "公务用车购置"],
  公务用车运行维护费: ["公务用车运行维护费", "公务用车运行费", "公务用车运行费用", "公务用车运行维护", "车辆运行维护费"],
  公务接待费: ["公务接待费", "公务接待"],
};

/**
 * How the 情况说明 names the figures of the built-in templates (their 定义 names): the words a sentence
 * puts before an amount. The longest matching words win (“一般公共预算财政拨款基本支出” before “基本支出”).
 */
export const FIGURE_WORDS: Record<"决算" | "预算", Record<string, string[]>> = {
  决算: {
    收支总计: ["收、支总计", "收支总计", "收入支出总计"],
    // the 收入支出决算总表's own lines (“本部分的收入总计包括收入合计、年初结转和结余，支出总计包括本年支出合计、年末结转和结余”)
    收入总计: ["收入总计"],
    支出总计: ["支出总计"],
    本年收入合计: ["本年收入合计", "本年收入", "收入合计", "总收入"],
    使用非财政拨款结余: ["使用非财政拨款结余"],
    年初结转和结余: ["年初结转和结余", "年初结转结余"],
    财政拨款收入: ["财政拨款收入"],
    本年支出合计: ["本年支出合计", "本年支出", "支出合计", "总支出"],
    结余分配: ["结余分配"],
    年末结转和结余: ["年末结转和结余", "年末结转结余"],
    基本支出: ["基本支出"],
    项目支出: ["项目支出"],
    财政拨款收支总计: ["财政拨款收、支总计", "财政拨款收支总计", "财政拨款收入支出总计"],
    一般公共预算财政拨款支出: ["一般公共预算财政拨款支出"],
    一般公共预算财政拨款基本支出: ["一般公共预算财政拨款基本支出"],
    人员经费: ["人员经费", "人员支出"],
    公用经费: ["公用经费", "日常公用经费"],
    // the 三公 table is the 一般公共预算财政拨款 one: that scope names the same figure
    三公经费合计: [
      "一般公共预算财政拨款“三公”经费支出",
      "一般公共预算财政拨款三公经费支出",
      "一般公共预算“三公”经费支出",
      "一般公共预算三公经费支出",
      "“三公”经费财政拨款支出",
      "“三公”经费支出",
      "三公经费财政拨款支出",
      "三公经费支出",
      "“三公”经费",
      "“三公经费”",
      "“三公”支出",
      "“三公”经费财政拨款",
      // 公共财政 is the 一般公共预算's name before the 2015 budget law (长乐 2017: “区级“三公”经费公共财政拨款支出1360.13万元”)
      "“三公”经费公共财政拨款",
    ],
    ...SANGONG_ITEM_WORDS,
    机关运行经费: ["机关运行经费"],
    政府采购支出总额: ["政府采购支出总额", "政府采购支出", "政府采购金额"],
    政府采购货物支出: ["政府采购货物支出", "政府采购货物", "货物采购金额"],
    政府采购工程支出: ["政府采购工程支出", "政府采购工程", "工程采购金额"],
    政府采购服务支出: ["政府采购服务支出", "政府采购服务", "服务采购金额"],
  },
  预算: {
    收支总计: ["收支预算总数", "收支总计"],
    // the 部门收支总表's own line names as well (“本年收入合计3874.92万元,其中:…。本年收入较上年减少484.05”)
    本年收入合计: ["收入预算", "本年收入合计", "本年收入"],
    一般公共预算拨款收入: ["一般公共预算拨款收入"],
    本年支出合计: ["支出预算", "本年支出合计", "本年支出"],
    基本支出: ["基本支出"],
    项目支出: ["项目支出"],
    财政拨款收支总计: ["财政拨款收支预算总数"],
    一般公共预算当年拨款: ["一般公共预算当年拨款"],
    一般公共预算基本支出: ["一般公共预算基本支出"],
    人员经费: ["人员经费"],
    公用经费: ["公用经费"],
    三公经费合计: [
      "一般公共预算财政拨款“三公”经费",
      "一般公共预算财政拨款三公经费",
      "一般公共预算“三公”经费",
      "一般公共预算三公经费",
      "“三公”经费财政拨款预算数",
      "“三公”经费财政拨款预算",
      "“三公”经费",
      "三公经费",
    ],
    ...SANGONG_ITEM_WORDS,
    机关运行经费: ["运行经费财政拨款预算", "机关运行经费"],
  },
};

/** Words that may follow the figure's name before the amount (“…支出决算为”, “…决算数”; in a budget text “…预算”). */
const TAILS = [
  "",
  "支出",
  "支出决算",
  "决算支出",
  "决算支出数",
  "决算",
  "决算数",
  "支出决算数",
  "决算总额",
  "支出决算总额",
  "支出总额",
  "总额",
  "合计支出",
  "合计",
  "支出合计",
  "支出总数",
  // a county's roundup of its units (“全县“三公”经费决算汇总数为583.83万元”)
  "汇总数",
  "支出汇总数",
  "决算汇总数",
  "支出决算汇总数",
  "预算数",
  "预算",
  "支出预算",
  "预算总计",
  "预算总额",
  "预算合计",
  "预算安排",
  "安排",
];
const NAMED_IN_PARENTHESES = new RegExp(`^.*（([^（）]+)）(${["决算总额", "支出决算总额", "决算", "预算总额", "总额"].join("|")})$`);
const BUDGET_TAILS = new Set(["预算数", "预算", "支出预算", "预算总计", "预算总额", "预算合计", "预算安排", "安排"]);

/** Parts that add up to a figure (docs/domain.md §3): checked against what the text itself states. */
export const FIGURE_IDENTITIES: Record<string, string[]> = {
  // the 收入支出决算总表's two sides (J01.income-total, J01.expense-total); the middle lines are 0 in most units and rarely stated
  收入总计: ["本年收入合计", "使用非财政拨款结余", "年初结转和结余"],
  支出总计: ["本年支出合计", "结余分配", "年末结转和结余"],
  本年支出合计: ["基本支出", "项目支出"],
  基本支出: ["人员经费", "公用经费"],
  一般公共预算财政拨款基本支出: ["人员经费", "公用经费"],
  一般公共预算基本支出: ["人员经费", "公用经费"],
  三公经费合计: ["因公出国费", "公务用车费", "公务接待费"],
  公务用车费: ["公务用车购置费", "公务用车运行维护费"],
  政府采购支出总额: ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"],
};

/**
 * Wholes outside the templates whose parts a “其中” list may name completely (./complete-list.ts); their names
 * are their words.
 */
export const LIST_IDENTITIES: Record<string, string[]> = {
  一般公共预算收入: ["税收收入", "非税收入"],
  // 财政拨款 funds no 经营支出, 上缴上级支出 or 对附属单位补助支出: its spending is 基本 + 项目 (财政拨款收入支出总表)
  一般公共预算财政拨款支出: ["基本支出", "项目支出"],
  // a government's debt is of two kinds only (一般债务, 专项债务), its limit too
  债务余额: ["一般债务余额", "专项债务余额"],
  债务限额: ["一般债务限额", "专项债务限额"],
  // what a government receives from the level above is of three kinds (转移性收入: 返还性, 一般性转移支付, 专项转移支付)
  上级补助收入: ["返还性收入", "一般性转移支付收入", "专项转移支付收入"],
  // a unit's 财政拨款 comes from the three budgets only (财政拨款收入支出决算总表's three columns): “财政拨款收入24,940.34万元(其中,
  // 一般公共预算24,399.59万元,政府性基金预算540.75万元,国有资本经营预算0万元)” (三门 公安 2020)
  财政拨款收入: GRANTING_KINDS.map((kind) => `${kind}财政拨款收入`),
};

/**
 * Other names the parts of LIST_IDENTITIES go by (“一般性转移支付补助157,252万元”, “专项补助收入23843万元”): the whole names
 * the part's kind, so these are the same figure.
 */
export const LIST_WORDS: Record<string, string[]> = {
  返还性收入: ["税收返还收入", "返还性补助收入", "返还性补助"],
  一般性转移支付收入: ["一般性转移支付补助收入", "一般性转移支付补助", "一般性转移支付"],
  专项转移支付收入: ["专项转移支付补助收入", "专项转移支付补助", "专项转移支付", "专项补助收入"],
  ...Object.fromEntries(GRANTING_KINDS.map(grantWords)),
};

/**
 * A budget's 财政拨款 as the text names it under 财政拨款收入: “一般公共预算”, “一般公共预算拨款收入”, “一般公共预算财政拨款”… (not
 * “一般公共预算收入”: a government's revenue, ./figures.ts LIST_IDENTITIES) — the long names too, so that a total named so (“一般公共预算财政拨款收入”) is read as that part, never as the whole it ends with.
 */
function grantWords(kind: string): [string, string[]] {
  return [`${kind}财政拨款收入`, [kind, `${kind}拨款`, `${kind}拨款收入`, `${kind}财政拨款`]];
}

/** The changes of these figures add up too (三公 = 出国 + 用车 + 接待; 公务用车 = 购置 + 运行). */
export const CHANGE_IDENTITIES: Record<string, string[]> = {
  三公经费合计: ["因公出国费", "公务用车费", "公务接待费"],
  公务用车费: ["公务用车购置费", "公务用车运行维护费"],
};

/** 决算 figures whose budget the tables hold (for “完成预算 p%”: the 三公 table's own budget of that item). */
export const FIGURE_BUDGETS: Record<string, string> = {
  三公经费合计: "三公经费预算",
  因公出国费: "因公出国费预算",
  公务用车费: "公务用车费预算",
  公务用车购置费: "公务用车购置费预算",
  公务用车运行维护费: "公务用车运行维护费预算",
  公务接待费: "公务接待费预算",
};

/**
 * Figures whose table value has a narrower scope than the same words elsewhere: 人员经费 of the
 * 一般公共预算财政拨款基本支出表 is compared only with text about 一般公共预算 (a 部门 text may state the
 * 人员经费 of all funds).
 */
export const FIGURE_CONTEXT: Record<string, RegExp> = {
  人员经费: /一般公共预算/,
  公用经费: /一般公共预算/,
};

/** The budget an amount is of (./budget-kinds.ts): an amount of one is never a part of another's. */
const FUND = new RegExp(KIND_STEM);
/** The budget (fund) words name, if they name one. */
export const fundNamed = (words: string): string | undefined => FUND.exec(words)?.[0];
/**
 * The side of the money words name — the last 收入 or 支出 in them (“税收收入”, “一般公共预算支出”, “上划中央收入”), if any:
 * an amount spent is never a part of an amount received, nor the other way round (“全市一般公共预算收入完成856.8亿元,其中:
 * 税收收入完成579.9亿元…;全市一般公共预算支出完成1611.9亿元” — the last is no part of the 收入).
 */
export const flowNamed = (words: string): string | undefined => /.*(收入|支出)/.exec(words)?.[1];

/**
 * Words before the figure's own words that make it another figure: a qualified amount
 * (“政府性基金拨款支出预算0万元”, “一般公共预算财政拨款项目支出”, “上年收支总计”) is never the unqualified total.
 */
const QUALIFIER = /一般公共预算|政府性基金|国有资本经营|财政拨款|基金|国有资本|上年|去年|上一年|其中/;

/**
 * Qualifiers that are a figure's own scope, not another figure: the 三公 tables are of 一般公共预算财政拨款, so
 * “…单位使用财政拨款安排“三公”经费预算总额”, “市本级一般公共预算支出安排的“三公”经费预算” and “区本级一般公共预算中
 * “三公”经费支出预算” name the 三公 total, and so does
 * “中央行政事业单位财政拨款的“三公”经费支出合计” (other words before it are checked as usual).
 */
const OWN_SCOPE: Record<string, RegExp> = { 三公经费合计: /(?:使用)?(?:一般公共预算(?:支出)?中?)?(?:财政拨款)?(?:安排)?的?$/ };

/**
 * What may stand before a figure's own words and leave it that figure: the unit's name (“…财政局”, “上海交通大学”), its level (“省级”), 本年 /
 * 全年 / 本单位, “…中”, what it was spent on before “等” (“交通费、住宿费、用餐费等公务接待费”), the verb that budgets it
 * (“…统计局安排公务接待费预算”). Any other words make a longer item name (“工资福利支出预算” is not “支出预算”,
 * “对个人和家庭补助支出” is not “支出”): the phrase names no figure of the catalogue.
 */
export const CONTEXT_PREFIX = new RegExp(
  `^(?:.*(?:单位|部门|本级|(?:省|市|县|区|乡|镇|中央)级|全[国省市区县乡镇]|${UNIT_NAME_END}|${SHARED_UNIT_NAME_END}|部|系统|中|等|安排))?(?:本年度?|当年|全年|本单位|本部门|我单位|我部门)?$`,
);

/**
 * Words that name a figure only probably, with the other figure they may name: “总收入” is 本年收入合计 in one
 * text and the 收入总计 (with 上年结转, = 收支总计) in another; so is a budget's “收入预算” / “支出预算” (天津's template:
 * “单位收入预算122855.8万元,…。其中,本年收入合计115218.1万元,…;上年结转和结余7637.7万元”).
 */
const LOOSE_WORDS: Record<string, string[]> = { 总收入: ["收支总计"], 总支出: ["收支总计"], 收入预算: ["收支总计"], 支出预算: ["收支总计"] };

/**
 * The figure a phrase names, and how surely (a binding): certain when the words are the figure's own name
 * with nothing but context before them (`others` empty); else `others` lists the figures the words may name
 * instead. A check raises an error on such a figure only when every figure it may be is contradicted
 * (./statements.ts, ./stated-parts.ts, ./repeated.ts).
 */
/**
 * Words that do not change which amount a name means (“授予中小企业合同总金额” is the “授予中小企业合同金额”): the
 * filler words inside a name and the scope of the whole text before it (“全国政府采购授予中小企业合同金额”), after
 * the year and period a report covers (“一季度全省公共财政预算支出”, “2024年,全市…”: those of every figure of its
 * text).
 */
export const NAME_FILLER = /[总的]/g;
const PERIOD = /全年|本年度?|当年|[一二三四1-4]季度|上半年|下半年|前三季度|(?:元|1|一)\s*[-—至到]\s*\d{1,2}\s*月份?|截至\d{1,2}月底/;
const WHOLE_SCOPE = new RegExp(
  `^(?:\\d{4}\\s*年度?)?[,，]?(?:${PERIOD.source})?[,，]?(?:全国|全省|全市|全区|全县|全部|[我本][省市区县])?(?:累计)?(?:入库|完成|实现)?(?:政府采购)?(?:合同)?`,
);
/**
 * The verb a report puts between a name and its amount (“一般公共预算收入累计完成116.6亿元”, “支出完成207.5亿元”,
 * “收入达到…”, “全市一般公共预算支出执行67.28亿元”, “收入实际完成103,033万元”): it says the amount was done, not which amount — “地方一般公共预算支出完成” names the
 * “地方一般公共预算支出”.
 */
export const AMOUNT_VERB = /(?:累计|实际)?(?:执行|完成|实现|达到?)$/;
/**
 * “营业税总额”, “收入总量”, “收入合计”: the whole of a measure is that measure (“收入合计4680.58万元…其中:财政拨款收入
 * 2982.61万元,占本年收入63%”: 本年收入 and 收入合计 are one whole).
 */
const WHOLE_OF = /总(?:额|量)$|合计$/;

/**
 * Short names a report gives its whole (“其中民生支出411.6亿元，占财政支出的85.2%” under “一般公共预算支出483亿元”):
 * read as that whole only where it is the total of the share's own sentence.
 */
const SHORT_NAMES: Record<string, string[]> = {
  财政支出: ["一般公共预算支出", "公共财政预算支出", "公共财政支出"],
  财政收入: ["一般公共预算收入", "公共财政预算收入", "公共财政收入"],
};

/** 采购规模, 采购金额 and 采购额 name one measure. */
const MEASURE = /(?:规模|金额)$/;

/** Whether an amount's words name the same figure as a name (“一季度全省公共财政预算支出” and “公共财政预算支出”). */
export function namesSameFigure(words: string, name: string): boolean {
  const [own, named] = [nameCore(words), nameCore(name)];
  if (named === "") return false;
  if (own === named) return true;
  // one measure by another word (采购规模 / 采购金额), never a measure alone (“合同总金额” and “政府采购规模” without
  // their scope words)
  const measure = (w: string) => w.replace(MEASURE, "额");
  return measure(named).length > 1 && measure(own) === measure(named);
}

/** A name without what does not change the figure it names: scope, period, verb, filler and the words of a whole. */
export const nameCore = (w: string) =>
  w.replace(/\s+/g, "").replace(/数$/, "").replace(AMOUNT_VERB, "").replace(WHOLE_SCOPE, "").replace(WHOLE_OF, "").replace(NAME_FILLER, "");

/**
 * Whether an amount's words end with a name of four characters or more (“中央、省、市、本级四库总收入” and “四库总收入”): the
 * words before it may narrow the figure, so this names the amount only where the structure already points at it (the
 * whole a “其中” breaks down).
 */
export function endsWithName(words: string, name: string): boolean {
  const named = nameCore(name);
  return named.length >= 4 && nameCore(words).endsWith(named);
}

/**
 * Whether an amount's words hold a name of four characters or more anywhere (“1月至5月,山西省财政总收入累计” holds
 * “财政总收入”): the same figure of another period or scope may be meant.
 */
export function holdsName(words: string, name: string): boolean {
  const named = nameCore(name);
  return named.length >= 4 && nameCore(words).includes(named);
}

/**
 * “占全部支出的81.9%”, “占总支出的”, “占支出总额的”: words naming one side of the money whole (全部 / 总 / 总额 / 合计
 * around 收入 or 支出, nothing else) — which side, if they name no more.
 */
export const wholeFlowNamed = (name: string): string | undefined => FLOW_ALONE.exec(nameCore(name))?.[1];
const FLOW_ALONE = /^(收入|支出)$/;
/**
 * An amount named as the whole of one side of a budget's money, at a level of government or the unit's (“全省一般公共预算
 * 支出累计执行”, “地方一般公共预算收入”, “财政总收入”, “本年支出”), not of an item (“民生支出”, “税收收入”): that side.
 */
const wholeOfFlow = (words: string): string | undefined => FLOW_WHOLE.exec(nameCore(words))?.[1];
const FLOW_WHOLE = new RegExp(`^(?:地方|中央|本级|[省市县区]本?级)?(?:${KIND_WRITTEN})?(收入|支出)$`);
/** Whether an amount's words name the whole of the side of the money that general words (“全部支出”) name. */
export function namesWholeOfFlow(words: string, name: string): boolean {
  const flow = wholeFlowNamed(name);
  return flow !== undefined && wholeOfFlow(words) === flow;
}

/** namesSameFigure, or the name is a short name of the amount's figure (SHORT_NAMES). */
export function namesOwnTotal(words: string, name: string): boolean {
  const short = SHORT_NAMES[name.replace(/\s+/g, "").replace(WHOLE_SCOPE, "")];
  return namesSameFigure(words, name) || (short ?? []).some((full) => namesSameFigure(words, full));
}

export interface FigureBinding {
  figure: string;
  others: string[];
  /** The words before the figure's own name that leave it that figure (“北京市公安局的”, “区级部门(单位)”), if any. */
  scope?: string;
}

/** The figure a sentence's words before an amount name, if any, with the certainty of that binding. */
export function figureBinding(words: string, family: "决算" | "预算"): FigureBinding | undefined {
  // “公车购置费，公车运行费（“三公”经费）决算总额”: the name in parentheses before the tail is the figure's
  const label = unquoted(words.replace(/\(/g, "（").replace(/\)/g, "）").replace(NAMED_IN_PARENTHESES, "$1$2"));
  let best: { figure: string; word: string; before: string } | undefined;
  for (const [figure, words] of Object.entries(FIGURE_WORDS[family])) {
    for (const word of words.map(unquoted)) {
      const tail = TAILS.find((t) => label.endsWith(word + t) && (!BUDGET_TAILS.has(t) || family === "预算"));
      if (tail === undefined || (best && word.length <= best.word.length)) continue;
      const before = label.slice(0, label.length - word.length - tail.length).replace(OWN_SCOPE[figure] ?? "", "");
      if (QUALIFIER.test(before) || !CONTEXT_PREFIX.test(before)) continue;
      best = { figure, word, before };
    }
  }
  return best && { figure: best.figure, others: LOOSE_WORDS[best.word] ?? [], ...(best.before ? { scope: best.before } : {}) };
}
/**
 * The figure a name binds to under a section heading naming 一般公共预算 (“五、一般公共预算财政拨款支出决算情况说明”), where
 * the writer leaves out the fund the heading gives: “2020年度财政拨款支出3611.81万元” there is the 一般公共预算财政拨款支出
 * (“财政拨款基本支出”, the 一般公共预算财政拨款基本支出). Only a name that binds to no figure as written, names 财政拨款 and
 * names no fund of its own is read so (“财政拨款收入” stays 财政拨款收入; “政府性基金预算财政拨款支出” is no figure).
 */
export function sectionBinding(words: string, family: "决算" | "预算"): FigureBinding | undefined {
  const own = figureBinding(words, family);
  if (own || fundNamed(words) || !words.includes(UNFUNDED)) return own;
  return figureBinding(words.replace(UNFUNDED, `${GENERAL_BUDGET}${UNFUNDED}`), family);
}
const UNFUNDED = "财政拨款";
const GENERAL_BUDGET = "一般公共预算";

/** Quotation marks are typography: “三公经费”财政拨款 and “三公”经费财政拨款 name the same figure. */
const unquoted = (words: string) => words.replace(/[“”"‘’]/g, "");

/** The figure a sentence's words before an amount name, if any (certain or not). */
export function figureNamed(label: string, family: "决算" | "预算"): string | undefined {
  return figureBinding(label, family)?.figure;
}
