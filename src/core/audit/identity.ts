import type { Finding } from "../findings/finding";

/**
 * A finding's identity from one check to the next: its table, what the cell holds (row code/name and column,
 * “210 卫生健康支出·基本支出”; the cell when the checker names nothing) and its rule — not the cell address alone,
 * so a row inserted above keeps the identity. Findings that would share an identity are numbered in order (#2, #3).
 */
export function findingIdentities(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.table || f.sheet}|${f.subject || f.cell}|${f.rule}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}
