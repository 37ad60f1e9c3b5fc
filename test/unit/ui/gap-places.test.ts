import { fillMark, missingMark, sectionRuns } from "../../../src/core/narrative/template/gaps";
import type { NarrativeSection } from "../../../src/ui/engine";
import { gapField } from "../../../src/ui/narrative/gap-fields";
import { gapPlaces, nextOpenPlace, placeKey } from "../../../src/ui/narrative/gap-places";
import { adoptEarlierFillIns } from "../../../src/ui/narrative/gaps";

function section(id: string, marked: string): NarrativeSection {
  const lines = sectionRuns(marked, { id, title: id });
  const gaps = lines.flatMap((line) => line.flatMap((run) => (run.gap ? [run.gap] : [])));
  return { id, title: id, text: "", lines, gaps, placeholders: [] };
}

const 一 = section("一", `收、支总计${missingMark("上年收支总计")}。原因：${fillMark("主要变动原因", "收、支总计")}。`);
const 七 = section(
  "七",
  `接待${missingMark("上年公务接待费")}。原因：${fillMark("主要变动原因", "公务接待费")}。\n再次${missingMark("上年收支总计")}，${missingMark("上年公务接待费")}。`,
);
const sections = [一, 七];

describe("places of the gaps in the text", () => {
  it("lists every place in reading order, a field shown twice in one chapter counted apart", () => {
    const places = gapPlaces(sections, { "fill:一:收、支总计·主要变动原因:0": "人员增加" });
    expect(places.map((p) => [placeKey(p), p.open])).toEqual([
      ["一|prior:收支总计#0", true],
      ["一|fill:一:收、支总计·主要变动原因:0#0", false],
      ["七|prior:公务接待费#0", true],
      ["七|fill:七:公务接待费·主要变动原因:0#0", true],
      ["七|prior:收支总计#0", true],
      ["七|prior:公务接待费#1", true],
    ]);
  });

  it("goes on to the next open place of a chosen chapter, round to the start, never to the field just edited", () => {
    const places = gapPlaces(sections, { "fill:一:收、支总计·主要变动原因:0": "人员增加" });
    const all = new Set(["一", "七"]);
    expect(placeKey(nextOpenPlace(places, all)!)).toBe("一|prior:收支总计#0");
    expect(placeKey(nextOpenPlace(places, all, "一|prior:收支总计#0")!)).toBe("七|prior:公务接待费#0"); // the filled reason skipped
    expect(placeKey(nextOpenPlace(places, all, "七|prior:公务接待费#0")!)).toBe("七|fill:七:公务接待费·主要变动原因:0#0");
    expect(placeKey(nextOpenPlace(places, all, "七|prior:收支总计#0")!)).toBe("七|prior:公务接待费#1");
    expect(placeKey(nextOpenPlace(places, all, "七|prior:公务接待费#1")!)).toBe("一|prior:收支总计#0"); // round to the start
    expect(placeKey(nextOpenPlace(places, new Set(["七"]), "七|prior:公务接待费#1")!)).toBe("七|fill:七:公务接待费·主要变动原因:0#0"); // 公务接待费 just edited, 一 left out
    expect(nextOpenPlace(gapPlaces([一], { "fill:一:收、支总计·主要变动原因:0": "x" }), all, "一|prior:收支总计#0")).toBeUndefined();
  });
});

describe("the field of a gap", () => {
  it("asks words, a figure kept by name, or says where a figure the tables lack comes from", () => {
    const [prior, reason] = 一.gaps;
    expect(gapField(reason, [])).toEqual({ field: "fill:一:收、支总计·主要变动原因:0", label: "收、支总计 变动原因", input: "words" });
    expect(gapField(prior, [])).toMatchObject({ label: "上年收支总计", input: "amount", figure: { role: "prior", name: "收支总计" } });
    const [cars, budget] = section("十", `${missingMark("车辆数")}辆，${missingMark("行政运行（2010601）年初预算数")}`).gaps;
    expect(gapField(cars, ["车辆数"])).toMatchObject({ input: "count", figure: { role: "inputs", name: "车辆数" } });
    expect(gapField(budget, ["车辆数"])).toMatchObject({ input: "none", budget: true, label: "行政运行（2010601）年初预算数" });
  });
});

describe("words typed before fields knew their item", () => {
  it("move to the gap that had their key, never over words typed since", () => {
    const 七 = section("七", ["“三公”经费", "公务用车购置及运行维护费", "公务接待费"].map((item) => `原因：${fillMark("主要变动原因", item)}。`).join(""));
    const earlier = {
      "fill:七:主要变动原因:0": "压减开支",
      "fill:七:主要变动原因:2": "接待减少",
      "fill:七:公务用车购置及运行维护费·主要变动原因:0": "车辆老化",
    };
    expect(adoptEarlierFillIns([七], earlier)).toEqual({
      "fill:七:公务用车购置及运行维护费·主要变动原因:0": "车辆老化",
      "fill:七:“三公”经费·主要变动原因:0": "压减开支",
      "fill:七:公务接待费·主要变动原因:0": "接待减少",
    });
    const settled = adoptEarlierFillIns([七], earlier);
    expect(adoptEarlierFillIns([七], settled)).toBe(settled);
  });
});
