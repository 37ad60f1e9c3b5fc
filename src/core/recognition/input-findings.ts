import type { Finding } from "../findings/finding";
import type { EngineRuleId } from "../findings/rule-id";
import type { ParsedNumber } from "../numbers/parse-number";
import { formatAmount } from "../numbers/decimal";

interface SpanInfo {
  sheetName: string;
  kind: { title: string };
}

/**
 * An error value or unreadable text, words where an amount belongs (both stop the checks that need them), or a
 * number stored as text.
 */
export function isInputProblem(parsed: ParsedNumber): boolean {
  if (parsed.kind === "invalid") return !parsed.uncomputed; // formulas without a result are reported once per sheet
  return parsed.kind === "text" || (parsed.kind === "number" && parsed.fromText);
}

/**
 * The finding for an input problem: an unreadable amount is an error; a number stored as text is read, but
 * Excel's own SUM ignores it (warning).
 */
export function inputFinding(parsed: ParsedNumber, span: SpanInfo, address: string): Finding {
  const base = { kind: "input" as const, sheet: span.sheetName, cell: address, related: [], table: span.kind.title };
  if (parsed.kind === "number") {
    const value = formatAmount(parsed.value, parsed.unit);
    return {
      ...base,
      rule: "input.text-number" satisfies EngineRuleId,
      severity: "warning",
      message: `金额以文本形式存储，已按 ${value} 参与核对；Excel 的求和公式会忽略它，建议转换为数值。`,
      actual: value,
    };
  }
  if (parsed.kind === "text") {
    return {
      ...base,
      rule: "input.not-a-number" satisfies EngineRuleId,
      severity: "warning",
      subject: "金额",
      message: `金额栏填写了文字“${parsed.text.trim()}”，不是数字，涉及它的核对未进行（不按 0 计算）；请填写数值，无数据可填 0 或“—”。`,
      actual: parsed.text.trim(),
    };
  }
  const text = parsed.kind === "invalid" ? parsed.text : "";
  const reason = parsed.kind === "invalid" ? parsed.reason : "无法识别";
  return { ...base, rule: "input.unreadable" satisfies EngineRuleId, severity: "error", message: `${reason}，无法参与核对，请改为数值。`, actual: text };
}
