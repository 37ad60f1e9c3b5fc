import { FIGURE_IDENTITIES } from "./figures";
import type { Reading } from "./reading";
import type { FigureLookup, Statement } from "./statements";
import { judge } from "./cross";

/** The parts the text states for a total (FIGURE_IDENTITIES), when it states every one and no table holds the total. */
export function identityParts(statements: readonly Statement[], tableFigure: FigureLookup, reading: Reading) {
  const stated = (figure: string, year: number | undefined) => statements.find((s) => s.figure === figure && s.year === year && s.others.length === 0);
  // “总支出” (本年支出合计, or 收支总计) against 基本 + 项目: only when the text states the 收支总计 too, and it differs
  const ruledOut = (s: Statement) => s.others.every((other) => stated(other, s.year) && judge(s.mention, stated(other, s.year)!.mention, reading) === "error");
  // a part the text does not state counts by its own parts when it states those (公务用车 = 购置 + 运行)
  return (s: Statement) => {
    const parts = ruledOut(s)
      ? FIGURE_IDENTITIES[s.figure]?.flatMap((part) => (stated(part, s.year) ? [part] : (FIGURE_IDENTITIES[part] ?? [part])))
      : undefined;
    const known = parts?.map((part) => stated(part, s.year));
    return parts && known && known.every((k) => k) && !(s.year === undefined && tableFigure(s.figure)) ? { parts, known: known as Statement[] } : undefined;
  };
}
