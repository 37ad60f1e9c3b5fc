import type { TableKindSpec } from "./table-kinds";
import { FUNCTION_CLASSES } from "./classification-names";
import { isCountLabel } from "./counts";
import { isNoteLine } from "./note-lines";
import { compact, startsNumbered, withoutNumbering } from "../text/normalize";

/**
 * How the label of an items table's line reads (收支总表, 三公, 资产), worked out once per distinct label: a county
 * workbook prints the same few dozen labels in each of its hundreds of units' tables, and every line is asked.
 */
export interface ItemLabel {
  /** The compacted label without its list numbering: “一、一般公共预算财政拨款收入” → “一般公共预算财政拨款收入”. */
  name: string;
  /** Printed with list numbering (一、 (一) 1.): a section line. */
  numbered: boolean;
  /** A line that explains instead of counting (“三公”经费增减变化原因说明, 备注): read as no line. */
  note: boolean;
  /** “合计” or “总计” alone: the side of the table names it (收入合计, 支出总计). */
  bareTotal: boolean;
}

/** What a line's name means in one kind of table. */
export interface ItemMeaning {
  /** The kind's own name for the line (三公: “支出合计” → 合计), else the name itself. */
  canonical: string;
  /** The 功能分类 class a line of that name is (教育支出 → 205), as a 收支总表 prints its classes by name. */
  code?: string;
  /** The name holds 合计 or 总计. */
  total: boolean;
  /** A count (团组数, 人次), never an amount. */
  count: boolean;
}

/** A line labelled 合计 or 总计 alone. */
export const TOTAL_LABEL = /^(合计|总计)$/;
/** A line naming a total somewhere in its label (人员经费合计, 支出总计). */
export const NAMES_TOTAL = /合计|总计/;
/** “其中：公务用车购置费”: a sub-item line under its item. */
const SUB_ITEM = /^其中[:]?/;
/** Distinct labels remembered before the memory starts over (a workbook of unusual labels never grows it without end). */
const MAX_REMEMBERED = 100_000;

const LABELS = new Map<string, ItemLabel>();
const MEANINGS = new Map<TableKindSpec, Map<string, ItemMeaning>>();
/** Per kind: compacted item name → its canonical meaning (三公: “支出合计” → 合计). */
const ROW_MEANINGS = new Map<TableKindSpec, Map<string, string>>();

/** The reading of a compacted label. */
export function itemLabel(compacted: string): ItemLabel {
  let label = LABELS.get(compacted);
  if (label) return label;
  const name = withoutNumbering(compacted);
  label = { name, numbered: startsNumbered(compacted), note: isNoteLine(name), bareTotal: TOTAL_LABEL.test(name) };
  if (LABELS.size >= MAX_REMEMBERED) LABELS.clear();
  LABELS.set(compacted, label);
  return label;
}

/** What a line named `name` (an ItemLabel's name, or a bare total with its side: 收入合计) means in tables of `kind`. */
export function itemMeaning(kind: TableKindSpec, name: string): ItemMeaning {
  let known = MEANINGS.get(kind);
  if (!known) MEANINGS.set(kind, (known = new Map()));
  let meaning = known.get(name);
  if (meaning) return meaning;
  meaning = { canonical: canonicalRowName(kind, name), code: FUNCTION_CLASSES[name], total: NAMES_TOTAL.test(name), count: isCountLabel(name) };
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(name, meaning);
  return meaning;
}

function canonicalRowName(kind: TableKindSpec, name: string): string {
  let meanings = ROW_MEANINGS.get(kind);
  if (!meanings) {
    meanings = new Map();
    for (const [meaning, names] of Object.entries(kind.rows ?? {})) for (const n of names) if (!meanings.has(compact(n))) meanings.set(compact(n), meaning);
    ROW_MEANINGS.set(kind, meanings);
  }
  return meanings.get(name) ?? meanings.get(name.replace(SUB_ITEM, "")) ?? name;
}
