import { fullWidth } from "./planted-changes";
import { checkText, readCorpusDocument, paragraphOf } from "./text-corpus";
const d = readCorpusDocument(process.argv[2]);
for (const digits of [undefined, true]) {
  const ps = digits === undefined ? d.paragraphs : d.paragraphs.map((p) => ({ ...p, text: fullWidth(p.text, digits) }));
  console.log(digits, checkText(ps, d.year).map((f) => `${paragraphOf(f)} ${f.rule} ${f.severity} ${f.actual}`));
}
console.log(fullWidth(d.paragraphs[1].text, true).slice(80, 140));
