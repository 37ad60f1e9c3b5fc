import { gapLabel } from "../../core/narrative/template/gap-labels";
import { isCountName, readTypedAmount } from "../../core/numbers/typed-amount";
import type { PriorFigures } from "../engine";
import type { FillIns, Gap } from "./gaps";
import type { FigureSources } from "../state/use-narrative";

/**
 * The one definition of what fills a gap, for the editor in the text and the list of all fields:
 * - `words`: what the accountant writes (原因, 用途, 情况), in place of the gap as typed;
 * - `amount` / `count`: a figure (上年数, or one only the accountant knows); the text is written again with it;
 * - `none`: a figure the tables do not hold (年初预算数 …): said where it can come from.
 */
export type FieldInput = "words" | "amount" | "count" | "none";

export interface GapField {
  /** The gap's field (“prior:收支总计”, “fill:七:公务接待费·主要变动原因:0”). */
  field: string;
  /** What the field is called, naming its item: “公务接待费 变动原因”, “上年收支总计”. */
  label: string;
  input: FieldInput;
  /** Where a figure is kept: last year's figures or this year's typed ones, by name. */
  figure?: { role: "prior" | "inputs"; name: string };
  /** For `none`: where the figure can come from. */
  note?: string;
  /** A 年初预算数: read from this year's 预算公开 workbook. */
  budget?: boolean;
}

/** What the fields read and write. */
export interface FieldValues {
  prior: PriorFigures;
  inputs: PriorFigures;
  fillIns: FillIns;
  /** Figures the text asks the accountant for by name (政府采购支出总额 …). */
  inputNames: readonly string[];
  sources: FigureSources;
}

const BUDGET = /年初预算数?$/;
const BUDGET_NOTE = "决算公开表中没有各科目的年初预算数：请读取本年预算公开表，或插入说明后按预算批复补成“年初预算为…万元，完成年初预算的…%”。";
const TABLE_NOTE = "识别出的表中没有这个数字，说明里保留了【缺：…】：请核对表格，或插入后手工填写。";

/** A gap for a 年初预算数, which this year's 预算公开 workbook holds. */
export function asksBudget(gap: Gap): boolean {
  return gap.kind === "table" && BUDGET.test(gap.field);
}

/** The field of a gap. */
export function gapField(gap: Gap, inputNames: readonly string[]): GapField {
  const label = gapLabel(gap);
  if (gap.kind === "fill") return { field: gap.field, label, input: "words" };
  if (gap.kind === "prior" && gap.item) return { field: gap.field, label, input: "amount", figure: { role: "prior", name: gap.item } };
  return figureOrNote(gap.field, label, inputNames);
}

/** A figure typed earlier and no longer a gap (the text uses it): its field, to correct it. */
export function typedFigureField(role: "prior" | "inputs", name: string): GapField {
  return role === "prior"
    ? { field: `prior:${name}`, label: `上年${name}`, input: "amount", figure: { role, name } }
    : { field: `table:${name}`, label: name, input: isCountName(name) ? "count" : "amount", figure: { role, name } };
}

function figureOrNote(field: string, label: string, inputNames: readonly string[]): GapField {
  const name = field.replace(/^table:/, "");
  if (inputNames.includes(name)) return { field, label, input: isCountName(name) ? "count" : "amount", figure: { role: "inputs", name } };
  const budget = BUDGET.test(name);
  return { field, label, input: "none", note: budget ? BUDGET_NOTE : TABLE_NOTE, budget };
}

/** What is typed in a field now. */
export function fieldValue(f: GapField, values: FieldValues): string {
  if (f.figure) return values[f.figure.role][f.figure.name] ?? "";
  return f.input === "words" ? (values.fillIns[f.field] ?? "") : "";
}

/** Why a typed figure cannot be read (“…不是可识别的数字…”), or undefined. */
export function figureProblem(f: GapField, value: string): string | undefined {
  if (f.input !== "amount" && f.input !== "count") return undefined;
  const typed = readTypedAmount(value, f.input === "count");
  return typed.kind === "invalid" ? `${typed.message}；此项暂不写入说明` : undefined;
}

/** The file a figure was read from, while it is still the file's (“来自：XX局2022年决算.xlsx”). */
export function figureSource(f: GapField, values: FieldValues): string | undefined {
  const from = values.sources.prior;
  if (f.figure?.role !== "prior" || !from) return undefined;
  const value = values.prior[f.figure.name];
  return value !== undefined && from.figures[f.figure.name] === value ? from.file : undefined;
}
