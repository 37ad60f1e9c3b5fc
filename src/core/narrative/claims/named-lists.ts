import { Decimal } from "../../numbers/decimal";
import { sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeDerived, percentInterval } from "../../numbers/verdict";
import type { Relations, Standing } from "./culprit";
import type { Claim } from "./extract";
import { quoted, writtenLike } from "./issue";
import type { Mention } from "./mentions";
import { sharesMakeWhole } from "./share-sums";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import type { TotalResolver } from "./share-total";

type ShareClaim = Extract<Claim, { kind: "share" }>;

/**
 * An enumeration across paragraphs: “1.基本支出预算 924,289.71 元…。其中：” then one line per item, each “占基本支出
 * 预算Z%”. The items that add up to the parent they name confirm it; when their shares add up to 100% and fit
 * the items' own sum while the parent differs, the parent is the slip where the shares of two items or a relation of its
 * own tell it from a slip in an item — one finding at the parent, which the shares are then judged against at its
 * corrected value (never one finding per share); else a warning naming what to check.
 */
export function checkNamedLists(parsed: readonly ParsedParagraph[], resolveTotal: TotalResolver, reading: Reading, relations: Relations): Located[] {
  const groups = new Map<Mention, ShareClaim[]>();
  for (const p of parsed) {
    for (const s of p.sentences) {
      for (const c of s.claims) {
        const total = c.kind === "share" && c.totalName ? resolveTotal(c.totalName, c.part)?.mention : undefined;
        if (c.kind === "share" && total) groups.set(total, [...(groups.get(total) ?? []), c]);
      }
    }
  }
  const out: Located[] = [];
  for (const [total, members] of groups) {
    const found = parentSlip(total, members, reading, relations);
    const at = parsed.find((p) => p.mentions.includes(total));
    if (found && at) out.push({ at, issue: found });
  }
  return out;
}

function parentSlip(total: Mention, members: ShareClaim[], reading: Reading, relations: Relations) {
  if (members.length < 2) return undefined;
  if (!sharesMakeWhole(members)) return undefined;
  const parts = sumIntervals(members.map((c) => reading.interval(c.part)));
  const sum = members.reduce((acc, c) => acc.plus(reading.value(c.part)), new Decimal(0));
  if (judgeAmounts(reading.value(total), reading.interval(total), sum, parts) !== "error") return undefined;
  const fits = members.every((c) => {
    const allowed = percentInterval(reading.interval(c.part), parts);
    return allowed && judgeDerived(c.share.value, c.share.unit, allowed) !== "error";
  });
  // shares fit a slip in a large part as well as one in the parent: a part its own relations accuse at total − the
  // others is left to the rules that weigh each figure (./culprit.ts)
  const standing = (c: ShareClaim) => relations.ofPart(c.part, undefined, reading.value(total).minus(sum.minus(reading.value(c.part))));
  if (!fits || members.some((c) => standing(c) === "accused")) return undefined;
  const terms = members.map((c) => c.part.text).join(" + ");
  const right = writtenLike(total, sum);
  // a slip in one item breaks its own share alone: shares of two items or more that break at the parent as printed say
  // the parent is the slip (澧县 2018: 2131.80 and 1497.40, “占本年支出的58.74%” and “41.26%”, both of 3629.2); one alone fits a
  // slip in its item as well, and the parent is the slip only where a relation of its own says so too (梧州 2021: “基本支出预算
  // 942,289.71 元,…同比减少 275,044.29 元,下降 22.93 %” holds at the items' 924,289.71)
  const brokenAtParent = members.filter((c) => {
    const allowed = percentInterval(reading.interval(c.part), reading.interval(total));
    return !allowed || judgeDerived(c.share.value, c.share.unit, allowed) === "error";
  });
  const parent = brokenAtParent.length > 1 ? "accused" : relations.ofTotal(total, undefined, sum);
  if (parent !== "accused" && parent !== "contradicted") return partsToCheck(total, members, parent === "confirmed", standing, terms, right);
  reading.correct(total, sum, total.unit);
  return {
    rule: "listSum" as const,
    verdict: "error" as const,
    target: total,
    involved: members.map((c) => c.part),
    subject: total.label || "合计",
    headline: `${total.label}写${total.text}，其下逐项列出的${members.length}项之和为${right}，各项占比也与之相符：应为${right}。`,
    steps: [`${terms} = ${right}`, `各项占比之和为100%`, `文中 ${quoted(total)}`],
    message: `“${quoted(total)}”：其下各项 ${terms} = ${right}，与此处不符。`,
    expected: right,
    actual: total.printed,
  };
}

/**
 * A parent whose own relations do not tell it from its items (三门 公安 2020 ¶13 with 财政拨款收入 typed 24,970.34 and its
 * own 一般公共预算 typed 24,409.59: the shares fit 25,061.67 as well as a slip in 财政拨款收入): a warning naming the items no
 * relation of their own confirms — and the parent too, when nothing confirms it either.
 */
function partsToCheck(total: Mention, members: ShareClaim[], confirmed: boolean, standing: (c: ShareClaim) => Standing, terms: string, right: string) {
  const free = members.filter((c) => standing(c) !== "confirmed").map((c) => c.part.label || c.part.text);
  if (free.length === 0 && confirmed) return undefined;
  const name = total.label || "合计";
  const listed = [...(confirmed ? [] : [name]), ...free].join("、");
  const why = confirmed ? `${name}${total.text}另有印证，差额应出在${free.join("、")}中` : `${listed}都无其他关系印证，无法确定哪一项有误`;
  return {
    rule: "listSum" as const,
    verdict: "warning" as const,
    target: total,
    involved: members.map((c) => c.part),
    subject: name,
    headline: `${name}写${total.text}，其下逐项列出的${members.length}项之和为${right}：${why}，请核对${listed}。`,
    steps: [`${terms} = ${right}`, `文中 ${quoted(total)}`, why],
    message: `“${quoted(total)}”：其下各项 ${terms} = ${right}，与此处不符；${why}，请逐项核对。`,
    actual: total.printed,
  };
}
