import type { PerformanceProject } from "../../../src/core/performance/model";
import { attributeParagraphs, ProjectNames } from "../../../src/core/performance/self-report/paragraphs";

/**
 * Matching report paragraphs to 绩效 projects by name is a look-up, not a pass over every project per paragraph
 * (it was: 8,000 projects took ≈ 19 s). The work is counted, not timed: names tried at a position whose two
 * characters start a name.
 */
const project = (name: string, form: "目标表" | "自评表" = "自评表"): PerformanceProject =>
  ({ table: { scope: "项目支出", form, kind: "项目支出绩效自评表" }, name, budget: [], indicators: [] }) as unknown as PerformanceProject;

// names sharing their first characters, as real project lists do (“2023年…”, “县级…”)
const names = Array.from({ length: 8000 }, (_, i) => `县级配套资金第${i}号项目`);

describe("paragraphs find their project by name", () => {
  it("8,000 projects and 8,000 paragraphs: each paragraph gets its own project, the work grows with the text", () => {
    const projects = names.map((n) => project(n));
    const paragraphs = names.map((n, i) => ({ index: i + 1, text: `${n}：预算执行率为98.50%，年度目标全部完成，满意度为95%，项目实施情况良好。` }));
    const index = new ProjectNames(projects);
    const found = paragraphs.map((p) => index.in(p.text));
    expect(found.every((list, i) => list.length === 1 && list[0] === projects[i])).toBe(true);
    // at most (distinct name lengths starting with those two characters) look-ups per position: here 4 lengths
    const characters = paragraphs.reduce((n, p) => n + p.text.length, 0);
    expect(index.lookups).toBeLessThanOrEqual(characters * 4);
    expect(index.lookups).toBeLessThan(projects.length * 50);
    expect(attributeParagraphs(paragraphs, projects).map((a) => a.project.name)).toEqual(names);
  });

  it("a name read twice (目标表 and 自评表) counts once, the 自评表's; two 自评表 of one name choose none", () => {
    const goal = project("异地就医工作", "目标表");
    const self = project("异地就医工作");
    expect(new ProjectNames([goal, self]).in("异地就医工作完成率100%")).toEqual([self]);
    expect(new ProjectNames([self, project("异地就医工作")]).in("异地就医工作完成率100%")).toEqual([]);
    expect(new ProjectNames([self, project("城乡居民医疗保险")]).in("城乡居民医疗保险与异地就医工作")).toHaveLength(2);
  });
});
