/** “（已标记）”, “（已标记 2）”, “（副本）”, … at the end of a name. */
const MARKED_SUFFIX = /（(?:已标记|副本)(?:\s*(\d+))?）$/;
const MAX_BASE_LENGTH = 120;

/**
 * The download's file name, never the input's own: "沾益2023.xlsx" → "沾益2023（已标记）.xlsx"; a marked copy's name
 * counts on ("沾益2023（已标记）.xlsx" → "沾益2023（已标记 2）.xlsx"); an .xlsm stays .xlsm; characters Windows refuses
 * in a file name become "_"; a name with nothing left becomes "工作簿（已标记）.xlsx". A copy without marks (after
 * 清除标记) is "沾益2023（副本）.xlsx".
 */
export function markedFileName(original: string, marked = true): string {
  const name = original.split(/[\\/]/).pop() ?? "";
  const extension = /\.xlsm$/i.test(name) ? ".xlsm" : ".xlsx";
  const cleaned = name
    .replace(/\.(xlsx|xlsm)$/i, "")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, "_")
    .replace(/[. ]+$/, "")
    .trim();
  const count = MARKED_SUFFIX.exec(cleaned);
  const base = Array.from(cleaned.replace(MARKED_SUFFIX, "")).slice(0, MAX_BASE_LENGTH).join("") || "工作簿";
  const word = marked ? "已标记" : "副本"; // after 清除标记 the copy holds no mark: not named as marked
  const suffix = count ? `（${word} ${Number(count[1] ?? 1) + 1}）` : `（${word}）`;
  return `${base}${suffix}${extension}`;
}
