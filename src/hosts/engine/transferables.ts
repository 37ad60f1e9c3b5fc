/** Arrays longer than this hold findings or rows, never buffers: not searched. */
const SEARCHED_LENGTH = 256;
const SEARCHED_DEPTH = 6;

/**
 * The buffers of a message to transfer with it (a workbook's bytes, a packed snapshot's arrays) instead of copying
 * them: those of typed arrays and ArrayBuffers in its first few levels; a buffer is listed once.
 */
export function transferablesOf(message: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  collect(message, 0, found);
  return [...found];
}

function collect(value: unknown, depth: number, found: Set<ArrayBuffer>): void {
  if (typeof value !== "object" || value === null || depth > SEARCHED_DEPTH) return;
  if (value instanceof ArrayBuffer) {
    found.add(value);
    return;
  }
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length <= SEARCHED_LENGTH) for (const item of value) collect(item, depth + 1, found);
    return;
  }
  for (const key of Object.keys(value)) collect((value as Record<string, unknown>)[key], depth + 1, found);
}
