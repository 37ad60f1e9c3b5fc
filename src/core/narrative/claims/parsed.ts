import { isPlainAmount } from "./binding";
import { extractClaims, OPENS_PARTS, type SentenceClaims } from "./extract";
import type { ClaimIssue } from "./issue";
import { itemNumber, opensPart } from "./item-numbers";
import { viewedWhole } from "./viewed-whole";
import type { Mention } from "./mentions";
import type { NarrativeParagraph } from "../../paragraphs/paragraph";

/** A paragraph with its sentences' claims and the section it belongs to. */
export interface ParsedParagraph {
  paragraph: NarrativeParagraph;
  /** 0-based position among all paragraphs. */
  order: number;
  sentences: SentenceClaims[];
  mentions: Mention[];
  /** The paragraph or its section heading is about 一般公共预算 (五、六 of the 决算 text). */
  generalBudget: boolean;
  /**
   * The section heading above it names 一般公共预算 (“五、一般公共预算财政拨款支出决算情况说明”), whatever the paragraph's
   * own words: a name written there without its fund (“财政拨款支出”) is that budget's (./figures.ts sectionBinding).
   */
  generalSection: boolean;
  /** A heading: short, no amount (“（三）一般公共预算财政拨款支出决算具体情况”). */
  heading: boolean;
}

/** An issue and the paragraph it is found in. */
export interface Located {
  issue: ClaimIssue;
  at: ParsedParagraph;
}

const HEADING_MAX = 40;
/** A heading's outline level: a part (“第二部分”) or a section (“五、”) is 0, a sub-section (“(三)”) 1. */
const headingLevel = (text: string) => (opensPart(text) ? 0 : itemNumber(text)?.level);

/**
 * Parses every paragraph. A section heading (五、…) sets the 一般公共预算 context of the paragraphs under it;
 * a sub-heading ((三)…) can only narrow it to 一般公共预算.
 */
export function parseParagraphs(paragraphs: readonly NarrativeParagraph[]): ParsedParagraph[] {
  let context = false;
  // the plain amounts of the paragraph before
  let last: readonly Mention[] = [];
  return paragraphs.map((paragraph, order) => {
    // “1-5月,全省一般公共预算支出1532.7亿元,下降0.3%。” then a paragraph “其中:省级支出344.3亿元,…;市县级支出1188.4亿元,…”:
    // a paragraph opening with “其中” breaks down the one amount the paragraph before states (one of several — “…支出2396815
    // 万元…。收支结算后,结余724358万元。” — is left in doubt)
    // — and a paragraph opening with a view the one whole of the paragraph before it names the levels of (./viewed-whole.ts)
    const sentences = extractClaims(paragraph.text, OPENS_PARTS.test(paragraph.text) ? (last.length === 1 ? last : []) : viewedWhole(paragraph.text, last));
    last = sentences.flatMap((s) => s.mentions.filter(isPlainAmount));
    const mentions = sentences.flatMap((s) => s.mentions);
    const text = paragraph.text.trim();
    const heading = mentions.length === 0 && text.length <= HEADING_MAX;
    const general = text.includes("一般公共预算");
    const level = heading ? headingLevel(text) : undefined;
    if (level === 0) context = general;
    else if (level === 1 && general) context = true;
    return { paragraph, order, sentences, mentions, heading, generalBudget: context || general, generalSection: context };
  });
}
