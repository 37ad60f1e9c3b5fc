import { readFileSync, readdirSync } from "fs";
import path from "path";
import type { Finding } from "../../src/core/findings/finding";
import { checkNarrative } from "../../src/core/narrative";
import { readTextFile, type NarrativeParagraph } from "../../src/core/paragraphs";
import { withoutCorpusHeader } from "../../src/hosts/cli/narrative-file";
import { FIXTURES } from "./fixtures";

/** The real-text corpus (test/fixtures/texts/README.md): one .txt per source document, one .json of hand checks. */
export const CORPUS = path.join(FIXTURES, "texts");

/** How a real problem found by hand must show: see test/fixtures/texts/README.md. */
export type Verdict = "error" | "minor" | "tail" | "warning";

export interface Problem {
  rule: string;
  /** The printed figure that is wrong, as written (“19.62%”, “911000.39”). */
  figure: string;
  /** Other figures of the same claim a finding may name instead (the claim's figures disagree, the text alone cannot say which). */
  alternatives?: string[];
  verdict: Verdict;
  expected?: string;
  note: string;
}

export interface CheckedParagraph {
  n: number;
  checks: string[];
  problems: Problem[];
}

export interface CorpusDocument {
  /** File name without extension. */
  id: string;
  header: Record<string, string>;
  year: number;
  paragraphs: NarrativeParagraph[];
  checked: CheckedParagraph[];
}

/** Header lines “# 来源: …” then the paragraphs, one a line; paragraphs are numbered from 1 without the header. */
export function readCorpusDocument(id: string): CorpusDocument {
  const raw = readFileSync(path.join(CORPUS, `${id}.txt`), "utf8");
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  const header: Record<string, string> = {};
  for (const line of lines.filter((l) => l.startsWith("#"))) {
    const m = /^#\s*([^:：]+)[:：]\s*(.*)$/.exec(line);
    if (m) header[m[1].trim()] = m[2].trim();
  }
  // as `check --text` reads the file: the header block is no paragraph, and the lines keep their numbers
  const paragraphs = readTextFile(withoutCorpusHeader(raw));
  const { paragraphs: checked } = JSON.parse(readFileSync(path.join(CORPUS, `${id}.json`), "utf8")) as { paragraphs: CheckedParagraph[] };
  return { id, header, year: Number(header["年度"]), paragraphs, checked };
}

/** A document's paragraphs as one text, one a line (as a user would paste them), with its year and paragraph n's text. */
export function corpusText(id: string): { text: string; year: number; paragraph: (n: number) => string } {
  const doc = readCorpusDocument(id);
  return { text: doc.paragraphs.map((p) => p.text).join("\n"), year: doc.year, paragraph: (n: number) => paragraphAt(doc, n).text };
}

/** Paragraph n of a document (“第N段”): lines the reader joined (a flattened table's rows) share the first one's number. */
export function paragraphAt(doc: CorpusDocument, n: number): NarrativeParagraph {
  const found = doc.paragraphs.find((p) => p.index === n);
  if (!found) throw new Error(`${doc.id} has no paragraph ${n}`);
  return found;
}

export function corpusIds(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** The text checker as `check --text` runs it on a text with no tables. */
export function checkText(paragraphs: NarrativeParagraph[], year: number): Finding[] {
  return checkNarrative(paragraphs, [], { year });
}

/** The paragraph a finding is anchored to (“第3段（第4行）：…”). */
export function paragraphOf(f: Finding): number | undefined {
  const m = /^第(\d+)段/.exec(f.message);
  return m ? Number(m[1]) : undefined;
}

/** A figure as compared: without thousands separators, spaces and the unit (“1,055.4 %” → “1055.4%”, “75800元” → “75800”). */
export function normalFigure(text: string): string {
  return text.replace(/[,，\s]/g, "").replace(/(万亿元|万元|亿元|元)$/, "");
}

/** The figure a finding names as wrong, as a planted change is compared (a change sum's “减少221万元”: 221; “12.5%”: 12.5). */
export function wrongFigure(actual = ""): string {
  return normalFigure(actual)
    .replace(/^(?:增加|减少)/, "")
    .replace(/%$/, "");
}

/** Whether a paragraph of the document is clean by its hand check (no problem listed): only those get planted changes. */
export const isCleanParagraph = (doc: CorpusDocument) => (n: number) => doc.checked.find((p) => p.n === n)?.problems.length === 0;

const unsigned = (figure: string) => figure.replace(/^[-−]/, "");

/**
 * Whether an error names one of a problem's figures: its `actual` is that figure, or — a finding that states a
 * derived figure (N.shareSum's “各项占比之和为100.74%”) — it is of the problem's rule and quotes the figure. A rate
 * printed with its sign (“减少15.65万元,增长-5.86%”) is named by its size: the finding reads it as 下降5.86%.
 */
export function namesProblem(f: Finding, problem: Problem): boolean {
  const figures = [problem.figure, ...(problem.alternatives ?? [])].map(normalFigure);
  if (figures.map(unsigned).includes(unsigned(normalFigure(f.actual ?? "")))) return true;
  return f.rule === problem.rule && figures.some((x) => normalFigure(f.message).includes(x));
}
