import { markedFileName } from "../../../src/app/download";

describe("markedFileName", () => {
  it.each([
    ["final-2023-zhanyi.xlsx", "final-2023-zhanyi（已标记）.xlsx"],
    ["沾益2023.XLSX", "沾益2023（已标记）.xlsx"],
    ["宏.xlsm", "宏（已标记）.xlsm"],
    ["沾益2023（已标记）.xlsx", "沾益2023（已标记 2）.xlsx"],
    ["沾益2023（已标记 2）.xlsx", "沾益2023（已标记 3）.xlsx"],
    ["无扩展名", "无扩展名（已标记）.xlsx"],
    ["a:b|c?.xlsx", "a_b_c_（已标记）.xlsx"],
    ["C:\\Users\\会计\\决算.xlsx", "决算（已标记）.xlsx"],
    [".xlsx", "工作簿（已标记）.xlsx"],
    ["", "工作簿（已标记）.xlsx"],
    ["名字. .xlsx", "名字（已标记）.xlsx"],
  ])("%s → %s", (original, expected) => {
    expect(markedFileName(original)).toBe(expected);
    expect(markedFileName(original)).not.toBe(original);
  });

  it.each([
    ["final-2023-zhanyi.xlsx", "final-2023-zhanyi（副本）.xlsx"],
    ["沾益2023（已标记）.xlsx", "沾益2023（副本 2）.xlsx"],
    ["沾益2023（副本）.xlsx", "沾益2023（副本 2）.xlsx"],
  ])("after 清除标记, %s → %s (never named as marked, never the input's own name)", (original, expected) => {
    expect(markedFileName(original, false)).toBe(expected);
  });

  it("shortens a very long name but keeps the suffix and extension", () => {
    const name = markedFileName(`${"预算".repeat(200)}.xlsx`);
    expect(name).toBe(`${"预算".repeat(60)}（已标记）.xlsx`);
  });
});
