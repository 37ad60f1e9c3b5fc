import type { NarrativeParagraph } from "../../paragraphs/paragraph";
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

/**
 * The projects by name (without code and category), one entry per name as `unique` chooses them, found in a
 * text by looking up, at each position of the text, the names that start with its two characters there (by
 * their lengths) — hash look-ups, never a pass over every project per paragraph: the work grows with the text
 * and the projects, not with their product (8,000 projects and paragraphs: see the unit test's count).
 */
export class ProjectNames {
  private readonly byName = new Map<string, PerformanceProject[]>();
  /** Lengths of the names starting with each two characters. */
  private readonly lengths = new Map<string, number[]>();
  /** Names looked up so far (the work done), for the test that keeps the look-up linear. */
  lookups = 0;

  constructor(projects: PerformanceProject[]) {
    const all = new Map<string, PerformanceProject[]>();
    for (const p of projects) {
      const key = projectKey(p);
      if (key.length >= 2) all.set(key, [...(all.get(key) ?? []), p]);
    }
    for (const [key, list] of all) {
      this.byName.set(key, unique(list));
      const start = key.slice(0, 2);
      const lengths = this.lengths.get(start) ?? [];
      if (!lengths.includes(key.length)) this.lengths.set(start, [...lengths, key.length]);
    }
  }

  /** The projects whose name the text contains (a name read twice, as 目标表 and 自评表, counts once). */
  in(text: string): PerformanceProject[] {
    const t = compact(text);
    const found = new Set<string>();
    for (let i = 0; i + 1 < t.length; i++) {
      for (const length of this.lengths.get(t.slice(i, i + 2)) ?? []) {
        this.lookups++;
        const key = t.slice(i, i + length);
        if (key.length === length && this.byName.has(key)) found.add(key);
      }
    }
    return [...found].flatMap((key) => this.byName.get(key)!);
  }
}

/**
 * Which project each paragraph speaks of. A short heading (no figure in it) naming a project (“（城乡居民医疗保险县级配套资金）”)
 * or a 整体 report starts its section; a paragraph naming exactly one project speaks of it; other paragraphs
 * belong to the section they are in. Several projects with one name are not told apart: none is chosen.
 */
export function attributeParagraphs(paragraphs: ReportParagraph[], projects: PerformanceProject[]): AttributedParagraph[] {
  const whole = projects.filter((p) => p.table.scope === "部门整体支出");
  const items = new ProjectNames(projects.filter((p) => p.table.scope === "项目支出"));
  const out: AttributedParagraph[] = [];
  let current: PerformanceProject | undefined;
  for (const paragraph of paragraphs) {
    const mentioned = items.in(paragraph.text);
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
function unique(list: PerformanceProject[]): PerformanceProject[] {
  const evaluations = list.filter((p) => p.table.form === "自评表");
  return evaluations.length === 1 ? evaluations : list.length === 1 ? list : [];
}
