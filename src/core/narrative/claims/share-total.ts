import type { Decimal } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { isStatedTotal } from "./binding";
import { endsWithName, namesOwnTotal, namesWholeOfFlow } from "./figures";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import type { ShareClaim } from "./extract";
import { answersQualifiedWhole } from "./sole-whole";

/**
 * A total a sentence names (“占本年支出合计的…”), found in the tables or elsewhere in the text; `near` is the part the
 * share is of, whose own sentence is read first when the text states that name for several amounts.
 */
export interface TotalResolver {
  (name: string, near?: Mention): { value: Decimal; unit: Decimal; where: string; mention?: Mention } | undefined;
  /** The amounts stated before `near` in its paragraph and in the paragraph before: what words in general may speak of. */
  statedBefore(near: Mention): readonly Mention[];
}

/**
 * A whole named relative to each part, so no one whole: “占同类产品采购规模的” (节能产品's class, 环保产品's class), and a
 * budget or plan named bare after an amount (“收入81000万元,占调整预算的100%,…支出411120万元,占调整预算的100%”: the
 * 收入 budget and the 支出 budget), or its target (“税务部门完成28684万元,占任务数的56.4%;财政部门完成32962万元,占任务数的
 * 56.3%”: each department's own) — the amount's own budget, a completion rate, never a share of one budget.
 */
const EACH_PARTS_OWN = /同类|本类|该类|各自|^(年初|调整后?|全年|年度|年)?(预算|计划|任务|目标)数?的?$/;

/** Whether a share's named whole is each part's own (two such shares are never of one whole). */
export const namesEachPartsOwn = (totalName: string) => EACH_PARTS_OWN.test(totalName.replace(/\s+/g, ""));

/** The total a share is of: named in words, the list's stated total, or the sum of its parts (printed in the part's unit). */
export interface ShareTotal {
  interval: RoundingInterval;
  value: Decimal;
  where: string;
  mention?: Mention;
}

/** The total one share of a list is of, and where it was found. */
export function totalFor(
  claim: ShareClaim,
  listTotal: Mention | undefined,
  listName: string | undefined,
  partsSum: RoundingInterval | undefined,
  resolveTotal: TotalResolver,
  reading: Reading,
): ShareTotal | undefined {
  if (claim.totalName) {
    const container = containerOf(claim, resolveTotal, reading);
    if (container) return container;
    const named = resolveTotal(claim.totalName, claim.part);
    // “公共财政预算支出911.4亿元，其中民生支出758.5亿元，占公共财政预算支出的比重为72.6%”: the name is its own
    // sentence's total when nothing else is tied to it with certainty (that name stated elsewhere too), also by a
    // short name (“占财政支出的85.2%” under “一般公共预算支出483亿元”), by the name written after it (“在426.79亿元
    // 采购规模中，集中采购为381.6亿元，占采购金额的89.4%”), or by the end of its name (“四库总收入142.27亿元，其中:…，占
    // 四库总收入的41.12%” under “中央、省、市、本级四库总收入”)
    const own = (words: string | undefined) => words !== undefined && namesOwnTotal(words, claim.totalName!);
    const local =
      !!listTotal &&
      (own(listTotal.label) ||
        own(listName) ||
        answersQualifiedWhole(listTotal.label, claim.totalName) ||
        soleWholeOfFlow(claim, listTotal, resolveTotal, reading));
    // “全区一般公共预算支出3095.01亿元…。其中:民生支出2428.54亿元,占一般公共预算支出的78.5%”: the whole the list breaks down,
    // named by the share, is its parent — not an amount of that name elsewhere in the text (“…自治区本级…;一般公共预算支出
    // 584.04亿元”, whose scope is in the clause before); a table's figure of that name still comes first
    if (local && named?.mention) return listTotalOf(listTotal!, reading);
    if (named?.mention && otherWholeOfFlow(claim, named.mention, resolveTotal, reading)) return undefined;
    if (!named) return listTotal && (local || endsWithName(listTotal.label, claim.totalName)) ? listTotalOf(listTotal, reading) : undefined;
    return {
      interval: named.mention ? reading.interval(named.mention) : RoundingInterval.of(named.value, named.unit),
      value: named.mention ? reading.value(named.mention) : named.value,
      where: `${claim.totalName}（${named.where}）`,
      // the amount the name is tied to: the share is one of its relations (澧县六中 2018: “纳入专户管理的非税收入拨款支出1497.40万元,
      // 占本年支出的41.26%” tells the 本年支出 3629.2 of the sentence before)
      ...(named.mention ? { mention: named.mention } : {}),
    };
  }
  if (listTotal) return otherLevel(claim.part, listTotal) ? undefined : listTotalOf(listTotal, reading);
  return partsSum && partsTotal(partsSum);
}

/**
 * “全市一般公共预算收入中的税收收入430405万元,同比增长30.82%,占总收入比重为80.35%”: general words naming one side's whole
 * (“总收入”: ./figures.ts namesWholeOfFlow) are the whole the part's own name says it is of (“…中的”), when the text states
 * one amount under that name.
 */
function containerOf(claim: ShareClaim, resolveTotal: TotalResolver, reading: Reading): ShareTotal | undefined {
  const container = CONTAINER.exec(claim.part.label.replace(/\s+/g, ""))?.[1];
  if (!container || !namesWholeOfFlow(container, claim.totalName!)) return undefined;
  const named = resolveTotal(container, claim.part);
  if (!named?.mention) return undefined;
  return { interval: reading.interval(named.mention), value: reading.value(named.mention), where: `${container}（${named.where}）`, mention: named.mention };
}
const CONTAINER = /^(.+?)中的/;

/**
 * “总支出为312497万元,其中:一般公共预算支出277798万元,…。一般公共预算具体支出情况如下:一般性公共服务支出37153万元,占全年
 * 总支出的13.37%”: general words naming one side of the money whole (“全年总支出”) tie the share to the amount their name
 * finds only when no other whole of that side (./figures.ts namesWholeOfFlow) is stated before the share, in its paragraph
 * and the one before, with another value — otherwise the whole is in doubt (卡若 2022: the shares are of 277798).
 */
function otherWholeOfFlow(claim: ShareClaim, whole: Mention, resolveTotal: TotalResolver, reading: Reading): boolean {
  const value = reading.value(whole);
  return resolveTotal.statedBefore(claim.part).some((m) => isStatedTotal(m) && namesWholeOfFlow(m.label, claim.totalName!) && !reading.value(m).equals(value));
}

/**
 * “上半年,全省一般公共预算支出累计执行1864.2亿元,…。其中,…13项民生支出执行1526.3亿元,占全部支出的81.9%”: general words
 * naming one side of the money whole (“全部支出”, “总支出”, “支出总额”) are the list's total when that total is the whole of
 * that side (a budget's, not an item's: ./figures.ts namesWholeOfFlow) and every such whole stated before the share — in
 * its paragraph and the one before — is that amount; another (“财政总收入A…一般公共预算收入B。其中…占总收入的p%”) leaves
 * the whole in doubt.
 */
function soleWholeOfFlow(claim: ShareClaim, listTotal: Mention, resolveTotal: TotalResolver, reading: Reading): boolean {
  const name = claim.totalName!;
  if (!namesWholeOfFlow(listTotal.label, name)) return false;
  const value = reading.value(listTotal);
  return resolveTotal
    .statedBefore(claim.part)
    .filter((m) => isStatedTotal(m) && namesWholeOfFlow(m.label, name))
    .every((m) => reading.value(m).equals(value));
}

/**
 * “2013年全国彩票公益金支出795.51亿元…。其中,中央本级彩票公益金用于补充社会保障基金的支出276.65亿元,占比96.63%”: a part
 * named at a level of government its total does not name (中央本级 under 全国, 市本级 under 全市) is counted within its own
 * level, and a share that names no whole may be of that level's total (here 286.29亿元, stated paragraphs later) — not
 * tied to the total the list breaks down.
 */
const otherLevel = (part: Mention, total: Mention) => {
  const level = (m: Mention) => LEVEL.exec(m.label.replace(/\s+/g, ""))?.[0] ?? "";
  return level(part) !== "" && level(part) !== level(total);
};
const LEVEL = /^(?:中央本级|[省市县区]本级|本级|[省市县区乡镇]级|中央|地方|全国|全省|全市|全县|全区)/;

function listTotalOf(listTotal: Mention, reading: Reading): ShareTotal {
  return {
    interval: reading.interval(listTotal),
    value: reading.value(listTotal),
    where: `所述合计`,
    mention: listTotal,
  };
}

/** The sum of a list's parts as the total its shares are of. */
export function partsTotal(partsSum: RoundingInterval): ShareTotal {
  const value = partsSum.low.plus(partsSum.high).dividedBy(2);
  return { interval: partsSum, value, where: "各项之和" };
}
