import { Decimal, formatFixed, HUNDRED } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import type { SentenceClaims } from "./extract";
import type { ClaimIssue } from "./issue";
import type { Mention } from "./mentions";

/**
 * Splits a whole is known to be made of, each part named by its own words alone: the five levels of government, and the two
 * kinds of 行政事业单位 (by the accounting system each keeps).
 */
const KNOWN_SPLITS: readonly { parts: readonly RegExp[]; says: string }[] = [
  {
    parts: [/^中央(?:本)?级?$/, /^省(?:本)?级$/, /^(?:地市|市地|市州|地州市?|市)(?:本)?级$/, /^(?:县|县区|区县)(?:本)?级$/, /^乡(?:镇)?级$/],
    says: "中央、省、地市、县、乡五级为全部级次",
  },
  { parts: [/^行政单位$/, /^事业单位$/], says: "行政单位与事业单位为行政事业单位的全部" },
];

/** “行政单位占25.63%”, “中央级占比15.24%”: a share with no amount and no whole, its words naming the part alone. */
const BARE_SHARE = /^\s*(?:[^，,；;。：:]*?看\s*[，,]\s*)?([^，,；;。：:占]{2,16}?)\s*占(?:比)?(?:为|是|达)?\s*$/;

/**
 * “从级次看,中央级占15.24%,省级占26.26%,地市级占21.76%,县级占27.70%,乡级占9.04%”: shares with no amounts, one after another in a
 * clause, of a split the text or a known identity says is complete — every part of a known split named once (KNOWN_SPLITS), or a
 * list closed by the rest of its kind (“流动资产占37.75%,…,无形资产占1.09%,其他资产占6.83%”: “其他资产” after two kinds of
 * 资产) — are all of one whole: they make 100% within the rounding of each. Beyond it, some share is wrong; with no amounts the
 * text cannot say which, and the finding names the sum. A run not certainly complete says nothing.
 */
export function checkSplitShares(s: SentenceClaims): ClaimIssue[] {
  return runsOf(s.mentions).flatMap((run) => {
    const names = run.map((m) => BARE_SHARE.exec(m.label)![1].replace(/\s+/g, ""));
    const why = knownSplit(names)?.says ?? (closedByRest(names) ? `末项“${names[names.length - 1]}”为其余部分` : undefined);
    if (!why) return [];
    const sum = sumIntervals(run.map((m) => RoundingInterval.of(m.value, m.unit)));
    return sum.overlaps(RoundingInterval.exact(HUNDRED)) ? [] : [splitSumIssue(s, run, names[0], why)];
  });
}

/** Bare shares side by side in one clause, no other figure among them: two or more. */
function runsOf(mentions: readonly Mention[]): Mention[][] {
  const runs: Mention[][] = [];
  let run: Mention[] = [];
  for (const m of mentions) {
    const bare = m.kind === "percent" && m.groupSize === 1 && BARE_SHARE.test(m.label);
    if (bare && run.length > 0 && run[0].clause === m.clause && run[0].depth === m.depth) run.push(m);
    else {
      if (run.length > 1) runs.push(run);
      run = bare ? [m] : [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** The known split whose every part is named once, and nothing else. */
const knownSplit = (names: readonly string[]) =>
  KNOWN_SPLITS.find(({ parts }) => parts.length === names.length && parts.every((part) => names.filter((n) => part.test(n)).length === 1));

/** The last part is “其他X”, the rest of a kind two parts before it are of (“流动资产”, “无形资产” before “其他资产”). */
function closedByRest(names: readonly string[]): boolean {
  const kind = /^其他(.{1,6})$/.exec(names[names.length - 1])?.[1];
  return !!kind && names.slice(0, -1).filter((n) => n.length > kind.length && n.endsWith(kind)).length >= 2;
}

function splitSumIssue(s: SentenceClaims, run: Mention[], firstName: string, why: string): ClaimIssue {
  const sum = formatFixed(
    run.reduce((acc, m) => acc.plus(m.value), new Decimal(0)),
    2,
  );
  const terms = run.map((m) => m.text).join(" + ");
  const before = s.sentence.slice(0, run[0].start - s.start);
  const quote = s.sentence.slice(Math.max(0, before.lastIndexOf(firstName)), run[run.length - 1].end - s.start);
  return {
    rule: "shareSum",
    verdict: "error",
    target: run[0],
    involved: run.slice(1),
    span: { start: run[0].start, end: run[run.length - 1].end },
    subject: "各项占比之和",
    headline: `所列各项是同一总额的全部组成（${why}），各项占比之和应为100%，文中为${sum}%：至少一项占比有误，请逐项核对。`,
    steps: [`${terms} = ${sum}%`, `${why}：应合计100%`],
    message: `“${quote}”：${why}，各项占比之和应为100%，文中为${sum}%（超出各项四舍五入的范围）。`,
    expected: "100%",
    actual: `${sum}%`,
  };
}
