import { readFixture } from "../../support/fixtures";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import type { TableModel } from "../../../src/core/tables/table-model";
import { generateNarrative } from "../../../src/core/narrative";
import { reasonGap } from "../../../src/core/narrative/phrases";
import { gapLabel, itemName } from "../../../src/core/narrative/template/gap-labels";
import { missingMark, sectionRuns, type NarrativeGap } from "../../../src/core/narrative/template/gaps";

const gapsOf = (text: string, id = "七"): NarrativeGap[] =>
  sectionRuns(text, { id, title: `${id}、…` }).flatMap((line) => line.flatMap((r) => (r.gap ? [r.gap] : [])));

describe("labels of the gaps' fields name their item", () => {
  it("tells the four 三公 reasons apart by their item, and says what is asked", () => {
    const text = ["三公经费合计", "因公出国费", "公务用车费", "公务接待费"].map((item) => reasonGap("", false, itemName(item))).join("");
    expect(gapsOf(text).map(gapLabel)).toEqual([
      "“三公”经费 变动原因",
      "因公出国（境）费 变动原因",
      "公务用车购置及运行维护费 变动原因",
      "公务接待费 变动原因",
    ]);
  });

  it("keeps the placeholder the reader sees, and a new item's reason says so", () => {
    const [gap] = gapsOf(reasonGap("", true, "公务接待费"));
    expect(sectionRuns(reasonGap("", true, "公务接待费"), { id: "七", title: "" })[0][1].text).toBe("【待填写：上年无此项的原因】");
    expect(gapLabel(gap)).toBe("公务接待费 上年无此项的原因");
  });

  it("names a share by its part, a prior-year figure and a missing one as the placeholder does", () => {
    const gaps = gapsOf([missingMark("基本支出占本年支出合计的比例"), missingMark("上年收支总计"), missingMark("行政运行（2010601）年初预算数")].join("，"));
    expect(gaps.map(gapLabel)).toEqual(["基本支出 占比", "上年收支总计", "行政运行（2010601）年初预算数"]);
  });

  it("keeps a reason with its item when another item's reason is no longer asked (the text written again)", () => {
    const both = gapsOf(reasonGap("", false, "公务用车购置及运行维护费") + reasonGap("", false, "公务接待费"));
    const one = gapsOf(reasonGap("", false, "公务接待费"));
    expect(one[0].field).toBe(both[1].field);
    expect(both.map((g) => g.field)).toEqual(["fill:七:公务用车购置及运行维护费·主要变动原因:0", "fill:七:公务接待费·主要变动原因:0"]);
  });
});

describe("labels in the built-in templates' texts", () => {
  let zhanyi: TableModel[];
  let dazhou: TableModel[];
  beforeAll(async () => {
    zhanyi = recognizeTables(await readFixture("final-2023-zhanyi.xlsx")).tables;
    dazhou = recognizeTables(await readFixture("budget-2023-dazhou.xlsx")).tables;
  });

  const labels = (tables: TableModel[], family: "决算" | "预算") =>
    generateNarrative(tables, { family, year: 2023, framing: true }).sections.flatMap((s) => s.gaps.filter((g) => g.kind === "fill").map(gapLabel));

  it("gives no two fields of a 决算 text the same label (沾益)", () => {
    const all = labels(zhanyi, "决算");
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(
      expect.arrayContaining([
        "收、支总计 变动原因",
        "“三公”经费 变动原因",
        "公务用车购置及运行维护费 变动原因",
        "公务接待费 变动原因",
        "机关运行经费 变动原因",
      ]),
    );
  });

  it("gives no two fields of a 预算 text the same label, each 项's use named with its code (达州)", () => {
    const all = labels(dazhou, "预算");
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(["收支预算总数 原因", "“三公”经费 原因", "行政单位医疗（2101101） 主要用途"]));
  });
});
