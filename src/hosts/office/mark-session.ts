import { AnnotationIndex } from "./annotations";
import type { AnnotationMode } from "./capabilities";
import { MarkStore } from "./mark-store";

/** What marking and clearing start from: the stored record's parts, the workbook's notes/comments and its sheets. */
export interface MarkSession {
  store: MarkStore;
  annotations: AnnotationIndex;
  worksheets: Excel.Worksheet[];
}

/** Lists the record's parts, the annotations and the sheets in one request (the first of every marking run). */
export async function openMarkSession(context: Excel.RequestContext, mode: AnnotationMode): Promise<MarkSession> {
  const store = new MarkStore(context);
  const annotations = new AnnotationIndex(context, mode);
  const worksheets = context.workbook.worksheets.load("items/name");
  store.queueList();
  annotations.queueList();
  await context.sync();
  return { store, annotations, worksheets: worksheets.items };
}
