import { fullWidth } from "./planted-changes";
import { checkText, readCorpusDocument } from "./text-corpus";
const d = readCorpusDocument("nm-ordos-2022-budget-sangong");
const ps = d.paragraphs.map((p) => ({ ...p, text: fullWidth(p.text, true) }));
for (const f of checkText(ps, d.year)) console.log(f.message);
