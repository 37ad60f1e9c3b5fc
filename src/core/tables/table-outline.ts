import type { TableColumn, TableKind, TableModel, TableRow } from "./table-model";

/**
 * Where a recognised table lies and how it is framed — what the pane's grid needs to freeze its header rows and its
 * code and name columns — without its amounts: plain data that crosses from the engine's worker. A TableModel is
 * one too.
 */
export interface TableOutline {
  sheet: string;
  title: string;
  kind: Pick<TableKind, "title">;
  range: TableModel["range"];
  columns: readonly Pick<TableColumn, "col">[];
  rows: readonly Pick<TableRow, "row">[];
}

export function outlineOf(model: TableModel): TableOutline {
  return {
    sheet: model.sheet,
    title: model.title,
    kind: { title: model.kind.title },
    range: { ...model.range },
    columns: model.columns.map((c) => ({ col: c.col })),
    rows: model.rows.map((r) => ({ row: r.row })),
  };
}
