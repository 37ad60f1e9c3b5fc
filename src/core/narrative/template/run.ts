import type { NumberStyle } from "../phrases";
import type { EvalContext } from "./eval-context";
import { evaluate, render } from "./evaluate";
import type { Template } from "./template";
import type { Value, ValueSource } from "./values";
import { placeholderText, sectionRuns, type NarrativeGap, type TextRun } from "./gaps";

export interface NarrativeSection {
  id: string;
  title: string;
  /** Paragraphs separated by "\n", gaps shown as their placeholders. */
  text: string;
  /** Every visible placeholder in the text (【缺：…】, 【待填写：…】), in order. */
  placeholders: string[];
  /** The paragraphs as runs of plain text and gaps (the same text as `text`, line by line). */
  lines: TextRun[][];
  /** Every gap of the section, in order (a gap shown twice is listed twice). */
  gaps: NarrativeGap[];
}

export interface NarrativeResult {
  sections: NarrativeSection[];
  /** Labels of the numbers that were not available (each once). */
  missing: string[];
  /** Figures the text asks the accountant for through 输入() (政府采购支出总额 …), given or not, each once. */
  inputs: string[];
}

/** Where a template's figures come from: this year's tables, last year's figures, this year's budget. */
export interface TemplateEnvironment {
  source: ValueSource;
  prior?: ValueSource;
  budget?: ValueSource;
  builtins: Map<string, Value>;
  style: NumberStyle;
}

/** Renders every section of a parsed template against this year's (and last year's) figures. */
export function runTemplate(template: Template, env: TemplateEnvironment): NarrativeResult {
  const { builtins, ...sources } = env;
  const missing: string[] = [];
  const inputs: string[] = [];
  const sections = template.sections.map((section): NarrativeSection => {
    const ctx: EvalContext = {
      ...sources,
      inPrior: false,
      definitions: template.definitions,
      variables: new Map(),
      builtins,
      report: { missing, inputs },
    };
    return writtenSection(section.id, section.title, paragraphs(render(section.body, ctx)).join("\n"));
  });
  return { sections, missing, inputs };
}

/** A section from its text with the gaps' marks in it (gaps.ts: fillMark, missingMark): lines of runs, gaps typed. */
export function writtenSection(id: string, title: string, marked: string): NarrativeSection {
  const lines = sectionRuns(marked, { id, title });
  const gaps = lines.flatMap((line) => line.flatMap((run) => (run.gap ? [run.gap] : [])));
  return {
    id,
    title,
    text: lines.map((line) => line.map((run) => run.text).join("")).join("\n"),
    placeholders: gaps.map((gap) => placeholderText(gap)),
    lines,
    gaps,
  };
}

function paragraphs(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The value of one named definition (定义) of a template, or undefined when it is not available. */
export function evaluateDefinition(template: Template, name: string, source: ValueSource): Value | undefined {
  const definition = template.definitions.get(name);
  if (!definition) return undefined;
  const ctx: EvalContext = {
    source,
    inPrior: false,
    style: "fixed",
    definitions: template.definitions,
    variables: new Map(),
    builtins: new Map(),
    report: { missing: [], inputs: [] },
  };
  return evaluate(definition, ctx);
}
