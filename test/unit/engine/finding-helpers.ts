import type { Finding } from "../../../src/core/findings/finding";
import { cellAddress, qualifiedAddress } from "../../../src/core/snapshot/address";
import type { AmountSlot } from "../../support/generate-workbook";

/** True when the finding is anchored at the slot's cell or names it among its related cells. */
export function involves(finding: Finding, slot: AmountSlot): boolean {
  const at = finding.sheet === slot.sheet && finding.cell === cellAddress(slot.r, slot.c);
  return at || finding.related.includes(qualifiedAddress(slot.sheet, slot.r, slot.c));
}

/** Compact form for readable failure messages. */
export function brief(f: Finding): string {
  return `${f.severity} ${f.kind} ${f.rule} ${f.sheet}!${f.cell} ${f.message.slice(0, 120)}`;
}

export function errors(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error");
}
