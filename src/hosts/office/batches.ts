/** One queued Office.js operation and the bytes it is estimated to add to its request or response. */
export interface QueuedOperation {
  bytes: number;
  queue: () => void;
}

/**
 * Groups operations into batches whose estimated size stays under `budgetBytes`; each batch becomes one request.
 * The number of batches depends on the payload size only, never on how many operations there are.
 */
export function packOperations(operations: readonly QueuedOperation[], budgetBytes: number): QueuedOperation[][] {
  const batches: QueuedOperation[][] = [];
  let batch: QueuedOperation[] = [];
  let size = 0;
  for (const op of operations) {
    if (batch.length > 0 && size + op.bytes > budgetBytes) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(op);
    size += op.bytes;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Queues each batch and syncs once per batch, with screen updating suspended while it runs. */
export async function runInBatches(context: Excel.RequestContext, operations: readonly QueuedOperation[], budgetBytes: number): Promise<void> {
  for (const batch of packOperations(operations, budgetBytes)) {
    context.application.suspendScreenUpdatingUntilNextSync();
    for (const op of batch) op.queue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- deliberate: one sync per batch keeps each request under Excel's payload limit
    await context.sync();
  }
}

/** UTF-8 length of a string, to estimate payload sizes. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
