import { writeFileSync } from "fs";
import type { Finding } from "../../../src/core/findings/finding";
import { ERROR_KINDS, KIND_WEIGHTS, plantErrors, type ErrorKind, type PlantedError } from "../../support/planted-kinds";
import { checkText, corpusIds, isCleanParagraph, paragraphOf, readCorpusDocument, wrongFigure, type CorpusDocument } from "../../support/text-corpus";

/**
 * Errors of the kinds real writers make (test/support/planted-kinds.ts), planted in clean real paragraphs: each must
 * be found as an error on its paragraph naming a figure of the relation it breaks (a leftover: an N.leftover error;
 * a flipped direction: that or an N.direction error). Each kind must find at least
 * what it found when last measured (FOUND_AT_LEAST). PLANTED_KINDS_TABLE=<file> writes planted / found per kind and
 * the misses.
 */
const SEED = 19;

const docs: CorpusDocument[] = corpusIds().map(readCorpusDocument);
const errors = (doc: CorpusDocument, paragraphs: CorpusDocument["paragraphs"]) => checkText(paragraphs, doc.year).filter((f) => f.severity === "error");
const key = (f: Finding) => `${paragraphOf(f)} ${f.rule} ${f.headline}`;

const cases: [string, CorpusDocument, PlantedError][] = docs.flatMap((doc) =>
  plantErrors(doc.id, doc.paragraphs, isCleanParagraph(doc), SEED).map((e) => [e.name, doc, e] as [string, CorpusDocument, PlantedError]),
);

/** The new errors a planted error brings, split into those that name it and the others. */
function verdict(doc: CorpusDocument, planted: PlantedError): { found: Finding[]; other: Finding[] } {
  const before = new Set(errors(doc, doc.paragraphs).map(key));
  const fresh = errors(doc, planted.paragraphs).filter((f) => !before.has(key(f)));
  const names = (f: Finding) =>
    paragraphOf(f) === planted.paragraph &&
    (planted.kind === "leftover"
      ? f.rule === "N.leftover"
      : planted.related.has(wrongFigure(f.actual)) || (planted.kind === "direction" && f.rule === "N.direction"));
  return { found: fresh.filter(names), other: fresh.filter((f) => !names(f)) };
}

/**
 * Found today per kind (SEED 19 over the corpus): a floor that must not fall; raise it when the checker finds more.
 * Planted / found (stop 33, main merged at 20:40): stale-total 219 / 193, wrong-base 162 / 159, other-figure 236 / 227, digits 309 / 268, complement 65 / 57, ratio 236 / 227, direction 142 / 141, unit 254 / 183, leftover 195 / 195.
 * Before this stop's rules: unit 146 of 205 found, most by an error on a share “应为0.00%” — now N.unit at the amount.
 */
const FOUND_AT_LEAST: Record<ErrorKind, number> = {
  "stale-total": 193,
  "wrong-base": 159,
  "other-figure": 227,
  digits: 268,
  complement: 57,
  ratio: 227,
  direction: 141,
  unit: 183,
  leftover: 195,
};

describe("planted errors of the kinds real writers make", () => {
  it("plants every kind the corpus shows on at least 5 paragraphs", () => {
    for (const kind of ERROR_KINDS.filter((k) => KIND_WEIGHTS[k] > 0))
      expect([kind, cases.filter(([, , e]) => e.kind === kind).length >= 5]).toEqual([kind, true]);
  });

  const rows: string[] = [];
  const misses: string[] = [];
  for (const kind of ERROR_KINDS) {
    it(`finds at least ${FOUND_AT_LEAST[kind]} planted ${kind} errors`, () => {
      const planted = cases.filter(([, , e]) => e.kind === kind);
      const verdicts = planted.map(([name, doc, e]) => ({ name, ...verdict(doc, e) }));
      const found = verdicts.filter((v) => v.found.length > 0);
      const elsewhere = verdicts.filter((v) => v.found.length === 0 && v.other.length > 0);
      rows.push(`${kind}\t${planted.length}\t${found.length}\t${elsewhere.length}`);
      misses.push(...verdicts.filter((v) => v.found.length === 0).map((v) => `${v.name}\t${v.other.map((f) => `${f.rule} ${f.message}`).join(" | ")}`));
      expect(found.length).toBeGreaterThanOrEqual(FOUND_AT_LEAST[kind]);
    });
  }

  afterAll(() => {
    if (!process.env.PLANTED_KINDS_TABLE) return;
    writeFileSync(process.env.PLANTED_KINDS_TABLE, `kind\tplanted\tfound\tmissed, an error elsewhere\n${rows.join("\n")}\n${misses.join("\n")}\n`);
  });
});
