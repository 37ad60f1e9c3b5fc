import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import type { Decimal } from "../../numbers/decimal";
import type { ClaimRuleKey } from "./catalogue";
import { judge, sumOf, type CrossContext } from "./cross";
import { quoted, writtenLike, writtenUnit } from "./issue";
import type { Located } from "./parsed";
import { identityParts } from "./stated-parts";
import { sameOwner, type FigureLookup, type Statement } from "./statements";

/** What the tables or the rest of the text tie to a figure: a value within its rounding, and where it comes from. */
interface Tied {
  rule: ClaimRuleKey;
  value: Decimal;
  interval: RoundingInterval;
  where: string;
}

/**
 * “增加231,448.10元…其中:因公出国(境)费支出决算增加0元…;公务用车购置及运行费支出决算174,732.10元,增长176.55%;…” (寻甸
 * 农业农村局 2022 ¶3): an amount a list of changes leaves in doubt (./list-of-changes.ts) is either its figure's amount or its
 * change with the verb left out. When it differs beyond rounding from everything the tables and the rest of the text tie
 * to that figure (the car's 273,702.10 of ¶2), one of the two readings has a slip: a warning that names both, never an
 * error.
 */
export function checkDoubtfulAmounts(statements: readonly Statement[], tableFigure: FigureLookup, ctx: CrossContext): Located[] {
  const certain = statements.filter((s) => !s.doubtful);
  const tiedTo = tiedAmounts(certain, tableFigure, ctx);
  return statements.flatMap((s): Located[] => {
    if (!s.doubtful || s.others.length > 0) return [];
    const tied = tiedTo(s);
    const value = ctx.reading.value(s.mention);
    const interval = ctx.reading.interval(s.mention);
    if (tied.length === 0 || tied.some((t) => judgeAmounts(value, interval, t.value, t.interval) !== "error")) return [];
    const [first] = tied;
    const against = tied.map((t) => `与${t.where}不符`).join("，");
    return [
      {
        at: s.at,
        issue: {
          rule: first.rule,
          verdict: "warning",
          target: s.mention,
          subject: s.figure,
          headline: `${s.figure}写${s.mention.text}，列在各项增减额之中却未写“增加”或“减少”：若是${s.figure}金额，则${against}；若是增减额，请补写增减字样。`,
          steps: [...tied.map((t) => t.where), `此处 ${quoted(s.mention)}（列于增减额之中，未写增减）`],
          message: `“${quoted(s.mention)}”：列在各项增减额之中而未写“增加”或“减少”；作为${s.figure}金额，${against}。`,
          expected: writtenLike(s.mention, first.value),
          actual: s.mention.printed,
        },
      },
    ];
  });
}

/**
 * The amounts tied to a figure with certainty: the table's, the text's own statement of it elsewhere (every statement of it
 * one value), and the sum of the parts the text states for it.
 */
function tiedAmounts(certain: readonly Statement[], tableFigure: FigureLookup, ctx: CrossContext) {
  const partsOf = identityParts(certain, tableFigure, ctx.reading);
  return (s: Statement): Tied[] => [...fromTable(s, tableFigure), ...fromText(s, certain, ctx), ...fromParts(s, partsOf(s), ctx)];
}

function fromTable(s: Statement, tableFigure: FigureLookup): Tied[] {
  const table = s.year === undefined ? tableFigure(s.figure) : undefined;
  if (!table) return [];
  const { num, unit } = writtenUnit(s.mention);
  return [{ rule: "amount", value: table.value, interval: RoundingInterval.of(table.value, table.unit), where: `表中${s.figure}${num(table.value)}${unit}` }];
}

function fromText(s: Statement, certain: readonly Statement[], ctx: CrossContext): Tied[] {
  const same = certain.filter((x) => x.figure === s.figure && x.year === s.year && x.others.length === 0 && sameOwner(x, s));
  const [reference] = same;
  if (!reference || same.some((x) => judge(x.mention, reference.mention, ctx.reading) === "error")) return [];
  const { mention, at } = reference;
  return [{ rule: "repeated", value: ctx.reading.value(mention), interval: ctx.reading.interval(mention), where: `${ctx.whereOf(at)}“${quoted(mention)}”` }];
}

function fromParts(s: Statement, identity: { parts: string[]; known: Statement[] } | undefined, ctx: CrossContext): Tied[] {
  if (!identity) return [];
  const { num, unit } = writtenUnit(s.mention);
  const values = identity.known.map((k) => ctx.reading.value(k.mention));
  const terms = identity.parts.map((part, i) => `${part}${num(values[i])}`).join(" + ");
  return [
    {
      rule: "total",
      value: sumOf(values),
      interval: sumIntervals(identity.known.map((k) => ctx.reading.interval(k.mention))),
      where: `文中所述 ${terms} = ${num(sumOf(values))}${unit}`,
    },
  ];
}
