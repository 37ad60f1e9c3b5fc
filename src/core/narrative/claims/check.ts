import type { Finding } from "../../findings/finding";
import { Decimal, formatFixed } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import type { TableModel } from "../../tables/table-model";
import { dominantFamily, type DisclosureFamily } from "../../tables/family";
import { TableValueSource } from "../table-source";
import { evaluateDefinition } from "../template/run";
import { parseTemplate, type Template } from "../template/template";
import { BUDGET_TEMPLATE } from "../templates/budget";
import { FINAL_TEMPLATE } from "../templates/final";
import { checkArithmetic, type ClaimIssue, type TotalResolver } from "./arithmetic";
import { extractClaims, type SentenceClaims } from "./extract";
import { FIGURE_BUDGETS, FIGURE_IDENTITIES, figureNamed } from "./figures";
import { intervalOf, percentInterval, percentOf } from "./interval";
import { findLeftovers } from "./leftovers";
import { checkRowAmounts } from "./rows";
import { changeStatements, checkChangeIdentities } from "./changes";
import type { Mention } from "./mentions";

/** A paragraph of existing text: a cell of a 情况说明 sheet, or a line of a text file. */
export interface NarrativeParagraph {
  sheet?: string;
  cell?: string;
  line?: number;
  text: string;
}

type Family = DisclosureFamily;

interface Statement {
  figure: string;
  mention: Mention;
  paragraph: NarrativeParagraph;
  sentence: string;
}

const TABLE_UNIT = new Decimal("0.01");
const TEMPLATES: Record<Family, Template> = { 决算: parseTemplate(FINAL_TEMPLATE), 预算: parseTemplate(BUDGET_TEMPLATE) };

/**
 * Checks existing 情况说明 text (domain.md §5): each sentence against its own arithmetic, the amounts it
 * names against the tables (when the named figure is found) and against the totals the text itself states.
 */
export function checkNarrative(paragraphs: NarrativeParagraph[], tables: TableModel[]): Finding[] {
  const family = familyOf(tables, paragraphs);
  const source = new TableValueSource(tables);
  const tableFigure = tableFigures(source, family);
  const parsed = paragraphs.map((p) => ({ paragraph: p, sentences: extractClaims(p.text) }));
  const statements = parsed.flatMap(({ paragraph, sentences }) => statementsOf(paragraph, sentences, family));
  const mentions = parsed.flatMap(({ sentences }) => sentences.flatMap((s) => s.mentions));
  const resolveTotal = totalResolver(family, tableFigure, statements, mentions);
  const findings: Finding[] = [];
  for (const { paragraph, sentences } of parsed) {
    sentences.forEach((s, i) => {
      const issues = [
        ...findLeftovers(s.sentence),
        ...checkArithmetic(s, sentences[i - 1], resolveTotal),
        ...checkRowAmounts(s, source, family),
        ...checkCompletionAgainstTables(s, family, tableFigure),
      ];
      findings.push(...issues.map((issue) => finding(paragraph, issue)));
    });
  }
  for (const statement of statements) {
    const issue = checkStatement(statement, tableFigure, statements);
    if (issue) findings.push(finding(statement.paragraph, issue));
  }
  const changes = parsed.flatMap(({ paragraph, sentences }) => sentences.flatMap((s) => changeStatements(s, family).map((c) => ({ ...c, paragraph }))));
  for (const { statement, issue } of checkChangeIdentities(changes)) findings.push(finding((statement as (typeof changes)[number]).paragraph, issue));
  return findings;
}

/** On a tie (no tables), the text itself says which it is. */
function familyOf(tables: TableModel[], paragraphs: NarrativeParagraph[]): Family {
  return dominantFamily(tables, paragraphs.some((p) => p.text.includes("决算")) ? "决算" : "预算");
}

type FigureLookup = (figure: string) => Decimal | undefined;

function tableFigures(source: TableValueSource, family: Family): FigureLookup {
  const cache = new Map<string, Decimal | undefined>();
  return (figure) => {
    if (!cache.has(figure)) {
      const value = evaluateDefinition(TEMPLATES[family], figure, source);
      cache.set(figure, value?.t === "num" ? value.v : undefined);
    }
    return cache.get(figure);
  };
}

function statementsOf(paragraph: NarrativeParagraph, sentences: SentenceClaims[], family: Family): Statement[] {
  const out: Statement[] = [];
  for (const s of sentences) {
    for (const claim of s.claims) {
      if (claim.kind !== "amount") continue;
      const figure = figureNamed(claim.mention.label, family);
      if (figure) out.push({ figure, mention: claim.mention, paragraph, sentence: s.sentence });
    }
  }
  return out;
}

/** The text's own figure: the first time the text states it. */
function stated(statements: Statement[], figure: string): Statement | undefined {
  return statements.find((s) => s.figure === figure);
}

/** A total named in a sentence: a table figure, else what the text states for it (by figure, else by its words). */
function totalResolver(family: Family, tableFigure: FigureLookup, statements: Statement[], mentions: Mention[]): TotalResolver {
  return (name) => {
    const figure = figureNamed(name, family);
    const fromTables = figure ? tableFigure(figure) : undefined;
    if (fromTables) return { value: fromTables, unit: TABLE_UNIT, where: "表中数" };
    const own = figure ? stated(statements, figure)?.mention : mentions.find((m) => m.kind === "amount" && m.label !== "" && m.label.endsWith(name));
    return own ? { value: own.value, unit: own.unit, where: `文中“${own.rawLabel}${own.text}”` } : undefined;
  };
}

function checkStatement(s: Statement, tableFigure: FigureLookup, statements: Statement[]): ClaimIssue | undefined {
  const quote = `${s.mention.rawLabel}${s.mention.text}`;
  const claimed = intervalOf(s.mention);
  const fromTables = tableFigure(s.figure);
  if (fromTables) {
    if (RoundingInterval.of(fromTables, TABLE_UNIT).overlaps(claimed)) return undefined;
    const expected = formatFixed(fromTables, 2);
    return { rule: "N.amount", severity: "error", quote, message: `“${quote}”：表中${s.figure}为${expected}万元，文中写${s.mention.text}。`, expected, actual: s.mention.text };
  }
  const parts = FIGURE_IDENTITIES[s.figure];
  const known = parts?.map((p) => stated(statements, p));
  if (!parts || !known || known.some((k) => !k)) return undefined;
  const sum = sumIntervals(known.map((k) => intervalOf(k!.mention)));
  if (sum.overlaps(claimed)) return undefined;
  const total = known.reduce((acc, k) => acc.plus(k!.mention.value), new Decimal(0));
  const expected = formatFixed(total, 2);
  const terms = known.map((k, i) => `${parts[i]}${k!.mention.text}`).join(" + ");
  return {
    rule: "N.total",
    severity: "error",
    quote,
    message: `“${quote}”：按文中所述 ${terms} = ${expected}万元，与此处不符。`,
    expected,
    actual: s.mention.text,
  };
}

/** “支出决算为2.99万元，完成预算数的99.67%” without the budget in the sentence: the budget from the tables. */
function checkCompletionAgainstTables(s: SentenceClaims, family: Family, tableFigure: FigureLookup): ClaimIssue[] {
  return s.claims.flatMap((claim): ClaimIssue[] => {
    if (claim.kind !== "completion" || claim.budget || !claim.actual) return [];
    const figure = figureNamed(claim.actual.label, family);
    const budgetFigure = figure && FIGURE_BUDGETS[figure];
    const actual = figure && tableFigure(figure);
    const budget = budgetFigure && tableFigure(budgetFigure);
    if (!actual || !budget || budget.isZero()) return [];
    const rate = percentInterval(RoundingInterval.of(actual, TABLE_UNIT), RoundingInterval.of(budget, TABLE_UNIT));
    if (!rate || rate.overlaps(intervalOf(claim.rate))) return [];
    const expected = percentOf(actual, budget);
    const quote = `${claim.rate.rawLabel}${claim.rate.text}`;
    return [{
      rule: "N.completion",
      severity: "error",
      quote,
      message: `“${quote}”：表中${figure}决算数${formatFixed(actual, 2)}万元÷全年预算数${formatFixed(budget, 2)}万元 = ${expected}，文中写${claim.rate.text}。`,
      expected,
      actual: claim.rate.text,
    }];
  });
}

function finding(p: NarrativeParagraph, issue: ClaimIssue): Finding {
  const where = p.line !== undefined && !p.cell ? `第${p.line}行：` : "";
  return {
    rule: issue.rule,
    kind: "narrative",
    severity: issue.severity,
    sheet: p.sheet ?? "",
    cell: p.cell ?? "",
    related: [],
    message: `${where}${issue.message}`,
    expected: issue.expected,
    actual: issue.actual,
    table: "情况说明",
  };
}
