import type { WorkbookSnapshot } from "../snapshot/types";
import type { TableModel } from "../tables/table-model";
import { reportYear, unitName } from "./workbook-text";

/** Which unit and year a workbook is about, as its titles, 编制单位 and 部门 lines state them. */
export interface WorkbookIdentity {
  unit?: string;
  year?: number;
}

/** A workbook opened beside this one that is not the one asked for (another unit, another year). */
export class WorkbookMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookMismatchError";
  }
}

export function identityOf(snapshot: WorkbookSnapshot, tables: readonly TableModel[]): WorkbookIdentity {
  return { unit: unitName(snapshot, tables), year: reportYear(snapshot) };
}

/** The roles of a workbook opened beside this one: last year's 决算 (the year before), this year's 预算公开 (the same year). */
const ROLES = {
  prior: { label: "上年工作簿", yearOffset: -1 },
  budget: { label: "本年预算公开表", yearOffset: 0 },
} as const;

/** Names compared without spaces and the “（本级）” some titles add. */
function sameUnit(a: string, b: string): boolean {
  const plain = (s: string) => s.replace(/[\s\u3000]+/g, "").replace(/[（(]?本级[)）]?$/, "");
  return plain(a) === plain(b);
}

const described = (id: WorkbookIdentity) => `${id.unit ?? "（单位未写明）"}${id.year ? `${id.year}年度` : ""}`;

/**
 * Why `other` (the file `file`) is not the workbook its role asks for, in Chinese, naming both units and years;
 * undefined when it is, or when what is stated cannot tell (a unit or year not written is not a mismatch).
 */
export function workbookMismatch(main: WorkbookIdentity, other: WorkbookIdentity, role: keyof typeof ROLES, file: string): string | undefined {
  const { label, yearOffset } = ROLES[role];
  const wantedYear = main.year === undefined ? undefined : main.year + yearOffset;
  const unitDiffers = main.unit !== undefined && other.unit !== undefined && !sameUnit(main.unit, other.unit);
  const yearDiffers = wantedYear !== undefined && other.year !== undefined && other.year !== wantedYear;
  if (!unitDiffers && !yearDiffers) return undefined;
  const wanted = `${main.unit ?? "本单位"}${wantedYear ? `${wantedYear}年度` : ""}`;
  return `“${file}”是${described(other)}的工作簿，本工作簿是${described(main)}的：${label}应为${wanted}的。请确认是否选错了文件。`;
}
