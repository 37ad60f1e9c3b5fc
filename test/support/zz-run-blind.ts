import { checkText, readCorpusDocument, paragraphOf, namesProblem } from "./text-corpus";
const ids = process.argv.slice(2);
for (const id of ids) {
  const d = readCorpusDocument(id);
  const fs = checkText(d.paragraphs, d.year);
  console.log(`== ${id}: ${fs.filter(f=>f.severity==="error").length} errors, ${fs.filter(f=>f.severity==="warning").length} warnings`);
  for (const f of fs) {
    const n = paragraphOf(f);
    const probs = d.checked.find(p=>p.n===n)?.problems ?? [];
    const named = probs.filter(p=>namesProblem(f,p)).map(p=>p.verdict).join(",");
    console.log(`  ${f.severity} ${f.rule} ¶${n} actual=${f.actual} [${named||"-"}] ${f.message}`);
  }
}
