/**
 * A line of a table that explains instead of counting (“三、“三公”经费增减变化原因等说明”, “备注”): what stands in its
 * amount cells is its text, never an amount.
 */
const NOTE_LINE = /(说明|原因)$|^(备注|附注|注)[:]?$/;

/** `name` compacted, as a line's name is read. */
export function isNoteLine(name: string): boolean {
  return NOTE_LINE.test(name);
}
