import { tableRow, type TableRow } from "../tables/table-model";
import type { TableKindSpec } from "./table-kinds";
import type { ColumnInfo } from "./columns";
import { compact } from "../text/normalize";
import { CellLayout } from "./row-cells";
import { isCountLabel } from "./counts";

/**
 * Items printed across the columns instead of down the rows: the national-standard 三公 table prints one data
 * row under a header such as 预算数 ‖ 决算数 × (合计, 因公出国（境）费, 公务用车购置及运行维护费 (小计, 购置费, 运行维护费),
 * 公务接待费), or (预算数, 决算数) pairs under each item (上海). Read either way, the model is the same as for the
 * vertical list (沾益): rows keyed by item (合计, 因公出国费, 公务用车费 …), columns by measure (预算数, 决算数).
 */
export interface ItemColumn {
  /** Canonical item (row meaning of the kind): "公务用车费". */
  item: string;
  /** Item as printed in the header: "公务用车购置及运行维护费". */
  printed: string;
  /** Canonical measure (column meaning of the kind): "预算数", "决算数". */
  measure: string;
  col: number;
}

/** Each amount column's item and measure, when every amount column names both; otherwise undefined. */
export function itemsAcross(kind: TableKindSpec, amountCols: readonly ColumnInfo[]): ItemColumn[] | undefined {
  if (!kind.rows || !kind.columns || amountCols.length < 2) return undefined;
  const out: ItemColumn[] = [];
  for (const info of amountCols) {
    if (info.path.some(isCountLabel)) continue; // 团组数, 人次 … printed beside the money columns
    const segments = info.path.flatMap((segment) => itemAndMeasure(kind, compact(segment)));
    const measure = measureOf(kind, segments);
    const item = itemOf(kind, segments);
    if (!measure || !item) return undefined;
    out.push({ item: item.meaning, printed: item.printed, measure, col: info.col });
  }
  return out.length >= 2 ? out : undefined;
}

/** The item rows of one sheet row: one row per item, each a view of that item's measure cells. */
export function itemRowsAt(columns: readonly ItemColumn[], row: number, makeCells: (layout: CellLayout) => TableRow["cells"]): TableRow[] {
  const byItem = new Map<string, ItemColumn[]>();
  for (const c of columns) byItem.set(c.item, [...(byItem.get(c.item) ?? []), c]);
  return [...byItem.values()].map((cols) => {
    const line = tableRow(cols[0].item, cols[0].printed, row, makeCells(new CellLayout(cols.map((c) => ({ key: c.measure, col: c.col })))));
    if (cols[0].item === "合计") line.total = true;
    return line;
  });
}

/** One head naming both (上海: “机关运行经费决算数”): the item, then the measure; any other head as it is. */
function itemAndMeasure(kind: TableKindSpec, segment: string): string[] {
  for (const patterns of Object.values(kind.columns ?? {})) {
    for (const p of patterns) {
      const measure = compact(p);
      if (!segment.endsWith(measure) || segment === measure) continue;
      const item = segment.slice(0, -measure.length);
      if (meaningOf(kind, item)) return [item, measure];
    }
  }
  return [segment];
}

/** The measure a path names (预算数, 决算数); an item's own name (合计, 因公出国（境）费) is never a measure. */
function measureOf(kind: TableKindSpec, segments: string[]): string | undefined {
  for (const [meaning, patterns] of Object.entries(kind.columns ?? {})) {
    if (patterns.some((p) => segments.includes(compact(p)) && !meaningOf(kind, compact(p)))) return meaning;
  }
  return undefined;
}

/** The most specific item named in the path: a 小计 under 公务用车… is the car subtotal. */
function itemOf(kind: TableKindSpec, segments: string[]): { meaning: string; printed: string } | undefined {
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (segment === "小计" && i > 0) {
      const parent = meaningOf(kind, segments[i - 1]);
      if (parent) return { meaning: parent, printed: segments[i - 1] };
    }
    const meaning = meaningOf(kind, segment);
    if (meaning) return { meaning, printed: segment };
  }
  return undefined;
}

function meaningOf(kind: TableKindSpec, segment: string): string | undefined {
  for (const [meaning, names] of Object.entries(kind.rows ?? {})) if (names.some((n) => compact(n) === segment)) return meaning;
  return undefined;
}
