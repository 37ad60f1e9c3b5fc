import type { Finding } from "../findings/finding";

/**
 * A finding's identity from one check to the next: its table, what the cell holds (row code/name and column,
 * “210 卫生健康支出·基本支出”; the cell when the checker names nothing) and its rule — not the cell address alone,
 * so a row inserted above keeps the identity. Findings that would share an identity are numbered in the order of the
 * check's findings (#2, #3): `of` is asked for each finding of a check in that order.
 */
export class FindingIdentities {
  private readonly seen = new Map<string, number>();

  /** “支出决算表|卫生健康支出·基本支出|J03.row”; the same again: “…|J03.row#2”. */
  of(f: Finding): string {
    const base = `${f.table || f.sheet}|${f.subject || f.cell}|${f.rule}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }
}
