import { readCorpusDocument } from "./text-corpus";
import { parseParagraphs } from "../../src/core/narrative/claims/parsed";
import { statementsOf } from "../../src/core/narrative/claims/statements";
const [id, n] = process.argv.slice(2);
const d = readCorpusDocument(id);
const parsed = parseParagraphs(d.paragraphs);
const fam = (process.argv[4] as "决算" | "预算") ?? "决算";
for (const s of statementsOf(parsed, fam, d.year)) console.log("STMT", s.figure, s.mention.text, s.others, s.year);
for (const at of parsed.filter((p, i) => !n || i + 1 === Number(n))) for (const s of at.sentences) {
  console.log("SENT", s.sentence.slice(0, 60), "opening:", s.openingTotal?.text);
  for (const m of s.mentions) console.log("  M", m.kind, m.text, "label=", m.label, "clause", m.clause, "g", m.group, m.slot, m.groupSize);
  for (const c of s.claims) if (c.kind !== "amount") console.log("  C", c.kind, JSON.stringify(c, (k, v) => (k === "rawLabel" || k === "label" ? undefined : v)).slice(0, 300));
}
