/**
 * How the 情况说明 names the figures of the built-in templates (their 定义 names): the words a sentence
 * puts before an amount. The longest matching words win (“一般公共预算财政拨款基本支出” before “基本支出”).
 */
export const FIGURE_WORDS: Record<"决算" | "预算", Record<string, string[]>> = {
  决算: {
    收支总计: ["收、支总计", "收支总计", "收入支出总计"],
    本年收入合计: ["本年收入合计", "本年收入", "总收入"],
    财政拨款收入: ["财政拨款收入"],
    本年支出合计: ["本年支出合计", "本年支出", "总支出"],
    基本支出: ["基本支出"],
    项目支出: ["项目支出"],
    财政拨款收支总计: ["财政拨款收、支总计", "财政拨款收支总计"],
    一般公共预算财政拨款支出: ["一般公共预算财政拨款支出"],
    一般公共预算财政拨款基本支出: ["一般公共预算财政拨款基本支出"],
    人员经费: ["人员经费", "人员支出"],
    公用经费: ["公用经费", "日常公用经费"],
    三公经费合计: ["“三公”经费财政拨款支出", "“三公”经费支出", "三公经费财政拨款支出", "三公经费支出"],
    因公出国费: ["因公出国（境）费", "因公出国（境）经费", "因公出国（境）费用", "因公出国（境）"],
    公务用车费: ["公务用车购置及运行维护费", "公务用车购置及运行费"],
    公务用车购置费: ["公务用车购置费", "公务用车购置"],
    公务用车运行维护费: ["公务用车运行维护费"],
    公务接待费: ["公务接待费"],
    机关运行经费: ["机关运行经费"],
  },
  预算: {
    收支总计: ["收支预算总数", "收支总计"],
    本年收入合计: ["收入预算"],
    一般公共预算拨款收入: ["一般公共预算拨款收入"],
    本年支出合计: ["支出预算"],
    基本支出: ["基本支出"],
    项目支出: ["项目支出"],
    财政拨款收支总计: ["财政拨款收支预算总数"],
    一般公共预算当年拨款: ["一般公共预算当年拨款"],
    一般公共预算基本支出: ["一般公共预算基本支出"],
    人员经费: ["人员经费"],
    公用经费: ["公用经费"],
    三公经费合计: ["“三公”经费财政拨款预算数", "“三公”经费财政拨款预算"],
    公务接待费: ["公务接待费"],
    机关运行经费: ["运行经费财政拨款预算", "机关运行经费"],
  },
};

/** Words that may follow the figure's name before the amount (“…支出决算为”, “…决算数”). */
const TAILS = ["", "支出", "支出决算", "决算", "决算数", "支出决算数", "预算数"];

/** Parts that add up to a figure (domain.md §3): checked against what the text itself states. */
export const FIGURE_IDENTITIES: Record<string, string[]> = {
  本年支出合计: ["基本支出", "项目支出"],
  基本支出: ["人员经费", "公用经费"],
  一般公共预算财政拨款基本支出: ["人员经费", "公用经费"],
  三公经费合计: ["因公出国费", "公务用车费", "公务接待费"],
};

/** 决算 figures whose 全年预算数 the tables hold (for “完成预算 p%”). */
export const FIGURE_BUDGETS: Record<string, string> = {
  三公经费合计: "三公经费预算",
  因公出国费: "因公出国费预算",
  公务用车费: "公务用车费预算",
  公务接待费: "公务接待费预算",
};

/** The figure a sentence's words before an amount name, if any. */
export function figureNamed(label: string, family: "决算" | "预算"): string | undefined {
  let best: { figure: string; length: number } | undefined;
  for (const [figure, words] of Object.entries(FIGURE_WORDS[family])) {
    for (const word of words) {
      const fits = TAILS.some((tail) => label.endsWith(word + tail) && (tail !== "预算数" || family === "预算"));
      if (fits && (!best || word.length > best.length)) best = { figure, length: word.length };
    }
  }
  return best?.figure;
}
