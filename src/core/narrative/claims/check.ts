import type { Finding, TextQuote } from "../../findings/finding";
import { Decimal } from "../../numbers/decimal";
import { toHalfWidth } from "../../numbers/parse-number";
import { sentences } from "../../text/sentences";
import type { TableModel } from "../../tables/table-model";
import { dominantFamily, type DisclosureFamily } from "../../tables/family";
import { TableValueSource } from "../table-source";
import { evaluateDefinition } from "../template/run";
import { parseTemplate, type Template } from "../template/template";
import { BUDGET_TEMPLATE } from "../templates/budget";
import { FINAL_TEMPLATE } from "../templates/final";
import { checkAddition } from "./addition";
import { checkAmountSlips } from "./amount-slip";
import { checkComposedOf } from "./composed-of";
import { checkBalances, checkYearBalances } from "./balance";
import { checkPlainBalances } from "./plain-balance";
import { checkBalanceSheets } from "./balance-sheet";
import { checkBalancedChanges } from "./balanced-changes";
import { checkCarriedBudgets } from "./carried-budget";
import { checkCarriedFlats } from "./carried-flat";
import { checkCarriedPriorRates } from "./carried-prior-rate";
import { checkNamedYearRates } from "./named-year-rate";
import { checkListedTotals } from "./listed-total";
import { checkArithmetic } from "./arithmetic";
import { checkChangeLists, checkListChanges } from "./list-changes";
import { checkSavings, statedSaving } from "./savings";
import { checkPointGaps } from "./point-gap";
import { checkStatedRates, statedRateHolds, statedRates } from "./stated-rate";
import { checkCompoundRates } from "./compound-rate";
import { CLAIM_RULES } from "./catalogue";
import { checkBreakdowns } from "./breakdowns";
import { checkChangeBounds, checkChangeCulprits, checkChangeSums } from "./change-sums";
import type { CrossContext } from "./cross";
import { changeConfirmed } from "./change";
import { checkRepeated } from "./repeated";
import { checkDoubtfulAmounts } from "./doubtful-amounts";
import type { TotalResolver } from "./share-total";
import { checkTotalCulprits } from "./total-slips";
import { checkTotals } from "./totals";
import { figureBinding, holdsName, namesSameFigure } from "./figures";
import { namesWhole, soleWhole, type WholeSearch } from "./sole-whole";
import type { ChangeClaim, ShareClaim } from "./extract";
import { checkDigits } from "./digits";
import { checkForm, coveredYears } from "./form";
import { checkGaps } from "./gap";
import type { ClaimIssue } from "./issue";
import { checkListedItems } from "./items";
import { tieChangesToStatements } from "./named-change";
import { checkNamedLists } from "./named-lists";
import { checkEnumeratedLists } from "./enumerated-list";
import { textRelations } from "./standing";
import type { Mention } from "./mentions";
import { whereOf, type NarrativeParagraph } from "../../paragraphs/paragraph";
import { parseParagraphs, type Located, type ParsedParagraph } from "./parsed";
import { Reading } from "./reading";
import { majorityYear, statedYears } from "../../text/year";
import { simplifiedText, type SimplifiedText } from "../../text/simplified-text";
import { checkClasses, checkItems, classStatements, itemStatements, type RowCheck } from "./rows";
import { checkImpliedTotals } from "./implied-total";
import { checkSavingRates } from "./saving-rate";
import { checkSiblingShares } from "./sibling-shares";
import { checkSplitShares } from "./split-shares";
import { checkUnstatedWholes } from "./unstated-whole";
import { checkSubsetSum } from "./subset-sum";
import { checkTableSums } from "./table-sums";
import { checkCompletionAgainstTables, checkStatement, namedBefore, statementsOf, type FigureLookup, type Statement } from "./statements";
import { checkCompareWords } from "./wording";
import { readUnitSlips } from "./unit-slip";
import { checkYearPairRates } from "./year-pair-rate";

export interface NarrativeCheckOptions {
  /** The report's year (titles, 截至 dates and sentence openings must name it); not checked when absent. */
  year?: number;
}

type Family = DisclosureFamily;

const TABLE_UNIT = new Decimal("0.01");
const TEMPLATES: Record<Family, Template> = { 决算: parseTemplate(FINAL_TEMPLATE), 预算: parseTemplate(BUDGET_TEMPLATE) };

/**
 * Checks existing 情况说明 text (docs/domain.md §5) — every rule of the catalogue (./catalogue.ts): the amounts it
 * names against the right tables, each sentence's own arithmetic, direction words, figures across paragraphs
 * (these need no table), names of 类/款/项, and the form of the text. One slip gives one finding: checks that
 * rest on a figure already found wrong read it at its table value, and an issue whose figures already carry a
 * finding is dropped.
 */
export function checkNarrative(paragraphs: NarrativeParagraph[], tables: TableModel[], options: NarrativeCheckOptions = {}): Finding[] {
  // a reposted page in traditional characters (“萬元”, “減少”), its pinyin after characters too, is read in simplified
  // ones: each finding's words are marked where they stand in the paragraph as written
  const simplified = paragraphs.map((p) => simplifiedText(p.text));
  const read = paragraphs.map((p, i) => ({ ...p, text: simplified[i].text }));
  const recheck = (changed: NarrativeParagraph[]) => locatedIssues(changed, tables, options);
  return readUnitSlips(read, recheck(read), recheck).map(({ issue, at }) => toFinding(issue, paragraphs[at.order], simplified[at.order]));
}

/** Every issue of the text, each at its paragraph, one per slip, in reading order. */
function locatedIssues(paragraphs: NarrativeParagraph[], tables: TableModel[], options: NarrativeCheckOptions): Located[] {
  const family = familyOf(tables, paragraphs, options.year);
  const source = new TableValueSource(tables.filter((t) => !t.isEmpty));
  const tableFigure = tableFigures(source, family);
  const parsed = parseParagraphs(paragraphs);
  const reading = new Reading();
  const checked = reading.checked;
  const year = options.year ?? majorityYear(parsed.flatMap((p) => statedYears(p.paragraph.text, true).map((y) => y.year)));
  const stated = statementsOf(parsed, family, year);
  const statements = stated.filter((s) => !s.doubtful);
  tieChangesToStatements(parsed, statements, family, year);
  const items = itemStatements(parsed, family);
  const classes = classStatements(parsed);
  const rowCheck: RowCheck = { source, family, reading, checked };
  const resolveTotal = totalResolver(family, tableFigure, statements, parsed);
  const relations = textRelations(statements, parsed, tableFigure, reading, resolveTotal, year);
  const cross: CrossContext = { reading, checked, whereOf: (at) => whereOf(at.paragraph), year, relations };
  const basicTable = tables.find((t) => t.kind.id === "J06" && !t.isEmpty);

  // run in this order: a figure a check finds wrong with certainty is read at its corrected value by every check after
  // it — the sums and lists (a part or a total they correct) before the sentence checks that rest on it (税收收入 typed
  // 33219 in “…其中,税收收入33219万元,…比上年增收1157万元,增长3.3%”: the list reads it at 35846, where its rate holds)
  const fromTables = [
    ...statements.flatMap((s) => checkStatement(s, tableFigure, reading, checked) ?? []),
    ...checkItems(items, rowCheck),
    ...checkClasses(classes, rowCheck),
  ];
  // a part's change found wrong by confirmation is read at its corrected value by the checks after
  const culprits = [
    ...checkNamedLists(parsed, resolveTotal, reading, relations),
    ...checkChangeCulprits(parsed, family, cross),
    ...checkTotalCulprits(statements, parsed, tableFigure, cross),
  ];
  const lists: Located[] = [
    ...checkTotals(statements, tableFigure, cross),
    ...checkRepeated(statements, cross),
    ...checkDoubtfulAmounts(stated, tableFigure, cross),
    ...checkBreakdowns(classes, items, parsed, cross),
    ...checkChangeSums(parsed, family, cross),
    ...checkChangeBounds(parsed, family, statements, cross),
    ...checkEnumeratedLists(parsed, reading, relations),
    ...checkBalances(parsed, reading),
    ...checkYearBalances(parsed, reading),
    ...checkPlainBalances(parsed, reading, relations),
    ...checkBalanceSheets(parsed, reading, relations),
    ...checkBalancedChanges(parsed, reading),
    ...checkCarriedBudgets(parsed, reading),
    ...checkCarriedPriorRates(statements, year, reading),
    ...checkCarriedFlats(statements, year, reading),
    ...checkNamedYearRates(statements, parsed, family, year, reading),
    ...parsed.flatMap((at) => [...checkListChanges(at, reading), ...checkChangeLists(at, reading)]),
    ...checkSiblingShares(parsed, family, reading, year),
    ...checkUnstatedWholes(parsed, resolveTotal, reading, relations, year),
    ...checkImpliedTotals(parsed, resolveTotal, reading),
    ...checkTableSums(parsed),
    ...parsed.flatMap((at) => checkListedItems(at, basicTable, tableFigure)),
    // totals the catalogue does not know: after the checks that name the figure
    ...parsed.flatMap((at) =>
      at.sentences.flatMap((s, i) =>
        [
          ...checkSubsetSum(s, reading, relations, at.sentences.slice(i + 1)),
          ...checkAddition(at.sentences, i, reading, relations),
          ...checkComposedOf(at.sentences, i, reading, relations),
          ...checkListedTotals(s, reading, relations),
        ].map((issue) => ({ issue, at })),
      ),
    ),
    // budget − actual = saving: after the lists, whose totals the budget and the actual may be
    ...parsed.flatMap((at) => checkSavings(at, reading)),
  ];
  readAccusedTotals(lists, parsed, reading);
  // an amount its rates all accuse alike: before the rate checks, which read it at that value
  const amountSlips = checkAmountSlips(parsed, relations, reading, [...fromTables, ...culprits, ...lists]);
  const sentenceChecks: Located[] = parsed.flatMap((at) => [
    ...at.sentences.flatMap((s) =>
      [
        ...checkArithmetic(s, resolveTotal, reading, relations),
        ...checkGaps(s, reading),
        ...checkStatedRates(s, reading),
        ...checkCompoundRates(s, reading),
        ...(statedSaving(at) ? [] : checkSavingRates(s, reading)),
        ...checkYearPairRates(s, reading),
        ...checkPointGaps(s),
        ...checkSplitShares(s),
      ].map((issue) => ({ issue, at })),
    ),
    ...checkCompletionAgainstTables(at, family, tableFigure),
    ...checkCompareWords(at),
  ]);
  const covered = coveredYears(parsed, options.year);
  const form = [...parsed.flatMap((at) => checkForm(at, options.year, family, covered)), ...checkDigits(parsed, reading)];
  // in order of priority (a figure's first finding is the one kept), which is not the order they ran in
  return oneFindingPerSlip([...fromTables, ...culprits, ...amountSlips, ...sentenceChecks, ...lists, ...form], reading);
}

/**
 * A total a broken sum names with no value (“合计或某一项有误”) whose own changes — and rates against a prior stated with
 * it — all break as printed and hold at the parts' sum (石鼓 2019: 36125 typed 30488, “较上年增收2719万元,增长8.14%” holds at
 * 30751 + 5374; 周至 2023: 61069 typed 70040, “较上年53169万元增长14.9%” holds at 31751 + 29318) is that sum: read so by the
 * sentence checks after, its rate says nothing more. A change that holds as printed, or breaks at the sum too, leaves it as printed.
 */
function readAccusedTotals(located: readonly Located[], parsed: readonly ParsedParagraph[], reading: Reading): void {
  const sentences = parsed.flatMap((p) => p.sentences);
  const changes = sentences.flatMap((s) => s.claims).filter((c): c is ChangeClaim => c.kind === "change" && !!c.subject?.certain && !c.eitherWay);
  const priorRates = sentences.flatMap(statedRates);
  // its changes, and its rates against a prior stated with it (“全县财政总收入61069万元,较上年53169万元增长14.9%”)
  const ownRelations = (total: Mention): (() => boolean)[] => [
    ...changes.filter((c) => c.subject!.to === total).map((c) => () => changeConfirmed(c, reading)),
    ...priorRates.filter((r) => r.current === total).map((r) => () => statedRateHolds(r, reading)),
  ];
  for (const { issue } of located) {
    const total = issue.target;
    if (issue.verdict !== "error" || !SUM_RULES.has(issue.rule) || !total || total.kind !== "amount" || reading.foundWrong(total)) continue;
    const parts = issue.involved ?? [];
    const own = ownRelations(total);
    if (parts.length < 2 || parts.some((m) => m.kind !== "amount") || own.length === 0) continue;
    const sum = parts.reduce((acc, m) => acc.plus(reading.value(m)), new Decimal(0));
    const accuse = (holds: () => boolean) => !holds() && reading.readAt(total, sum, holds);
    if (own.every(accuse)) reading.correct(total, sum, total.unit);
  }
}
const SUM_RULES = new Set<ClaimIssue["rule"]>(["listSum", "total"]);

/**
 * Keeps an issue only when none of its figures was already found wrong (an error or a rounding tail; a
 * warning — a doubt about the form or the reading, “百分数缺少%” — leaves the figure usable), nor — a warning — on the same figures as one told
 * already (a list two rules read, N.total and N.listSum, warned of once), nor a tail or a warning about a figure a check found
 * wrong and read at another value (its doubt is that finding's); then orders them as the text reads.
 */
function oneFindingPerSlip(located: Located[], reading: Reading): Located[] {
  const flagged = new Set<Mention>();
  const told = new Set<string>();
  const ids = new Map<Mention, number>();
  const idOf = (m: Mention) => ids.get(m) ?? ids.set(m, ids.size).get(m)!;
  const kept = located.filter(({ issue }) => {
    const figures = [issue.target, ...(issue.involved ?? [])].filter((m): m is Mention => !!m);
    if (figures.some((m) => flagged.has(m))) return false;
    if (issue.verdict !== "error" && issue.target && reading.foundWrong(issue.target)) return false;
    const key = figures
      .map(idOf)
      .sort((a, b) => a - b)
      .join(",");
    if (issue.verdict === "warning" && figures.length > 1 && told.has(key)) return false;
    told.add(key);
    if (issue.target && issue.verdict !== "warning") flagged.add(issue.target);
    return true;
  });
  return kept.sort((a, b) => a.at.order - b.at.order || positionOf(a.issue) - positionOf(b.issue));
}

function positionOf(issue: ClaimIssue): number {
  return issue.position ?? issue.target?.start ?? issue.involved?.[0]?.start ?? 0;
}

/**
 * On a tie (no tables), the text itself says which it is: a budget text never speaks of 决算 (“预决算公开” names
 * both: the law it cites, not its own kind; “年终并入单位决算予以公开” the report a budget's later spending goes to).
 */
function familyOf(tables: TableModel[], paragraphs: NarrativeParagraph[], year: number | undefined): Family {
  const speaksOf = (words: RegExp) => paragraphs.some((p) => words.test(p.text.replace(BOTH_KINDS, "")));
  const budgetOnly = !speaksOf(/决算/) && speaksOf(/预算/) && !reportsExecution(paragraphs, year);
  return dominantFamily(tables, budgetOnly ? "预算" : "决算");
}

const BOTH_KINDS = /预决算|(?:并入|纳入|列入|计入)[^。，,；;]{0,6}决算/g;
/**
 * What was spent against the budget, with its figure (“预算3,786.49万元，实际支出3,535.78万元，比预算减少250.71万元”, “完成预算数
 * 31220万元的101.7%”; a forecast “实际开支数应比2010年进一步减少” states none): a text reporting the execution, whose figures
 * are the 决算 kind even where it never says 决算.
 */
const EXECUTION = /(?:实际支出|实际开支|比预算数?(?:减少|增加|节约)|完成(?:年初|全年|调整)?预算)[^。；;]{0,12}?\d[\d,.]*\s*(?:万元|亿元|元|%)/;
const YEAR_OF = /((?:19|20)\d{2})\s*年/g;

/**
 * A sentence reporting the execution of the report's own year: the year it or a sentence before it in its paragraph
 * names, if any, is the report's (“2010年，…预算为2513.6万元。预算执行过程中，…全年实际开支…” in a 2011 budget text is
 * last year's).
 */
function reportsExecution(paragraphs: NarrativeParagraph[], year: number | undefined): boolean {
  return paragraphs.some((p) => {
    let current: number | undefined;
    return sentences(p.text).some(({ text }) => {
      const sentence = toHalfWidth(text);
      const at = sentence.search(EXECUTION);
      const years = [...sentence.matchAll(YEAR_OF)].map((m) => ({ year: Number(m[1]), at: m.index! }));
      // the year named last before the execution words (“2010年教育部“三公经费”实际开支少于当年预算，2011年…”: 2010)
      const governing = at < 0 ? undefined : (years.filter((y) => y.at < at).pop()?.year ?? current);
      if (years.length > 0) current = years[years.length - 1].year;
      return at >= 0 && (year === undefined || governing === undefined || governing === year);
    });
  });
}

function tableFigures(source: TableValueSource, family: Family): FigureLookup {
  const cache = new Map<string, ReturnType<FigureLookup>>();
  return (figure) => {
    if (!cache.has(figure)) {
      const value = evaluateDefinition(TEMPLATES[family], figure, source);
      cache.set(figure, value?.t === "num" ? { value: value.v, unit: TABLE_UNIT } : undefined);
    }
    return cache.get(figure);
  };
}

/**
 * A total named in a sentence (“占基本支出预算的”): a table figure, else the amount the text states under that
 * figure, else the amount whose words are exactly that name. Words that merely end with it (“工资福利支出预算”
 * for “支出预算”) are another item: the share is then not tied to any total and is not judged.
 */
function totalResolver(family: Family, tableFigure: FigureLookup, statements: Statement[], parsed: ParsedParagraph[]): TotalResolver {
  const amounts = parsed.flatMap((p) =>
    p.sentences.flatMap((s) => s.mentions.filter((m) => m.kind === "amount" && m.groupSize === 1).map((m) => ({ m, label: namedBefore(s, m) ?? m.label }))),
  );
  const search: WholeSearch = {
    amounts,
    shares: parsed.flatMap((p) => p.sentences.flatMap((s) => s.claims.filter((c): c is ShareClaim => c.kind === "share"))),
    before: (part) => {
      const own = parsed.find((p) => p.mentions.includes(part))?.mentions ?? [];
      return amounts.filter(({ m }) => own.includes(m) && m.end <= part.start);
    },
  };
  const resolve = (name: string, near?: Mention) => {
    const binding = figureBinding(name, family);
    const fromTables = binding ? tableFigure(binding.figure) : undefined;
    if (fromTables) return { value: fromTables.value, unit: fromTables.unit, where: "表中数" };
    const sentence = sentenceOf(parsed, near);
    const stated = binding
      ? oneOf(
          statements.filter((s) => s.figure === binding.figure && s.year === undefined && s.others.length === 0).map((s) => s.mention),
          sentence,
        )
      : namedAmount(amounts, name, sentence);
    // a name certain to be a catalogue figure the text does not state (“占本年支出合计的”) names no amount of other words
    const own = stated ?? (binding?.others.length === 0 ? undefined : soleWhole(search, name, near));
    if (!own || (binding && heldInSentence(sentence, own, name))) return undefined;
    // words that only loosely name the stated figure (“总支出” for 本年支出合计) name it under soleWhole's own rule
    if (stated && binding && binding.others.length > 0 && !namesWhole(search, name, stated, near)) return undefined;
    return { value: own.value, unit: own.unit, where: `文中“${own.rawLabel}${own.text}”`, mention: own };
  };
  return Object.assign(resolve, { statedBefore: (near: Mention) => statedBefore(parsed, near) });
}

/** The amounts of the paragraph before `near`'s and of its own paragraph before it. */
function statedBefore(parsed: readonly ParsedParagraph[], near: Mention): Mention[] {
  const at = parsed.findIndex((p) => p.mentions.includes(near));
  if (at < 0) return [];
  const own = parsed[at].mentions.filter((m) => m.kind === "amount" && m.end <= near.start);
  return [...(parsed[at - 1]?.mentions.filter((m) => m.kind === "amount") ?? []), ...own];
}

/**
 * The amount of that name: the one whose words are the name (“基本支出预算 924,289.71 元”, 数/为 aside), else
 * the only one whose words are the name up to words that do not change the figure (./figures.ts NAME_FILLER). When
 * the text gives that name to amounts of different values (“全市…实际采购金额14993.34万元…。市本级…实际采购金额2170.10
 * 万元…占实际采购金额的72.84%”), the one in the share's own sentence is meant; none there leaves the name in doubt.
 */
function namedAmount(amounts: { m: Mention; label: string }[], name: string, sentence?: readonly Mention[]): Mention | undefined {
  const exact = amounts.filter(({ label }) => label !== "" && bare(label) === bare(name)).map(({ m }) => m);
  if (exact.length > 0) return oneOf(exact, sentence);
  const loose = amounts.filter(({ label }) => namesSameFigure(label, name)).map(({ m }) => m);
  // a name that only loosely fits ties nothing when it fits amounts of different values
  if (loose.length === 0 || !loose.every((m) => m.value.equals(loose[0].value))) return undefined;
  return sentence?.includes(loose[0]) || !otherPeriodOrScope(amounts, name, loose[0]) ? loose[0] : undefined;
}

/**
 * “1月至5月,山西省财政总收入累计完成979.88亿元…。5月份,全省财政总收入完成196.64亿元…。…税收收入完成847.64亿元,占财政总
 * 收入的86.5%”: a name that only loosely fits an amount outside the share's sentence ties nothing when an amount of another
 * value holds that name in its words (another period, another scope) — the words do not say which is meant.
 */
const otherPeriodOrScope = (amounts: { m: Mention; label: string }[], name: string, named: Mention) =>
  amounts.some(({ m, label }) => !m.value.equals(named.value) && holdsName(label, name));

/**
 * “2020年度财政拨款基本支出3455.91万元,其中:人员经费1565.86万元,占基本支出的45.31%” with the unit's 基本支出 3702.91 stated
 * paragraphs before: the share's own sentence states another amount whose words hold the name — which of the two the
 * words mean is in doubt, so the figure stated elsewhere is no certain whole.
 */
const heldInSentence = (sentence: readonly Mention[] | undefined, stated: Mention, name: string) =>
  sentence !== undefined &&
  !sentence.includes(stated) &&
  sentence.some((m) => m.kind === "amount" && m.groupSize === 1 && !m.value.equals(stated.value) && holdsName(m.label, name));

/**
 * The amounts a name gives: one value however often it is stated, else the one in the share's own sentence (“北京大学本年收入
 * 200.5亿元…。上海交通大学本年收入111.91亿元,其中…事业收入56.5亿元,占本年收入50%”: each unit's own); none there leaves it in doubt.
 */
function oneOf(named: Mention[], sentence?: readonly Mention[]): Mention | undefined {
  if (named.every((m) => m.value.equals(named[0].value))) return named[0];
  const own = named.filter((m) => sentence?.includes(m));
  return own.length === 1 ? own[0] : undefined;
}

/** The mentions of the sentence that states `m`. */
function sentenceOf(parsed: readonly ParsedParagraph[], m: Mention | undefined): readonly Mention[] | undefined {
  return m && parsed.flatMap((p) => p.sentences).find((s) => s.mentions.includes(m))?.mentions;
}
const bare = (words: string) => words.replace(/\s+/g, "").replace(/数$/, "");

export function toFinding(issue: ClaimIssue, p: NarrativeParagraph, read?: SimplifiedText): Finding {
  const rule = CLAIM_RULES[issue.rule];
  const where = whereOf(p);
  const rounding = issue.verdict === "rounding";
  return {
    rule: rule.id,
    kind: rounding ? "rounding" : "narrative",
    severity: issue.verdict === "error" ? rule.severity : "warning",
    sheet: p.sheet ?? "",
    cell: p.cell ?? "",
    related: [],
    message: p.cell ? issue.message : `${where}：${issue.message}`,
    expected: issue.expected,
    actual: issue.actual,
    table: p.sheet || "情况说明",
    subject: issue.subject,
    headline: `${where.replace("!", " ")}：${issue.headline}`,
    steps: issue.steps,
    ...quoteOf(issue, p.text, read),
  };
}

/** The words the issue is about (its span, else its target figure), when they lie inside the paragraph: where they stand as written. */
function quoteOf(issue: ClaimIssue, paragraph: string, read?: SimplifiedText): { quote?: TextQuote } {
  const span = issue.span ?? issue.target;
  if (!span || span.start < 0 || span.start >= span.end || span.end > (read?.text ?? paragraph).length) return {};
  return { quote: { paragraph, start: read ? read.written(span.start) : span.start, end: read ? read.written(span.end) : span.end } };
}
