import { Decimal, formatFixed } from "../numbers/decimal";
import type { Finding } from "./finding";

/**
 * The first line of a finding, in the accountant's words: where, what, and the fix.
 * “支出决算表 D11 卫生健康支出·基本支出 填 465.22，应为 402.22（多 63.00）”; for text “情况说明 A14 … 写 71.73%，应为 71.65%”.
 * A checker's own headline wins; a rounding tail never says “应为”; what the input checks only suspect (a
 * subject code 20921 under 309, likely 30921) says “疑为”, without a difference; without a corrected value the
 * message's first sentence is used.
 */
export function headlineOf(finding: Finding): string {
  if (finding.headline) return finding.headline;
  const where = [finding.table ?? finding.sheet, finding.cell, finding.subject].filter(Boolean).join(" ");
  if (finding.kind === "rounding" || finding.expected === undefined || finding.actual === undefined) return firstSentence(finding.message);
  if (finding.kind === "input") return `${where} 填 ${finding.actual}，疑为 ${finding.expected}`;
  const verb = finding.kind === "narrative" ? "写" : "填"; // text says, a cell holds
  return `${where} ${verb} ${finding.actual}，应为 ${finding.expected}${differenceText(finding.actual, finding.expected)}`;
}

/** “（多 63.00）” / “（少 0.50）” when both are amounts; nothing otherwise. */
function differenceText(actual: string, expected: string): string {
  const a = toDecimal(actual);
  const e = toDecimal(expected);
  if (!a || !e || a.equals(e)) return "";
  const places = Math.max(a.decimalPlaces(), e.decimalPlaces());
  return `（${a.greaterThan(e) ? "多" : "少"} ${formatFixed(a.minus(e).abs(), places)}）`;
}

function toDecimal(text: string): Decimal | undefined {
  const plain = text.replace(/,/g, "");
  return /^-?\d+(\.\d+)?$/.test(plain) ? new Decimal(plain) : undefined;
}

function firstSentence(message: string): string {
  const end = message.search(/[。；](?!$)/);
  return end > 0 ? message.slice(0, end + 1) : message;
}
