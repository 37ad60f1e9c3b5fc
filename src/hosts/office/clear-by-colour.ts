import { MARK_FILL } from "../marks/cell-marks";
import { runInBatches, type QueuedOperation } from "./batches";
import type { AnnotationMode } from "./capabilities";
import { writeFillsOperation, type RowSegment } from "./cell-fills";
import type { FillState } from "./mark-record";
import { openMarkSession } from "./mark-session";

const MARK_COLOURS = new Set(Object.values(MARK_FILL).map((rgb) => `#${rgb}`));

/**
 * 按助手的底色清除标记, for a workbook whose restore record is damaged: in every sheet's used range a solid fill in
 * a mark colour becomes no fill, the add-in's notes (recognised by their first line) are deleted, and the damaged
 * record is removed. Four requests plus the writes; fills of any other colour and the user's notes stay.
 */
export async function clearMarksByColour(context: Excel.RequestContext, mode: AnnotationMode, budgetBytes: number): Promise<void> {
  const { store, annotations, worksheets } = await openMarkSession(context, mode);
  const used = worksheets.map((ws) => ws.getUsedRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount"));
  annotations.queueLocations();
  await context.sync();
  annotations.index();
  const fills = used.map((range) => (range.isNullObject ? undefined : range.getCellProperties({ format: { fill: { color: true, pattern: true } } })));
  await context.sync();

  const operations: QueuedOperation[] = [store.replaceOperation({ cells: [] })];
  for (const note of annotations.ours()) operations.push(annotations.deleteOperation(note));
  worksheets.forEach((ws, i) => {
    const rows = fills[i]?.value ?? [];
    rows.forEach((row, r) => {
      const wanted = new Map<number, FillState>();
      row.forEach((cell, c) => {
        if (isMarkFill(cell.format?.fill)) wanted.set(used[i].columnIndex + c, { pattern: "None" });
      });
      if (wanted.size === 0) return;
      const cols = [...wanted.keys()];
      const segment: RowSegment = { sheet: ws.name, row: used[i].rowIndex + r, left: Math.min(...cols), right: Math.max(...cols) };
      operations.push(writeFillsOperation(context, segment, wanted));
    });
  });
  await runInBatches(context, operations, budgetBytes);
}

/** A solid fill in one of the add-in's mark colours. */
export function isMarkFill(fill: { color?: string; pattern?: string } | undefined): boolean {
  return fill?.pattern === "Solid" && MARK_COLOURS.has((fill.color ?? "").toUpperCase());
}
