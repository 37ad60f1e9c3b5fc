import type { SheetGrid } from "./sheet-grid";
import { namesEveryItem } from "./untitled-three-public";

/** A line labelled by a year alone (“2015年”, “2016年度”). */
const YEAR_LINE = /^\s*\d{4}\s*年度?\s*$/;

/**
 * A 三公 comparison printed with its years as lines and its items as columns (衢江 2016: 年度 | 合计 | 因公出国(境)经费 |
 * 公务接待费 | 公车购置及运行维护费, then a line per year and a line of rates): two lines or more labelled by a year alone,
 * under a header naming the 三公 items across. Not read yet — said so, with why, instead of the plain 未识别.
 */
export function yearsAsLines(grid: SheetGrid, top: number, bottom: number): boolean {
  const rows = grid.rowsBetween(top, bottom);
  const firstYear = rows.findIndex((r) => YEAR_LINE.test(grid.firstText(r)));
  if (firstYear < 0) return false;
  const years = rows.slice(firstYear).filter((r) => YEAR_LINE.test(grid.firstText(r)));
  const heads = rows.slice(0, firstYear).flatMap((r) => grid.rowTexts(r));
  return years.length >= 2 && namesEveryItem(heads);
}

export const YEARS_AS_LINES_REASON = "年度为行、项目为列的“三公”经费对比表（每个年度一行），这种排列尚不能按行列含义核对，未作检查。";
