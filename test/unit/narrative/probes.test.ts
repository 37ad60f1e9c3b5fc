import { readFileSync, readdirSync } from "fs";
import path from "path";
import { CORPUS, checkText, normalFigure, paragraphAt, paragraphOf, readCorpusDocument, wrongFigure, type CorpusDocument } from "../../support/text-corpus";

/**
 * Hand probes (test/fixtures/texts/probes/*.json; format in test/fixtures/texts/README.md “Hand probes”): one figure of a
 * real paragraph changed by hand as a writer's slip would change it, where the text states enough to see it. Each
 * probe must raise a new error naming the changed figure (issue #19: say which figure is wrong), or — where the text
 * cannot tell which of the claim's figures is the slip (a part against its total, each stated once) — one of its
 * `alternatives`. Probes written blind
 * and missed keep their reason in `missed` and run as `test.failing` until the checker finds them.
 */
interface Probe {
  doc: string;
  paragraph: number;
  from: string;
  to: string;
  /** The figure the error must name, as written in `to`. */
  figure: string;
  /** Other figures of the broken claim the error may name instead, where the text cannot say which is wrong. */
  alternatives?: string[];
  why: string;
  missed?: string;
}

interface ProbeRound {
  round: string;
  note?: string;
  probes: Probe[];
}

const PROBES = path.join(CORPUS, "probes");
const rounds: ProbeRound[] = readdirSync(PROBES)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(PROBES, f), "utf8")) as ProbeRound);

const docs = new Map<string, CorpusDocument>();
const docOf = (id: string) => docs.get(id) ?? docs.set(id, readCorpusDocument(id)).get(id)!;
const errorsOf = (doc: CorpusDocument, paragraphs: CorpusDocument["paragraphs"]) => checkText(paragraphs, doc.year).filter((f) => f.severity === "error");
const occurrences = (text: string, part: string) => text.split(part).length - 1;

function probed(doc: CorpusDocument, probe: Probe): CorpusDocument["paragraphs"] {
  return doc.paragraphs.map((p) => (p.index === probe.paragraph ? { ...p, text: p.text.replace(probe.from, probe.to) } : p));
}

describe("hand probes: a figure changed by hand in a real paragraph is an error naming it", () => {
  it("holds probes of several rounds", () => {
    expect(rounds.length).toBeGreaterThan(0);
    for (const round of rounds) expect(round.probes.length).toBeGreaterThan(0);
  });

  for (const round of rounds) {
    for (const probe of round.probes) {
      const name = `${round.round}: ${probe.doc} ¶${probe.paragraph} ${probe.from}→${probe.to}`;
      it(`${name} changes one place`, () => {
        const doc = docOf(probe.doc);
        expect(occurrences(paragraphAt(doc, probe.paragraph).text, probe.from)).toBe(1);
        expect(normalFigure(probe.to)).toContain(wrongFigure(probe.figure));
      });
      (probe.missed ? test.failing : test)(name, () => {
        const doc = docOf(probe.doc);
        const before = new Set(errorsOf(doc, doc.paragraphs).map((f) => `${paragraphOf(f)} ${f.headline}`));
        const found = errorsOf(doc, probed(doc, probe)).filter((f) => !before.has(`${paragraphOf(f)} ${f.headline}`));
        const named = [probe.figure, ...(probe.alternatives ?? [])].map(wrongFigure);
        expect(found.filter((f) => named.includes(wrongFigure(f.actual))).map((f) => f.message)).not.toEqual([]);
      });
    }
  }
});
