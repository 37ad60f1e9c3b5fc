import type { DraftSheet } from "./workbook-draft";
import type { UnitAccounts } from "./unit-accounts";

/**
 * A 情况说明 sheet as departments keep it beside the tables: numbered headings that name the tables
 * (“七、财政拨款“三公”经费支出决算情况说明”) and prose paragraphs, one per cell in column A. It holds no table.
 * The paragraphs state no figure the engine could check against the generated tables (the claims checker has its
 * own tests); they are here to prove that headings and prose are never read as tables.
 */
const HEADINGS = [
  "一、收入支出决算总体情况说明",
  "四、财政拨款收入支出决算总体情况说明",
  "五、一般公共预算财政拨款支出决算情况说明",
  "六、一般公共预算财政拨款基本支出决算情况说明",
  "七、财政拨款“三公”经费支出决算情况说明",
  "八、政府性基金预算财政拨款收入支出决算情况说明",
];

export function textSheet(units: UnitAccounts[]): DraftSheet {
  const sheet: DraftSheet = { name: "情况说明", rows: [], merges: [] };
  const put = (text: string) => sheet.rows.push([{ value: text }]);
  put(`第三部分 ${units[0].department} 2023 年度部门决算情况说明`);
  for (const heading of HEADINGS) {
    put(heading);
    put(`${units[0].department}本年度决算情况见《财政拨款收入支出决算总表》等公开表，具体说明如下。主要原因：严格执行预算，厉行节约。`);
  }
  put("财政拨款“三公”经费支出决算表");
  put("本单位严格控制“三公”经费支出，具体数字见公开表。");
  return sheet;
}
