import type { Finding } from "../findings/finding";
import type { ParsedNumber } from "../numbers/parse-number";
import { formatAmount } from "../numbers/decimal";

interface SpanInfo {
  sheetName: string;
  kind: { title: string };
}

/**
 * Input problems of an amount cell: an error value or unreadable text stops the checks that need it (error);
 * a number stored as text is read, but Excel's own SUM ignores it (warning).
 */
export function inputFindingFor(parsed: ParsedNumber, span: SpanInfo, address: string): Finding | undefined {
  const base = { kind: "input" as const, sheet: span.sheetName, cell: address, related: [], table: span.kind.title };
  if (parsed.kind === "invalid") {
    return { ...base, rule: "input.unreadable", severity: "error", message: `${parsed.reason}，无法参与核对，请改为数值。`, actual: parsed.text };
  }
  if (parsed.kind === "number" && parsed.fromText) {
    const value = formatAmount(parsed.value, parsed.unit);
    return {
      ...base,
      rule: "input.text-number",
      severity: "warning",
      message: `金额以文本形式存储，已按 ${value} 参与核对；Excel 的求和公式会忽略它，建议转换为数值。`,
      actual: value,
    };
  }
  return undefined;
}
