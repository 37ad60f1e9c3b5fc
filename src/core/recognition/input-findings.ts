import type { Finding } from "../findings/finding";
import type { ParsedNumber } from "../numbers/parse-number";
import { formatAmount } from "../numbers/decimal";

interface SpanInfo {
  sheetName: string;
  kind: { title: string };
}

/** An error value or unreadable text (stops the checks that need it), or a number stored as text. */
export function isInputProblem(parsed: ParsedNumber): boolean {
  return parsed.kind === "invalid" || (parsed.kind === "number" && parsed.fromText);
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
      rule: "input.text-number",
      severity: "warning",
      message: `金额以文本形式存储，已按 ${value} 参与核对；Excel 的求和公式会忽略它，建议转换为数值。`,
      actual: value,
    };
  }
  const text = parsed.kind === "invalid" ? parsed.text : "";
  const reason = parsed.kind === "invalid" ? parsed.reason : "无法识别";
  return { ...base, rule: "input.unreadable", severity: "error", message: `${reason}，无法参与核对，请改为数值。`, actual: text };
}
