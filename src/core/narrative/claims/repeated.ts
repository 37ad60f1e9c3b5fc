import { quoted, writtenUnit } from "./issue";
import type { Located } from "./parsed";
import { sameOwner, type Statement } from "./statements";
import { judge, type CrossContext } from "./cross";

/** Figures whose words name one amount only, wherever they are stated. */
const REPEATABLE = new Set([
  "收支总计",
  "本年收入合计",
  "本年支出合计",
  "财政拨款收支总计",
  "一般公共预算财政拨款支出",
  "一般公共预算财政拨款基本支出",
  "三公经费合计",
  "机关运行经费",
  "财政拨款收入",
]);

/** “本年支出合计 4265.40万元” in 三 and “总支出：2408.42万元” later: two values for one figure. */
export function checkRepeated(statements: readonly Statement[], ctx: CrossContext): Located[] {
  const first: Statement[] = [];
  const out: Located[] = [];
  for (const s of statements) {
    // two values for one figure need both to be named surely (“总收入” may be 收入总计 or 本年收入合计), and of one unit
    if (!REPEATABLE.has(s.figure) || s.others.length > 0) continue;
    const reference = first.find((x) => x.figure === s.figure && x.year === s.year && sameOwner(x, s));
    if (!reference) {
      first.push(s);
      continue;
    }
    if (ctx.checked.has(s.mention) && ctx.checked.has(reference.mention)) continue;
    const verdict = judge(s.mention, reference.mention, ctx.reading);
    if (verdict === "equal") continue;
    const there = `${ctx.whereOf(reference.at)}“${quoted(reference.mention)}”`;
    out.push({
      at: s.at,
      issue: {
        rule: "repeated",
        verdict,
        target: s.mention,
        involved: [reference.mention],
        subject: s.figure,
        headline:
          verdict === "rounding"
            ? `${s.figure}此处写${s.mention.text}，${there}，相差在四舍五入尾差范围内，请确认。`
            : `${s.figure}此处写${s.mention.text}，而${there}：同一数字两处不同，至少一处有误，请核对。`,
        steps: [`${ctx.whereOf(reference.at)} ${s.figure} = ${reference.mention.text}`, `此处 ${s.figure} = ${s.mention.text}`],
        message: `“${quoted(s.mention)}”：与${there}不一致。`,
        expected: writtenUnit(s.mention).num(ctx.reading.value(reference.mention)),
        actual: s.mention.printed,
      },
    });
  }
  return out;
}
