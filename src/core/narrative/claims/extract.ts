import { findMentions, sentences, type Mention } from "./mentions";

/**
 * Claims (陈述) read from one sentence of the 情况说明: what the sentence asserts with numbers.
 */
export type Claim =
  /** “…4265.40万元 …增加2909.12万元，增长214.49%” (subject = the current amount, when stated). */
  | { kind: "change"; subject?: Mention; change: Mention; up: boolean; percent?: Mention; percentUp?: boolean }
  /** “基本支出478.86万元，占11.23%”; total is the list's total amount or the named total (“占本年支出合计的”). */
  | { kind: "share"; part: Mention; share: Mention; totalName?: string; list: number }
  /** “全年预算数为0.63万元，项目执行0.63万元，预算执行率为4.8%”. */
  | { kind: "completion"; rate: Mention; actual?: Mention; budget?: Mention }
  /** Any named amount (checked against the tables and the text's own totals). */
  | { kind: "amount"; mention: Mention };

export interface SentenceClaims {
  sentence: string;
  /** Position of the sentence in its paragraph; `sentence` is untrimmed so mention positions index it. */
  start: number;
  mentions: Mention[];
  claims: Claim[];
  /** For each share list (index = Claim.list): the amount stated before the list as its total, if any. */
  listTotals: (Mention | undefined)[];
}

const CHANGE_WORD = /(增加|减少|增长|下降|上升|降低)了?$/;
const UP_WORDS = /增加|增长|上升/;
const SHARE_WORD = /^占(.*?)的?$/;
const COMPLETION_WORD = /(完成(年初|全年)?预算(数)?的?|执行率|完成率)$/;
const BUDGET_LABEL = /预算数|年初预算|全年预算|调整后?预算|预算安排|^预算$/;
const ACTUAL_LABEL = /执行|完成|决算|支出|实际/;

export function extractClaims(paragraph: string): SentenceClaims[] {
  return sentences(paragraph).map(({ text, start }) => {
    const mentions = findMentions(text);
    const { claims, listTotals } = claimsOf(mentions);
    return { sentence: text, start, mentions, claims, listTotals };
  });
}

function claimsOf(mentions: Mention[]): { claims: Claim[]; listTotals: (Mention | undefined)[] } {
  const claims: Claim[] = [];
  const listTotals: (Mention | undefined)[] = [];
  let list = -1;
  let previousWasShare = false;
  mentions.forEach((m, i) => {
    const before = mentions[i - 1];
    if (m.kind === "amount" && CHANGE_WORD.test(m.label)) {
      claims.push(changeClaim(mentions, i));
    } else if (m.kind === "amount") {
      claims.push({ kind: "amount", mention: m });
    } else if (CHANGE_WORD.test(m.label) && before?.kind === "amount" && CHANGE_WORD.test(before.label)) {
      // percent of the change claim just recorded
    } else if (SHARE_WORD.test(m.label) && before?.kind === "amount") {
      const totalName = SHARE_WORD.exec(m.label)![1] || undefined;
      if (!previousWasShare) {
        list++;
        listTotals.push(listTotal(mentions, i - 1));
      }
      claims.push({ kind: "share", part: before, share: m, totalName, list });
      previousWasShare = true;
      return;
    } else if (COMPLETION_WORD.test(m.label)) {
      claims.push(completionClaim(mentions, i));
    }
    previousWasShare = previousWasShare && m.kind === "amount";
  });
  return { claims, listTotals };
}

function changeClaim(mentions: Mention[], i: number): Claim {
  const change = mentions[i];
  const next = mentions[i + 1];
  const subject = [...mentions.slice(0, i)].reverse().find((m) => m.kind === "amount" && !CHANGE_WORD.test(m.label));
  const percent = next?.kind === "percent" && CHANGE_WORD.test(next.label) ? next : undefined;
  return {
    kind: "change",
    subject,
    change,
    up: UP_WORDS.test(CHANGE_WORD.exec(change.label)![1]),
    percent,
    percentUp: percent ? UP_WORDS.test(percent.label) : undefined,
  };
}

/** The amount stated before a share list (“本年支出合计4265.40万元，其中：…”), if the list has one. */
function listTotal(mentions: Mention[], firstPart: number): Mention | undefined {
  const candidates = mentions.slice(0, firstPart).filter((m) => m.kind === "amount" && !CHANGE_WORD.test(m.label));
  return candidates[0];
}

function completionClaim(mentions: Mention[], i: number): Claim {
  const amounts = mentions.slice(0, i).filter((m) => m.kind === "amount" && !CHANGE_WORD.test(m.label));
  const budget = [...amounts].reverse().find((m) => BUDGET_LABEL.test(m.label) && !/执行/.test(m.label));
  const actual = [...amounts].reverse().find((m) => m !== budget && ACTUAL_LABEL.test(m.label)) ?? amounts.find((m) => m !== budget);
  return { kind: "completion", rate: mentions[i], budget, actual };
}
