import type { Finding } from "../findings/finding";
import type { EngineRuleId } from "../findings/rule-id";
import type { FormulaSummary } from "../snapshot/computed-formulas";
import { cellAddress } from "../snapshot/address";

/**
 * One finding per sheet holding formulas saved without their result: a warning when some could not be worked out
 * (those cells are kept out of every check, never read as 0, never told “应为…”), otherwise a note that they were.
 */
export function formulaFindings(sheets: readonly FormulaSummary[]): Finding[] {
  return sheets.map((s) => (s.uncomputed > 0 ? uncomputedFinding(s) : computedFinding(s)));
}

function uncomputedFinding(s: FormulaSummary): Finding {
  const first = s.first ? cellAddress(s.first.row, s.first.col) : "A1";
  const done = s.computed > 0 ? `；另有 ${s.computed} 个简单公式（求和、加减）已按公式算出后参与核对` : "";
  return {
    rule: "input.formula-uncomputed" satisfies EngineRuleId,
    kind: "input",
    severity: "warning",
    sheet: s.sheet,
    cell: first,
    related: [],
    subject: "公式",
    headline: `工作表“${s.sheet}”有 ${s.uncomputed} 个公式没有计算结果（如 ${first}），这些单元格未参与核对`,
    message: `工作表“${s.sheet}”有 ${s.uncomputed} 个公式没有计算结果（如 ${first}），这些单元格未参与核对（不按 0 计算）${done}。公式没有计算结果，请在 Excel 中打开并保存后再检查。`,
  };
}

function computedFinding(s: FormulaSummary): Finding {
  return {
    rule: "input.formula-uncomputed" satisfies EngineRuleId,
    kind: "input",
    severity: "info",
    sheet: s.sheet,
    cell: "A1",
    related: [],
    subject: "公式",
    headline: `工作表“${s.sheet}”有 ${s.computed} 个公式没有保存计算结果，已按公式算出后核对`,
    message: `工作表“${s.sheet}”有 ${s.computed} 个公式（求和、加减）没有保存计算结果，已按公式由所引用的单元格算出后参与核对。在 Excel 中打开并保存一次，文件即带有计算结果。`,
  };
}
