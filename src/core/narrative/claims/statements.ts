import type { Decimal } from "../../numbers/decimal";
import { toHalfWidth } from "../../numbers/parse-number";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived, judgeStated, percentInterval } from "../../numbers/verdict";
import { cutsInto, isBudgetBase, isPrior } from "./binding";
import { zeroBudgetIssue } from "./completion";
import { FIGURE_BUDGETS, FIGURE_CONTEXT, figureBinding, figureNamed, fundNamed, sectionBinding, type FigureBinding } from "./figures";
import { percentOf, quoted, writtenLike, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { SentenceClaims } from "./extract";
import { inListOfChanges } from "./list-of-changes";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { UNIT_NAME_END } from "./unit-names";

/** A figure the text names (收支总计, 本年支出合计, 三公经费合计 …) with the amount it states. */
export interface Statement {
  figure: string;
  mention: Mention;
  at: ParsedParagraph;
  /** Another year than the report's, when the words name one (last year's figures add up among themselves). */
  year?: number;
  /** Figures the words may name instead (“总收入”: 收支总计 as well); empty when the words are the figure's own name. */
  others: string[];
  /**
   * The unit the figure is of, when its paragraph names one at the opening of the sentence or of one before it
   * (“商务部…”, “2011年工商总局…”): a report on several departments states each one's figures (./statements.ts sameOwner).
   */
  owner?: string;
  /**
   * An amount printed without change words in a “其中” list of changes (./list-of-changes.ts): it may be its item's change
   * with the verb left out, so it is no certain amount of its figure — only ./doubtful-amounts.ts reads it.
   */
  doubtful?: true;
}

/**
 * A unit named at a sentence's opening, after an optional year: “国家税务总局去年…”, “2011年,商务部…”, “中国人民银行2011年度…”.
 * The unit's own words for itself (本局, 我单位) name no other unit.
 */
const OWNER = new RegExp(`^\\s*(?:(?:19|20)\\d{2}\\s*年度?\\s*[,，]?\\s*)?((?:国家|中国|中央)?[\\u4e00-\\u9fff]{1,8}?(?:${UNIT_NAME_END}|部(?!门)))`);
/** Words a unit's name never opens with: itself (本局, 我单位), or a preposition (“根据国家林业局网站上公布的…”) — no subject. */
const SELF = /^(?:[本我该据经从在对由按依其]|根据)/;
function ownerOf(sentence: string): string | undefined {
  const named = OWNER.exec(toHalfWidth(sentence))?.[1];
  return named && !SELF.test(named) ? named : undefined;
}

/**
 * “2017年 我市公务用车购置及运行维护费3371.9万元 其中,…” then a heading paragraph “市公安局” and “公务用车购置及运行费为
 * 1124.05万元…”: a heading that is a unit's name alone makes the paragraphs under it that unit's, up to the next heading
 * naming a unit; once a text has such headings, the paragraphs before the first are the report's own subject
 * (WHOLE_REPORT), no unit's under a heading. Paragraphs of a text without unit headings name their unit themselves.
 */
function unitSections(parsed: readonly ParsedParagraph[]): (string | undefined)[] {
  const names = parsed.map((at) => (at.heading ? headingUnit(at.paragraph.text) : undefined));
  if (!names.some(Boolean)) return parsed.map(() => undefined);
  let section = WHOLE_REPORT;
  return names.map((name) => (section = name ?? section));
}
const WHOLE_REPORT = "（全文）";

/**
 * The unit each sentence's figures are of, if the text names one: the unit its paragraph's opening sentence or an earlier
 * one names (“商务部…”), else the unit heading the paragraph is under (unitSections).
 */
export function sentenceOwners(parsed: readonly ParsedParagraph[]): Map<SentenceClaims, string | undefined> {
  const sections = unitSections(parsed);
  return new Map(
    parsed.flatMap((at, i) => {
      let owner = sections[i];
      return at.sentences.map((s): [SentenceClaims, string | undefined] => [s, (owner = ownerOf(s.sentence) ?? owner)]);
    }),
  );
}
function headingUnit(text: string): string | undefined {
  const name = toHalfWidth(text).replace(/[\s:：。]/g, "");
  return HEADING_UNIT.test(name) && !SELF.test(name) ? name : undefined;
}
/** A heading that is a unit's name and nothing else (“市公安局”, “区教育委员会”): no topic heading (“公务接待”, “市住建局花销最少”). */
const HEADING_UNIT = new RegExp(`^[\\u4e00-\\u9fff]{1,12}(?:${UNIT_NAME_END}|部|办公室)$`);

/**
 * The unit the figure's own words name before its name (“今年北京市公安局的“三公”经费…”: 北京市公安局; “2015年北京市级党政机关
 * 和全额拨款事业单位“三公”经费…”), if they name one.
 */
function scopeOwner(scope: string | undefined): string | undefined {
  const words = scope?.replace(/(?:19|20)\d{2}\s*年度?|今年|去年|本年度?|当年|全年|[的，,\s]/g, "");
  return words && UNIT_END.test(words) && !SELF.test(words) ? words : undefined;
}
const UNIT_END = new RegExp(`(?:${UNIT_NAME_END}|部|单位|部门|系统)$`);

/**
 * Two statements may be of one unit: unless both name theirs and the names differ — “商务部“三公经费”财政拨款支出6,083.70万元”
 * is no sum of 中国人民银行's 因公出国（境）费 and 国家税务总局's 公务用车 and 公务接待.
 */
/** The sentence of its paragraph a statement is made in. */
export const sentenceOf = (s: Statement) => s.at.sentences.find((x) => x.mentions.includes(s.mention));

/** Two statements written in one sentence of one paragraph. */
export const sameSentence = (a: Statement, b: Statement) => a.at === b.at && sentenceOf(a) === sentenceOf(b);

export const sameOwner = (a: Statement, b: Statement): boolean => a.owner === undefined || b.owner === undefined || a.owner === b.owner;

/** A year the sentence is about (not one it compares with: “与2023年度相比”, “较2024年的”; nor a year whose own amount follows: “2024年的2190万元”). */
const YEAR = /(?<![比较与]\s*)((?:19|20)\d{2})\s*年度?(?!\s*(?:相比|相较|比|的\s*\d))/g;

/**
 * “去年省级…“三公”经费决算支出5亿元，比上年减少3.3亿元” (a news report of the following year): a sentence that compares
 * its figure with 上年 is about the year it opens with, so “去年” / “今年” there is the time of the sentence, not a
 * qualifier making the figure last year's.
 */
const COMPARES_WITH_LAST_YEAR = /(?:比|较)上年|同比/;
const SUBJECT_TIME = /^(?:去年|今年)/;

/**
 * “全省一般公共预算支出稳定增长，支出达1903.92亿元”: an amount named by its measure word alone (“支出达”, “收入为”) takes
 * the name the clause before gives that measure, when that clause states no figure and says only how the figure went
 * after the name (“稳定增长”, “保持增长”) — the sentence's subject, written once. Anything else after the name
 * (“一般公共预算支出中，民生支出…”) leaves the amount to its own words.
 */
export function namedBefore(s: SentenceClaims, m: Mention): string | undefined {
  const measure = BARE_MEASURE.exec(m.rawLabel.replace(/\s+/g, ""))?.[1];
  if (!measure) return undefined;
  const before = s.mentions.filter((x) => x.end <= m.start).pop();
  const words = toHalfWidth(s.sentence.slice(before ? before.end - s.start : 0, m.start - s.start)).replace(/\s+/g, "");
  const clauses = words.split(/[,，]/);
  if (clauses.length < 2) return undefined;
  const previous = clauses[clauses.length - 2];
  const at = previous.lastIndexOf(measure);
  if (at < 0 || !TREND_ONLY.test(previous.slice(at + measure.length))) return undefined;
  return previous.slice(0, at + measure.length).replace(SENTENCE_OPENER, "");
}
/** The measure word alone before an amount (“支出达”, “收入为”, “收入完成”). */
const BARE_MEASURE = /^(支出|收入)(?:达到?|为|完成|实现|共计|合计)?$/;
/** What may follow the subject's name in its own clause: how the figure went, nothing that names another. */
const TREND_ONLY = /^(?:稳定|平稳|持续|快速|较快|保持|稳步)?(?:增长|下降|增加|减少|回升|回落|向好|运行)?(?:较快|平稳|态势)?$/;
const SENTENCE_OPENER = /^(?:与此同时|同时|此外|另外)/;

/** A table figure in 万元 (the template definition of that name), with the unit it is printed to. */
export type FigureLookup = (figure: string) => { value: Decimal; unit: Decimal } | undefined;

/**
 * The figures the text states, with the year they are of: “2021年度“三公”经费合计支出20.12万元” in a 2022 text is
 * last year's 三公经费合计, never compared with this year's (`year` undefined: every year is taken as the report's). An amount
 * a list of changes leaves in doubt comes flagged `doubtful`.
 */
export function statementsOf(parsed: readonly ParsedParagraph[], family: "决算" | "预算", year?: number): Statement[] {
  const owners = sentenceOwners(parsed);
  return parsed.flatMap((at) => {
    return at.sentences.flatMap((s, k) => {
      const owner = owners.get(s);
      let subject: { figure: string; clause: number } | undefined;
      return s.claims.flatMap((claim): Statement[] => {
        if (claim.kind !== "amount") return [];
        const m = claim.mention;
        // an amount in a list of changes may be its item's change with the verb left out: no figure's amount for certain
        const doubtful = inListOfChanges(s, m, at.sentences[k - 1]);
        // “收、支总计分别为A、B万元”: each number of a list is its own figure (收 / 支), not the one the words name — named
        // only where the words cut into one figure name per number (pairedName)
        const paired = m.groupSize > 1 ? pairedName(m, family) : undefined;
        if (m.groupSize > 1 && !paired) return [];
        // “与2018年一般公共预算“三公”经费总额27389.54万元相比”: the amount a change is measured from is last year's
        if (isPrior(m) && !isBudgetBase(m)) return [];
        const label = paired ?? namedBefore(s, m) ?? (COMPARES_WITH_LAST_YEAR.test(s.sentence) ? m.label.replace(SUBJECT_TIME, "") : m.label);
        if (isFundTotal(s, m, label)) return [];
        const own = clauseBinding(label, family, subject?.clause === m.clause ? subject.figure : undefined, at.generalSection);
        if (own) subject = { figure: own.subject, clause: m.clause };
        const binding = own?.binding && besideActual(inheritedMeasure(own.binding, listHead(s, m), family), m, s);
        const context = binding ? FIGURE_CONTEXT[binding.figure] : undefined;
        if (!binding || (context && !at.generalBudget && !context.test(s.sentence))) return [];
        const unit = scopeOwner(own?.binding?.scope) ?? owner;
        return [
          {
            figure: binding.figure,
            others: binding.others,
            mention: m,
            at,
            year: yearOfSentence(s, m, year),
            ...(unit ? { owner: unit } : {}),
            ...(doubtful ? { doubtful: true as const } : {}),
          },
        ];
      });
    });
  });
}

/**
 * “政府性基金收入0万元,加上年结余收入39930万元,…,收入合计192496万元” (仓山 2020), “全区政府性基金上年结余26.38亿元,…,收入合计
 * 42.5亿元” (鼓楼 2021): a 收入合计 / 支出合计 (总计) of a sentence that names a budget (fund) before it is that fund's sum, not
 * the unit's 收入支出决算总表 line.
 */
const SIDE_TOTAL = /(?:收入|支出)(?:合计|总计)$/;
const isFundTotal = (s: SentenceClaims, m: Mention, label: string) =>
  SIDE_TOTAL.test(label.replace(/\s+/g, "")) && fundNamed(s.sentence.slice(0, m.start - s.start)) !== undefined;

/**
 * “因公出国(境)经费与公务用车购置及运行维护费分别为0.34亿元和4.23亿元”: names joined by 与 / 和 / 及 / 、 before the amounts
 * of one list said to be “分别” (each in turn) — the name at the amount's place, where exactly one way of cutting the
 * words at those joiners gives a figure certainly named for every amount (“购置及运行维护费” stays one name).
 */
function pairedName(m: Mention, family: "决算" | "预算"): string | undefined {
  if (!RESPECTIVELY_STATED.test(m.rawLabel.replace(/\s+/g, ""))) return undefined;
  const cuts = cutsInto(m.label, m.groupSize).filter((names) => names.every((name) => figureBinding(name, family)?.others.length === 0));
  return cuts.length === 1 ? cuts[0][m.slot] : undefined;
}
const RESPECTIVELY_STATED = /(?:分别|各)(?:为|是)$/;

/**
 * The amount a “其中” list breaks down, for an amount listed after “其中” in its sentence (““三公”经费预算为20万元，其中：
 * 因公出国（境）费0万元，公务接待费9万元…”: 20).
 */
function listHead(s: SentenceClaims, m: Mention): Mention | undefined {
  const lead = s.sentence.slice(0, m.start - s.start);
  const opens = lead.lastIndexOf("其中");
  if (opens < 0 || /[；;]/.test(lead.slice(opens))) return undefined;
  return s.mentions.filter((x) => x.kind === "amount" && x.end - s.start <= opens).pop();
}

/** A list head named as a budget in a 决算 text (“…预算为20万元，其中：”), or as last year's (“上年…支出20万元，其中：”). */
const BUDGET_HEAD = /预算/;
const ACTUAL_HEAD = /决算|执行|实际/;
const PRIOR_HEAD = /上年|去年|上一年/;

/**
 * The parts of a “其中” list are of the measure their head names: in a 决算 text, the parts of a budget are those
 * items' budgets (the 三公 table's 预算数), never their 决算; the parts of last year's amount are no figure of the
 * report's year. Both compare only with figures of their own kind.
 */
function inheritedMeasure(binding: FigureBinding, head: Mention | undefined, family: "决算" | "预算"): FigureBinding | undefined {
  if (!head || head.kind !== "amount") return binding;
  if (PRIOR_HEAD.test(head.rawLabel)) return undefined;
  if (family !== "决算" || !BUDGET_HEAD.test(head.label) || ACTUAL_HEAD.test(head.label) || FIGURE_BUDGET_NAMES.has(binding.figure)) return binding;
  const budget = FIGURE_BUDGETS[binding.figure];
  return budget ? { figure: budget, others: [] } : undefined;
}
const FIGURE_BUDGET_NAMES = new Set(Object.values(FIGURE_BUDGETS));

/**
 * “预算3,786.49万元，实际支出3,535.78万元，比预算减少250.71万元”: a total named as budget with its actual stated
 * right after it in its clause — which of the two the parts that follow add up to is in doubt, so the budget is
 * bound only probably (a check accuses it only when the actual is contradicted too).
 */
function besideActual(binding: FigureBinding | undefined, m: Mention, s: SentenceClaims): FigureBinding | undefined {
  if (!binding || !BUDGET_HEAD.test(m.label) || ACTUAL_HEAD.test(m.label)) return binding;
  const actual = s.mentions.find((x) => x.start > m.start && x.clause === m.clause && x.kind === "amount" && ACTUAL_BESIDE.test(x.label));
  return actual ? { ...binding, others: [...binding.others, "实际数"] } : binding;
}
const ACTUAL_BESIDE = /^(?:实际|执行数|决算)/;

/**
 * The year the sentence names before a figure (“2021年度“三公”经费合计支出20.12万元，其中：…” — all of 2021), when it
 * is not the report's; undefined for the report's year (and when the report's year is not known).
 */
export function yearOfSentence(sentence: SentenceClaims, m: Mention, year: number | undefined): number | undefined {
  if (year === undefined) return undefined;
  const stated = [...toHalfWidth(sentence.sentence.slice(0, m.start - sentence.start)).matchAll(YEAR)].pop();
  return stated && Number(stated[1]) !== year ? Number(stated[1]) : undefined;
}

/** Words that only say which of the figure's amounts follows (“支出决算为”, “预算数”): the clause's figure is meant. */
const AMOUNT_OF_SUBJECT = /^(?:全年|本年|当年)?(?:支出)?(?:决算|预算|执行)数?$/;
const BUDGET_WORDS = /(?:年初|全年)?预算数?$/;

/**
 * The figure an amount's words name in their clause: its own name (“公务用车购置及运行维护费预算为2.00万元”: in a
 * 决算 text, that item's budget, the 三公 table's 预算数), or — words that only say which amount follows
 * (“，支出决算为2.20万元”) — the figure the clause named before. `subject`: the figure the amounts that follow
 * belong to — named by a budget too whose figure the tables do not hold (“财政拨款支出年初预算数为1255.37万元，支出决算数为
 * 2112.86万元”: the 决算 is the 财政拨款支出's, the budget no statement). `inGeneralSection`: under a heading naming
 * 一般公共预算, names without their fund are that budget's (./figures.ts sectionBinding).
 */
function clauseBinding(
  label: string,
  family: "决算" | "预算",
  subject: string | undefined,
  inGeneralSection: boolean,
): { binding?: FigureBinding; subject: string } | undefined {
  const bind = (words: string) => (inGeneralSection ? sectionBinding(words, family) : figureBinding(words, family));
  const own = bind(label);
  if (own) return { binding: own, subject: own.figure };
  const budgeted = family === "决算" && BUDGET_WORDS.test(label) ? bind(label.replace(BUDGET_WORDS, "")) : undefined;
  if (budgeted && budgeted.others.length === 0) {
    const budget = FIGURE_BUDGETS[budgeted.figure];
    const scope = budgeted.scope ? { scope: budgeted.scope } : {};
    return { ...(budget ? { binding: { figure: budget, others: [], ...scope } } : {}), subject: budgeted.figure };
  }
  if (!subject || !AMOUNT_OF_SUBJECT.test(label)) return undefined;
  if (!/预算/.test(label)) return { binding: { figure: subject, others: [] }, subject };
  // in a 预算 text the clause's amount before a bare “预算” is what was spent (“三公经费支出10044.01万元,预算11324.44万元”):
  // which of the two is the figure is in doubt
  const budget = family === "决算" ? FIGURE_BUDGETS[subject] : undefined;
  return budget ? { binding: { figure: budget, others: [] }, subject } : undefined;
}

/**
 * A stated figure against the table: “财政拨款收入支出总计2961.68万元” against 财政拨款收入支出决算总表 总计
 * (not 收入支出决算总表); a figure found wrong is read at its table value by the later checks.
 */
export function checkStatement(s: Statement, tableFigure: FigureLookup, reading: Reading, checked: Set<Mention>): Located | undefined {
  const table = s.year === undefined ? tableFigure(s.figure) : undefined;
  if (!table) return undefined;
  const judged = (t: { value: Decimal; unit: Decimal }) => judgeStated(s.mention.value, s.mention.unit, t.value, RoundingInterval.of(t.value, t.unit));
  const verdict = judged(table);
  // words that may name another figure (“总收入”: 收支总计 too) accuse only when that figure is in the tables and differs as well
  const others = s.others.map(tableFigure);
  if (verdict !== "equal" && others.some((t) => !t || judged(t) !== "error")) return undefined;
  checked.add(s.mention);
  if (verdict === "equal") return undefined;
  if (verdict === "error") reading.correct(s.mention, table.value, table.unit);
  const { num, unit } = writtenUnit(s.mention);
  const expected = `${num(table.value)}${unit}`;
  const cut = verdict === "rounding" && s.mention.unit.greaterThan(table.unit);
  return {
    at: s.at,
    issue: {
      rule: "amount",
      verdict,
      target: s.mention,
      subject: s.figure,
      headline: cut
        ? `${s.figure}写${s.mention.text}，表中为${expected}，按四舍五入应为${writtenLike(s.mention, table.value)}。`
        : verdict === "rounding"
          ? `${s.figure}写${s.mention.text}，表中为${expected}，相差在四舍五入尾差范围内，请确认。`
          : `${s.figure}写${s.mention.text}，应为${expected}（表中数）。`,
      steps: [`文中 ${quoted(s.mention)}`, `表中 ${s.figure} = ${expected}`],
      message: `“${quoted(s.mention)}”：表中${s.figure}为${expected}，文中写${s.mention.text}。`,
      expected: cut ? writtenLike(s.mention, table.value) : num(table.value),
      actual: s.mention.printed,
    },
  };
}

/**
 * “因公出国（境）费决算为0.00万元，完成预算的0.00%” without a budget in its clause: the 三公 table's own budget of
 * that item (公务用车 完成预算% = 公务用车决算 ÷ 公务用车预算); a budget of 0 leaves no percentage to state.
 */
export function checkCompletionAgainstTables(at: ParsedParagraph, family: "决算" | "预算", tableFigure: FigureLookup): Located[] {
  return at.sentences.flatMap((s) =>
    s.claims.flatMap((claim): Located[] => {
      if (claim.kind !== "completion" || claim.budget || !claim.actual) return [];
      const figure = figureNamed(claim.actual.label, family);
      const budgetFigure = figure && FIGURE_BUDGETS[figure];
      const actual = figure && tableFigure(figure);
      const budget = budgetFigure && tableFigure(budgetFigure);
      if (!actual || !budget) return [];
      if (budget.value.isZero()) return [{ at, issue: zeroBudgetIssue(claim.rate, `表中${figure}预算数为0`) }];
      const allowed = percentInterval(RoundingInterval.of(actual.value, actual.unit), RoundingInterval.of(budget.value, budget.unit));
      const verdict = allowed && judgeDerived(claim.rate.value, claim.rate.unit, allowed);
      if (!verdict || verdict === "equal") return [];
      const expected = percentOf(actual.value, budget.value);
      const { num, unit } = writtenUnit(claim.actual);
      const equation = `${num(actual.value)}÷${num(budget.value)}`;
      const issue: ClaimIssue = {
        rule: "completion",
        verdict,
        target: claim.rate,
        involved: [claim.actual],
        subject: `${figure}完成预算比例`,
        headline:
          verdict === "rounding"
            ? `${figure}完成预算比例写${claim.rate.text}，按表中 ${equation} = ${expected}，相差在四舍五入尾差范围内，请确认。`
            : `${figure}完成预算比例写${claim.rate.text}，应为${expected}（表中决算${num(actual.value)}÷预算${num(budget.value)}）。`,
        steps: [
          `表中${figure}决算数 ${num(actual.value)}${unit}`,
          `表中${figure}预算数 ${num(budget.value)}${unit}`,
          `${equation} = ${expected}`,
          `文中写 ${claim.rate.text}`,
        ],
        message: `“${quoted(claim.rate)}”：表中${figure}决算数${num(actual.value)}${unit}÷预算数${num(budget.value)}${unit} = ${expected}，文中写${claim.rate.text}。`,
        expected,
        actual: claim.rate.printed,
      };
      return [{ at, issue }];
    }),
  );
}
