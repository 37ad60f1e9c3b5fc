import { readCorpusDocument } from "./text-corpus";
const d = readCorpusDocument(process.argv[2]);
for (const p of d.paragraphs) console.log(p.index, p.text.slice(0, 50));
