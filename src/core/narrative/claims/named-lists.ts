import { Decimal } from "../../numbers/decimal";
import { sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeDerived, percentInterval } from "../../numbers/verdict";
import type { Relations } from "./culprit";
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
 * the items' own sum while the parent differs, the parent is the slip — one finding at the parent, which the
 * shares are then judged against at its corrected value (never one finding per share).
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
  const accused = (c: ShareClaim) => relations.ofPart(c.part, undefined, reading.value(total).minus(sum.minus(reading.value(c.part)))) === "accused";
  if (!fits || members.some(accused)) return undefined;
  reading.correct(total, sum, total.unit);
  const terms = members.map((c) => c.part.text).join(" + ");
  const right = writtenLike(total, sum);
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
