import type { NarrativeGap } from "./gaps";

/**
 * The labels of the gaps' fields, as data: each names its item and what is asked (“公务接待费 变动原因”, “基本支出
 * 占比”), never four boxes called “主要变动原因”. One vocabulary for the pane, the page and the offline file.
 */

/** How the text names a figure of the built-in templates (their 定义 names) when a gap is about it. */
const ITEM_NAMES: Record<string, string> = {
  收支总计: "收、支总计",
  财政拨款收支总计: "财政拨款收、支总计",
  三公经费合计: "“三公”经费",
  因公出国费: "因公出国（境）费",
  公务用车费: "公务用车购置及运行维护费",
};

/** What a `fill` gap asks, by its placeholder's words (the rest are said as they are). */
const ASKED: Record<string, string> = {
  主要变动原因: "变动原因",
  主要原因: "原因",
  上年无此项的原因: "上年无此项的原因",
  主要用途: "主要用途",
};

/** 【缺：基本支出占本年支出合计的比例】: a share, asked for by its part. */
const SHARE = /^(?:上年)?(.+?)占.+的比例$/;

/** The words naming a figure of the templates (“因公出国费” → “因公出国（境）费”). */
export function itemName(name: string): string {
  return ITEM_NAMES[name] ?? name;
}

/** The label of a gap's field: “公务接待费 变动原因”, “上年收支总计”, “基本支出 占比”, “部门主要职责”. */
export function gapLabel(gap: Pick<NarrativeGap, "kind" | "label" | "subject">): string {
  if (gap.kind === "fill") return gap.subject ? `${gap.subject} ${ASKED[gap.label] ?? gap.label}` : gap.label;
  const part = SHARE.exec(gap.label)?.[1];
  return part ? `${gap.label.startsWith("上年") ? "上年" : ""}${part} 占比` : gap.label;
}
