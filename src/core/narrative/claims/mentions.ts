import { Decimal } from "../../numbers/decimal";
import { toHalfWidth } from "../../numbers/parse-number";

/**
 * Numbers quoted in a sentence of the 情况说明: amounts (… 万元 / … 元, converted to 万元) and percentages
 * (… %), each with the words written just before it (its label), its depth inside parentheses and the clause
 * it sits in. “收、支总计分别为100.00、90.00万元” gives two amounts of one group (a list sharing its unit).
 */
export interface Mention {
  kind: "amount" | "percent";
  /** Amount in 万元, or percent as written (47.30 for “47.30%”). */
  value: Decimal;
  /** Half of this is the rounding tolerance of the printed number (0.01 for “47.30”); 0 for a stated 0. */
  unit: Decimal;
  /** Decimals as printed (2 for “47.30%”). */
  places: number;
  /** Words before the number, cleaned of years and connectors (“本年收入合计”, “增加”, “占”). */
  label: string;
  /** Raw words before the number up to the previous number or clause break. */
  rawLabel: string;
  /** The number as written, with its unit (“4265.40万元”). */
  text: string;
  /** The number as a finding states it: 万元 amounts bare (“4265.40”), others with their unit (“47.30%”, “106.58元”, “4.4亿元”). */
  printed: string;
  start: number;
  end: number;
  /** Open parentheses before the number: “（其中：一般公共预算300.00万元…）” → 1. */
  depth: number;
  /** Clause of the sentence: a new one starts at “；” and at “其中”. */
  clause: number;
  /** Numbers listed with one unit (“100.00、90.00万元”) share a group; `slot` is the place in it. */
  group: number;
  slot: number;
  groupSize: number;
  /** “减少1.8亿多元”, “增支200万元以上”: a lower bound, not the figure itself (its true value may be well above). */
  atLeast?: boolean;
}

/** A number: thousands groups (“15,411.43”), decimals; a space beside the decimal point is kept by reposts (“170 .58万元”). */
const NUMBER = /\d+(?:,\d{3})*(?:\s?\.\s?\d+)?/g;
/** “增多了10 6 .51万”: digits split by a space before a decimal fragment — no number can be read for certain. */
const SPLIT_DIGITS = /\d\s$/;
/**
 * “一般公共服务支出?8639万元”: a page stored in the wrong encoding shows bytes it could not read as “?” or “\uFFFD”, and
 * they may have held the number's first digits (48639 here) — digits right after such a mark are no number (a question
 * in Chinese ends with “？”, which stays a mark).
 */
const LOST_MARK = /[?\uFFFD]/;
/** What may follow a number to make it a mention; “万” alone (“0.39 万（含…”) is 万元. */
const UNIT = /^\s*(万亿元|万亿|万元|亿元|元|%|％|万(?![人户亩次件个辆台])|亿(?![人户亩次件个辆台]))/;
/** 万元 per unit of an amount's suffix: amounts are compared in 万元 (“4.4亿元” = 44000万元, “12,345元” = 1.2345万元). */
const TO_WAN: Record<string, Decimal> = {
  元: new Decimal("0.0001"),
  亿元: new Decimal(10000),
  亿: new Decimal(10000),
  万亿元: new Decimal(100000000),
  万亿: new Decimal(100000000),
};
/** 万元 per unit of an amount's suffix (1 for 万元 and for none). */
export const wanPer = (suffix: string): Decimal => TO_WAN[suffix] ?? new Decimal(1);
/** Between two numbers of one list. */
const LIST_SEPARATOR = /^\s*[、,，和及]\s*(?=\d)/;
/**
 * “收入476.17、支总计460.06万元”, “收入减少84.55、支出总计减少99.6万元”: the unit written once after the last of amounts joined
 * by 、, each after its own name, is every one's — a list naming each member. Only within a clause (no break, no parenthesis,
 * no “其中” / “包括” between), only for a number with decimals after words of its own: never a list's numbering (“2、公务
 * 接待费0.7亿元”), a year or a count, which are whole numbers.
 */
const NAMED_SEPARATOR = /^\s*、\s*(?![^\d]*(?:其中|包括|含))[^\d、,，；;。：:！!？?\n%％()（）]{1,12}(?=\d)/;
function namedBefore(text: string, token: Token, labelStart: number): boolean {
  if (!token.digits.includes(".") || !NAMED_SEPARATOR.test(text.slice(token.end))) return false;
  return cleanLabel(labelBefore(text.slice(labelStart, token.start))) !== "";
}
const CLAUSE_BREAK = /[，,；;。：:！!？?\n]/;
const NEW_CLAUSE = /[；;]|其中/g;

interface Token {
  digits: string;
  start: number;
  end: number;
}

/**
 * A number written with no unit where a change and its rate pair (“收支较上年减少484.05,降低11.1%”): an amount, as the rate
 * after it holds the percent, in the one unit every amount of its paragraph is written in (`suffix`). `amountWord` tells
 * the words of a change that name an amount only (“减少”; “下降12” may be a rate missing its %), `rateWord` those of its rate.
 */
export interface BareChanges {
  suffix: string;
  amountWord: (words: string) => boolean;
  rateWord: (words: string) => boolean;
}

/** “,降低11.1%”: the rate's words and the rate, right after a number in the next clause. */
const RATE_AFTER = /^\s*[,，]\s*([^\d，,；;。：:%％]{1,6}?)\d+(?:\.\d+)?\s*[%％]/;

/** The unit of a bare change number (`bare`), when the number is one: a change's words before it and its rate after. */
function bareUnit(text: string, token: Token, labelStart: number, bare?: BareChanges): string | undefined {
  if (!bare) return undefined;
  const rate = RATE_AFTER.exec(text.slice(token.end));
  const words = cleanLabel(labelBefore(text.slice(labelStart, token.start)));
  return rate && bare.amountWord(words) && bare.rateWord(rate[1]) ? bare.suffix : undefined;
}

/** The one unit every amount of `text` is written in (“万” as 万元), if they share one. */
export function sharedAmountUnit(text: string): string | undefined {
  const half = toHalfWidth(text);
  const units = new Set<string>();
  for (const m of half.matchAll(NUMBER)) {
    const unit = UNIT.exec(half.slice((m.index ?? 0) + m[0].length));
    if (unit && kindOf(unit[1]) === "amount") units.add(unit[1].endsWith("元") ? unit[1] : `${unit[1]}元`);
  }
  return units.size === 1 ? [...units][0] : undefined;
}

export function findMentions(sentence: string, bare?: BareChanges): Mention[] {
  const text = toHalfWidth(sentence);
  const mentions: Mention[] = [];
  let pending: Token[] = [];
  let previousEnd = 0;
  let group = 0;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    if (start > 0 && /[\d.]/.test(text[start - 1])) continue;
    if (/\s\./.test(m[0]) && SPLIT_DIGITS.test(text.slice(0, start))) continue;
    if (start > 0 && LOST_MARK.test(text[start - 1])) continue;
    const token = { digits: m[0], start, end: start + m[0].length };
    const rest = text.slice(token.end);
    const written = UNIT.exec(rest);
    if (!written && (LIST_SEPARATOR.test(rest) || namedBefore(text, token, pending[pending.length - 1]?.end ?? previousEnd))) {
      pending.push(token);
      continue;
    }
    const labels = [...pending, token].map((t, k, all) => labelBefore(text.slice(k === 0 ? previousEnd : all[k - 1].end, t.start)));
    const named = labels.slice(1).some((l) => cleanLabel(l) !== "");
    // a list naming each of its amounts is read only whole, every name written and the unit an amount's
    const whole = !named || (labels.slice(1).every((l) => cleanLabel(l) !== "") && !!written && kindOf(written[1]) === "amount");
    const members = whole ? [...pending, token] : [token];
    pending = [];
    const carried = written || members.length > 1 ? undefined : bareUnit(text, token, previousEnd, bare);
    const unit = written ?? (carried === undefined ? undefined : ["", carried]);
    if (!unit) continue;
    // “9,399.2亿元、16,961.2亿元和10,038.6亿元”: numbers each with its unit, listed, are one list too
    const listed = mentions.length > 0 && members.length === 1 && LIST_ONLY.test(text.slice(previousEnd, token.start));
    const previous = mentions[mentions.length - 1];
    if (listed && previous.kind === kindOf(unit[1])) {
      const list = mentions.filter((x) => x.group === previous.group);
      for (const x of list) x.groupSize = list.length + 1;
      mentions.push(
        mentionOf(text, token, token.end + unit[0].length, unit[1], previous.rawLabel, {
          group: previous.group,
          slot: list.length,
          groupSize: list.length + 1,
        }),
      );
    } else {
      const shared = labelBefore(text.slice(previousEnd, members[0].start));
      members.forEach((t, slot) => {
        const end = t === token ? t.end + unit[0].length : t.end;
        const rawLabel = named ? labels[labels.length - members.length + slot] : shared;
        mentions.push(mentionOf(text, t, end, unit[1], rawLabel, { group, slot, groupSize: members.length }));
      });
      group++;
    }
    previousEnd = token.end + unit[0].length;
  }
  return restated(mentions).filter(exactFigure(text, mentions));
}

/**
 * Figures no claim relates exactly, left out of every check: both ends of a range (“多在2万至4万元”, “在11万到18万之间”) and
 * an amount per vehicle, person or unit (“车均17.39万元”, “均价33.25万元”, “平均每辆车运行维护费5.41万元”, “每辆25万元”) — an
 * amount divided by a count, which no sum, share or change of the text holds (“…多在2万至4万元，其中最高的…车均4.94万元” is no
 * list of parts); also one written per unit after it (“综合定额标准为650元/人天”).
 */
const exactFigure =
  (text: string, mentions: readonly Mention[]) =>
  (m: Mention, k: number): boolean => {
    if (m.groupSize > 1) return true;
    const next = mentions[k + 1];
    const previous = mentions[k - 1];
    const ranged = (a?: Mention, b?: Mention) => !!a && !!b && a.kind === b.kind && RANGE.test(text.slice(a.end, b.start));
    if (ranged(m, next) || ranged(previous, m)) return false;
    return m.kind !== "amount" || (!PER_UNIT.test(m.label) && !PER_UNIT_AFTER.test(text.slice(m.end)));
  };
/** Between the two ends of a range. */
const RANGE = /^\s*[至到~～—－-]\s*$/;
/** “650元/人天”, “3.8万元/辆”: the unit per which the amount is counted, written right after it. */
const PER_UNIT_AFTER = /^\s*[/／]\s*[^\d\s]/;
/** An amount per vehicle, person or unit: the words right before it name the count it is divided by. */
const PER_UNIT = /[车人户生]均|均价|单价|平均|每(?:辆|人|台|户|个|次|批|项|件|套|平方米|亩|公里)/;

/**
 * “全省一般公共预算支出突破9000亿元,达到9258亿元”: an amount whose own words only say it was reached (“达到”, “为”),
 * right after a bound of its clause, is the bound's measure stated exactly — it takes the bound's name.
 */
/**
 * “首次突破2万亿元”, “首破700亿元”, “超过5.9亿”, “将近8亿元”: words that make the amount after them a bound (./binding.ts isBound), not
 * an exact figure.
 */
export const BOUND = /(?:突破|首破|超过|逾|将近|接近|近)\s*$/;

function restated(mentions: Mention[]): Mention[] {
  mentions.forEach((m, k) => {
    const bound = mentions[k - 1];
    const one = (x: Mention) => x.kind === "amount" && x.groupSize === 1 && x.clause === m.clause && x.depth === m.depth;
    if (!bound || m.label !== "" || !one(m) || !one(bound) || !BOUND.test(bound.rawLabel)) return;
    m.label = cleanLabel(bound.rawLabel.replace(BOUND, ""));
  });
  return mentions;
}

/** Nothing but a list separator between two numbers with their units. */
const LIST_ONLY = /^\s*[、,，和及]\s*$/;
/** The unit a mention's `printed` keeps (“元”, “亿元”, “万亿元”; none for 万元, the unit amounts are compared in). */
const printedUnitOf = (suffix: string): string => (suffix === "元" ? "元" : suffix.startsWith("万亿") ? "万亿元" : suffix.startsWith("亿") ? "亿元" : "");
const kindOf = (suffix: string): Mention["kind"] => (suffix === "%" || suffix === "％" ? "percent" : "amount");

/**
 * A minus sign right before an amount's digits (“补充预算周转金-21万元” in a 支出总计's list): an amount below zero — never the
 * dash of a range after a number or its unit (“30亿元-50亿元”, “1-8月”).
 */
const NEGATIVE = /(?<![\d.%元])[-−]\s*$/;

function mentionOf(
  text: string,
  token: Token,
  end: number,
  suffix: string,
  rawLabel: string,
  place: { group: number; slot: number; groupSize: number },
): Mention {
  const digits = token.digits.replace(/[,\s]/g, "");
  const places = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
  const value = new Decimal(digits);
  // A stated 0 means none at all: exact, whatever its decimals.
  const unit = value.isZero() ? new Decimal(0) : new Decimal(1).dividedBy(new Decimal(10).pow(places));
  const percent = kindOf(suffix) === "percent";
  const scale = TO_WAN[suffix] ?? new Decimal(1);
  const before = text.slice(0, token.start);
  const sign = !percent && NEGATIVE.test(before) ? -1 : 1;
  return {
    kind: percent ? "percent" : "amount",
    value: value.times(scale).times(sign),
    unit: unit.times(scale),
    places,
    label: cleanLabel(rawLabel),
    rawLabel,
    text: text.slice(token.start, end).replace(/\s+/g, ""),
    printed: `${digits}${percent ? "%" : printedUnitOf(suffix)}`,
    start: token.start,
    end,
    depth: depthAt(before),
    clause: clauseAt(before),
    ...place,
    ...(AT_LEAST.test(text.slice(end)) ? { atLeast: true } : {}),
  };
}

/**
 * The clause a number sits in: the clause breaks before it, not counting those inside parentheses it is not in — a
 * remark in parentheses (“2712万元（其中：购置0万元，运行2712万元），比预算数减少107万元”) leaves the clause around it
 * whole.
 */
function clauseAt(before: string): number {
  const depth = depthAt(before);
  return [...before.matchAll(NEW_CLAUSE)].filter((m) => depthAt(before.slice(0, m.index)) <= depth).length;
}

/**
 * After an amount's unit: “多元” / “余元” (“1.8亿多元”), “以上”, “有余” — not the change word that may follow it (“比…361.97亿元多出
 * 64亿多元”, “比去年3.01万元多0.5万元”).
 */
const AT_LEAST = /^(?:[多余]元|[多余](?![出了\d])|\s*(?:以上|有余))/;

function depthAt(before: string): number {
  let depth = 0;
  for (const ch of before) {
    if (ch === "（" || ch === "(") depth++;
    else if ((ch === "）" || ch === ")") && depth > 0) depth--;
  }
  return depth;
}

/** The words of the current clause before a number. */
function labelBefore(segment: string): string {
  const parts = segment.split(CLAUSE_BREAK).map((p) => p.trim());
  const last = parts[parts.length - 1];
  const named = last === "" && parts.length > 1 ? parts[parts.length - 2] : undefined;
  // “总支出：2408.42万元” — the words are before the colon; “(三)公务用车购置及运行费预算,35万元” — before the comma, when
  // they are a name
  const words = named !== undefined && (/[：:]\s*$/.test(segment) || (/[，,]\s*$/.test(segment) && NAME_END.test(named))) ? named : last;
  return TABLE_CELLS_BEFORE.test(words) ? words.replace(TABLE_CELLS_BEFORE, "").replace(/^.*\s/s, "") : words;
}

/**
 * The last words of an amount's name (“…预算”, “…经费”, “…支出”, “支出总计”): words ending so before a comma right before an
 * amount name it (“(三)公务用车购置及运行费预算,35万元”); others say what it is for (“用于体育事业,3.5亿元”) or whose it is
 * (“最多:省商务厅,213.35万元”).
 */
const NAME_END = /(?:预算|决算|费|经费|费用|支出|收入|总计|合计|总额|金额)数?$/;

/**
 * “本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 …实际完成情况本项目共申请预算资金85万元”: a flattened table's
 * unit-less numbers, each a cell between spaces (not “2023 年”), end the words before them, and so does every cell
 * boundary (a space) after them — the amount's name starts after the last one (“实际完成情况本项目共申请预算资金”).
 */
const TABLE_CELLS_BEFORE = /^.*(?:^|\s)\d[\d,.]*\s+(?![\d年月日号度])/s;

/**
 * Words before an item's name that only join it to what came before: list openers, connectors, and a sentence's linking
 * “而” (“而公务用车购置费支出1468.93万元,…”, 东莞 2016) — no figure's name opens with them.
 */
const LEADING = /^(其中|包括|主要包括|主要用于|含|即|和|及|与|而|分别|、|[()（）]|\s)+/;
/** List numbering before an item: “1.”, “2、”, “(一)”, “（三）”. */
const NUMBERING = /^(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)+(?!\d)/;
/** Words that end an amount's name without naming it (“下达” names who handed a budget down: it stays). */
const TRAILING = /(分别为|分别是|各为|各是|均为|合计为|总计为|为|是|共计|共|达到|(?<!下)达|约|：|:|\s)+$/;

/**
 * “2023年度本年收入合计为” → “本年收入合计”; drops the unit name before the year, connectors, and a remark on how
 * the figure is counted (“（以合同签订为准）”).
 */
export function cleanLabel(raw: string): string {
  let label = raw.replace(/\s+/g, "");
  const year = /.*\d{4}年度?/.exec(label);
  if (year) label = label.slice(year[0].length);
  return label
    .replace(LEADING, "")
    .replace(NUMBERING, "")
    .replace(TRAILING, "")
    .replace(BASIS_REMARK, "")
    .replace(/^[，,、]+/, "");
}

/** “政府采购金额（以合同签订为准）为”: a remark on how the figure is counted, not part of its name. */
const BASIS_REMARK = /[（(]以[^（）()]{1,12}为准[）)]$/;
