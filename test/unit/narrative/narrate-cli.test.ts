import * as path from "path";
import { main } from "../../../src/hosts/cli/narrate";
import { runCli } from "../../support/run-cli";
import { readFixture } from "../../support/fixtures";
import { checkWorkbook, DEFAULT_ENGINE_CONFIG, narrate } from "../../../src/core/session";
import { gapField } from "../../../src/ui/narrative/gap-fields";

/** The CLI's settings: the numbers' chapters only (部门概况 and 名词解释 are the pane's). */
const CLI_CONFIG = { ...DEFAULT_ENGINE_CONFIG, framingChapters: false };

const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
const fixture = (name: string) => path.join(FIXTURES, name);

const run = (args: string[]) => runCli(main, args);

describe("npm run narrate", () => {
  it("prints the text with last year's workbook, and the list of missing numbers", async () => {
    const { code, out } = await run([fixture("final-2023-zhanyi.xlsx"), "--prior", fixture("prior-2022-zhanyi.xlsx")]);
    expect(code).toBe(0);
    // year 2023 read from the workbook (整体绩效自评情况!A1 “2023年度…”)
    expect(out).toContain(
      "一、收入支出决算总体情况说明\n曲靖市沾益区医疗保障局2023年度收、支总计均为536.92万元。与2022年度相比，收、支总计增加53.69万元，增长11.11%。",
    );
    expect(out).toContain(
      "—— 缺少以下数字（文中以【缺：…】标出，请补充后重新生成）：\n  · 一般公共预算年初预算\n  · 机关事业单位基本养老保险缴费支出（2080505）年初预算数",
    );
  });

  it("lists what is left to supply by the names the pane's fields give it (one vocabulary): figures, then words", async () => {
    const { out } = await run([fixture("final-2023-zhanyi.xlsx"), "--prior", fixture("prior-2022-zhanyi.xlsx")]);
    const listed = (heading: string) =>
      out
        .split(`—— ${heading}`)[1]
        .split("\n\n")[0]
        .trimEnd()
        .split("\n")
        .slice(1)
        .map((line) => line.replace(/^ {2}· /, ""));
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const narrative = narrate(checkWorkbook(snapshot, CLI_CONFIG), CLI_CONFIG, { priorYear: await readFixture("prior-2022-zhanyi.xlsx") });
    const paneLabels = (fill: boolean) => narrative.gaps.filter((g) => (g.kind === "fill") === fill).map((g) => gapField(g, narrative.inputs).label);
    expect(listed("缺少以下数字")).toEqual(paneLabels(false));
    expect(listed("待填写以下文字")).toEqual(paneLabels(true));
    expect(listed("待填写以下文字")).toEqual(expect.arrayContaining(["收、支总计 变动原因", "“三公”经费 变动原因", "公务接待费 上年无此项的原因"]));
  });

  it("--json gives sections with their placeholders", async () => {
    const { out } = await run([fixture("final-2023-zhanyi.xlsx"), "--json"]);
    const json = JSON.parse(out) as { file: string; sections: { id: string; placeholders: string[] }[]; missing: string[] };
    expect(json.file).toBe("final-2023-zhanyi.xlsx");
    expect(json.sections.map((s) => s.id)).toEqual(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]);
    expect(json.sections[0].placeholders).toEqual(["【缺：上年收支总计】", "【待填写：主要变动原因】"]);
    expect(json.missing).toContain("上年收支总计");
  });

  it("--template replaces the built-in text", async () => {
    const { out } = await run([fixture("budget-2023-dazhou.xlsx"), "--template", path.join(__dirname, "fixtures", "short.tpl")]);
    expect(out).toBe("收支\n达州市医疗保障事务中心2023年收支预算总数461.49万元。\n");
  });

  it("rejects unreadable input and a wrong command line with a Chinese message and exit code 2", async () => {
    expect(await run([fixture("text-2023-emeishan.txt")])).toMatchObject({ code: 2, out: "", err: expect.stringContaining("这不是 .xlsx 工作簿") });
    expect(await run([fixture("missing.xlsx")])).toMatchObject({ code: 2, err: `无法打开文件“${fixture("missing.xlsx")}”：文件不存在。\n` });
    expect(await run([])).toMatchObject({ code: 2, err: expect.stringContaining("用法：npm run narrate") });
    expect(await run([fixture("final-2023-zhanyi.xlsx"), "--prio", "x.json"])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^未知选项 --prio\n用法：npm run narrate/),
    });
  });
});
