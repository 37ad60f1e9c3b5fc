import type { NarrativeParagraph } from "../../narrative";
import { compact } from "../../text/normalize";
import { projectKey } from "../report";
import { extractFigures } from "./figures";
import type { PerformanceProject } from "../model";
import { REPORT_BREAK_HEADING, WHOLE_REPORT_HEADING } from "../vocabulary";

/** A paragraph of report text, as the 情况说明 reader gives it: a cell of a prose sheet, or a paragraph of --text. */
export type ReportParagraph = NarrativeParagraph;

/** A paragraph with the project it speaks of. */
export interface AttributedParagraph {
  paragraph: ReportParagraph;
  project: PerformanceProject;
}

const HEADING_MAX = 40;

/** Projects whose name (without code and category) the text contains. */
function named(text: string, projects: PerformanceProject[]): PerformanceProject[] {
  const t = compact(text);
  return projects.filter((p) => projectKey(p).length >= 2 && t.includes(projectKey(p)));
}

/**
 * Which project each paragraph speaks of. A short heading (no figure in it) naming a project (“（城乡居民医疗保险县级配套资金）”)
 * or a 整体 report starts its section; a paragraph naming exactly one project speaks of it; other paragraphs
 * belong to the section they are in. Several projects with one name are not told apart: none is chosen.
 */
export function attributeParagraphs(paragraphs: ReportParagraph[], projects: PerformanceProject[]): AttributedParagraph[] {
  const whole = projects.filter((p) => p.table.scope === "部门整体支出");
  const items = projects.filter((p) => p.table.scope === "项目支出");
  const out: AttributedParagraph[] = [];
  let current: PerformanceProject | undefined;
  for (const paragraph of paragraphs) {
    const mentioned = unique(named(paragraph.text, items));
    const heading = compact(paragraph.text).length <= HEADING_MAX && extractFigures(paragraph.text).length === 0;
    if (heading) {
      if (mentioned.length === 1) current = mentioned[0];
      else if (WHOLE_REPORT_HEADING.test(paragraph.text)) current = whole.length === 1 ? whole[0] : undefined;
      else if (REPORT_BREAK_HEADING.test(compact(paragraph.text))) current = undefined;
      continue;
    }
    const project = mentioned.length === 1 ? mentioned[0] : mentioned.length === 0 ? current : undefined;
    if (project) out.push({ paragraph, project });
  }
  return out;
}

/** One project per name: the same project read twice (a 目标表 and its 自评表) counts once, its 自评表 first. */
function unique(projects: PerformanceProject[]): PerformanceProject[] {
  const byKey = new Map<string, PerformanceProject[]>();
  for (const p of projects) byKey.set(projectKey(p), [...(byKey.get(projectKey(p)) ?? []), p]);
  return [...byKey.values()].flatMap((list) => {
    const evaluations = list.filter((p) => p.table.form === "自评表");
    return evaluations.length === 1 ? evaluations : list.length === 1 ? list : [];
  });
}
