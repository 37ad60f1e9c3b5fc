/**
 * A figure as an accountant types it into a form (上年数, 政府采购支出总额 …): full-width digits and punctuation
 * (４８３．２３, １，２３４．５０), thousands separators (1,234.50), spaces, a trailing 万元 or 万 (the form's unit), a
 * minus sign; for a count, a trailing 辆/个/人次. Read without Decimal (the pane checks each keystroke with it): the result is the plain amount text
 * Decimal reads later ("1234.50"), or the reason in Chinese why it cannot be read.
 */
export type TypedAmount = { kind: "blank" } | { kind: "amount"; text: string } | { kind: "invalid"; message: string };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B]/g;
const SPACES = /[\s\u00a0\u3000]+/g;
/** The form asks for 万元: that unit written after the figure is read away; any other unit is refused. */
const FORM_UNIT = /(万元|万)$/;
const COUNT_UNIT = /(个|辆|台|套|人次|人|批次|批|次)$/;
const OTHER_UNIT = /(亿元|千元|元|个|辆|台|套|人|批|次|%)$/;
/** Fields that hold a count, not an amount (车辆数, 国内接待批次, 出国人次数, 公务用车保有量). */
const COUNT_NAME = /(数|保有量|批次|人次)$/;

export function isCountName(name: string): boolean {
  return COUNT_NAME.test(name);
}
const PLAIN = /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

/** `count`: the field asks for a number of things (车辆数): a trailing 辆/个/人次 is read away instead of 万元. */
export function readTypedAmount(raw: string, count = false): TypedAmount {
  let s = raw
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[。]/g, ".")
    .replace(/[−–—]/g, "-")
    .replace(SPACES, "");
  if (s === "") return { kind: "blank" };
  s = s.replace(count ? COUNT_UNIT : FORM_UNIT, "");
  if (OTHER_UNIT.test(s)) return { kind: "invalid", message: `“${raw.trim()}”的单位不对：${count ? "请只填数量，如 3" : "请换算为万元填写，如 512.30"}` };
  if (s.startsWith("+")) s = s.slice(1);
  if (!PLAIN.test(s)) return { kind: "invalid", message: `“${raw.trim()}”不是可识别的数字，请填写如 ${count ? "3" : "512.30"}` };
  const text = s.replace(/,/g, "").replace(/^(-?)0+(?=\d)/, "$1");
  return { kind: "amount", text: text === "-0" ? "0" : text };
}

/** The amount text of a typed figure, or undefined when blank or unreadable (it then stays a visible gap). */
export function typedAmountText(raw: string | undefined, count = false): string | undefined {
  if (raw === undefined) return undefined;
  const typed = readTypedAmount(raw, count);
  return typed.kind === "amount" ? typed.text : undefined;
}
