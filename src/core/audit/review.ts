import type { Finding } from "../findings/finding";
import type { Severity } from "../findings/severity";
import { headlineOf } from "../findings/headline";
import { runSteps, type Steps } from "../steps";
import { FindingIdentities } from "./identity";

/**
 * The accountant's word on each finding, kept with the workbook and carried from one check to the next by the
 * finding's identity (identity.ts): 已说明 with the explanation, 忽略 with the reason; a finding of the last check
 * that is gone is 已修改. A 强制 error (severity error) can only be fixed, never explained or ignored.
 */
export type ReviewState = "open" | "explained" | "ignored";

export interface ReviewNote {
  id: string;
  state: "explained" | "ignored";
  /** The explanation (已说明) or the reason (忽略), in the accountant's words. */
  text: string;
}

/** A finding as the last check saw it: enough to say 已修改 when it is gone. */
export interface SeenFinding {
  id: string;
  severity: Severity;
  table?: string;
  headline: string;
}

/** What is stored with the workbook (host state key REVIEW_STATE_KEY). */
export interface ReviewBook {
  notes: ReviewNote[];
  /** The findings of the last check (at most MAX_REMEMBERED). */
  last: SeenFinding[];
  /** Findings of earlier checks that were gone at a later one (已修改), unless they came back. */
  fixed: SeenFinding[];
}

export interface ReviewedFinding {
  finding: Finding;
  id: string;
  state: ReviewState;
  /** The explanation or reason, when not open. */
  text?: string;
}

export interface Review {
  findings: ReviewedFinding[];
  fixed: SeenFinding[];
}

export const REVIEW_STATE_KEY = "review";
export const EMPTY_REVIEW_BOOK: ReviewBook = { notes: [], last: [], fixed: [] };
/** Findings remembered from one check to the next (a broken 60,000-finding export stays small in the workbook). */
export const MAX_REMEMBERED = 2000;

/** Findings reconciled in one slice (the pane pauses between slices: 60,000 findings, twelve short tasks). */
const SLICE = 5000;

/**
 * This check's findings against what the workbook remembers: notes kept for findings that remain (never for an
 * error), findings of the last check that are gone become 已修改. Returns the review and the book to store.
 */
export function reconcileReview(book: ReviewBook, findings: readonly Finding[]): { review: Review; book: ReviewBook } {
  return runSteps(reconcilingReview(book, findings));
}

/** `reconcileReview` in slices of 5,000 findings, for a caller that pauses between them (runStepsPausing). */
export function* reconcilingReview(book: ReviewBook, findings: readonly Finding[]): Steps<{ review: Review; book: ReviewBook }> {
  const identities = new FindingIdentities();
  const present = new Set<string>();
  const notes = new Map(book.notes.map((n) => [n.id, n]));
  const reviewed: ReviewedFinding[] = [];
  for (let i = 0; i < findings.length; i++) {
    if (i > 0 && i % SLICE === 0) yield;
    const finding = findings[i];
    const id = identities.of(finding);
    present.add(id);
    const note = finding.severity === "error" ? undefined : notes.get(id);
    reviewed.push(note ? { finding, id, state: note.state, text: note.text } : { finding, id, state: "open" });
  }
  yield; // the headlines of the findings remembered (2,000 of them) are a slice of their own
  const gone = book.last.filter((s) => !present.has(s.id));
  const goneIds = new Set(gone.map((s) => s.id));
  const fixed = [...book.fixed.filter((s) => !present.has(s.id) && !goneIds.has(s.id)), ...gone];
  const kept = reviewed.filter((r) => r.state !== "open").map((r) => ({ id: r.id, state: r.state, text: r.text ?? "" }) as ReviewNote);
  const last = reviewed.slice(0, MAX_REMEMBERED).map((r) => seen(r));
  return { review: { findings: reviewed, fixed }, book: { notes: kept, last, fixed: fixed.slice(-MAX_REMEMBERED) } };
}

function seen(r: ReviewedFinding): SeenFinding {
  return { id: r.id, severity: r.finding.severity, table: r.finding.table, headline: headlineOf(r.finding) };
}

/** Why a status cannot be set, in Chinese, or undefined when it can. */
export function statusRefusal(finding: Finding, state: ReviewState, text: string): string | undefined {
  if (state === "open") return undefined;
  if (finding.severity === "error") return "强制性错误不能说明或忽略，只能修改后重新检查。";
  if (!text.trim()) return state === "explained" ? "请写明说明的内容。" : "请写明忽略的理由。";
  return undefined;
}

/**
 * Sets the accountant's status of one finding in the review and the book; refused (with the reason, nothing
 * changed) for a 强制 error or without words.
 */
export function setReviewStatus(
  review: Review,
  book: ReviewBook,
  id: string,
  state: ReviewState,
  text: string,
): { review: Review; book: ReviewBook } | { refused: string } {
  const target = review.findings.find((r) => r.id === id);
  if (!target) return { refused: "这条问题已不在本次检查结果中，请重新检查。" };
  const refused = statusRefusal(target.finding, state, text);
  if (refused) return { refused };
  const words = text.trim();
  const findings = review.findings.map((r) => (r.id !== id ? r : state === "open" ? { finding: r.finding, id, state } : { ...r, state, text: words }));
  const notes = book.notes.filter((n) => n.id !== id);
  if (state !== "open") notes.push({ id, state, text: words });
  return { review: { ...review, findings }, book: { ...book, notes } };
}

/** Reads a stored book; an older or damaged value gives an empty one (never blocks a check). */
export function parseReviewBook(stored: string | undefined): ReviewBook {
  if (!stored) return EMPTY_REVIEW_BOOK;
  try {
    const raw = JSON.parse(stored) as Partial<ReviewBook>;
    return { notes: listOf(raw.notes, isNote), last: listOf(raw.last, isSeen), fixed: listOf(raw.fixed, isSeen) };
  } catch {
    return EMPTY_REVIEW_BOOK;
  }
}

export function serializeReviewBook(book: ReviewBook): string {
  return JSON.stringify(book);
}

function listOf<T>(value: unknown, test: (item: unknown) => item is T): T[] {
  return Array.isArray(value) ? value.filter(test) : [];
}

function isNote(item: unknown): item is ReviewNote {
  const n = item as ReviewNote;
  return typeof n?.id === "string" && (n.state === "explained" || n.state === "ignored") && typeof n.text === "string";
}

function isSeen(item: unknown): item is SeenFinding {
  const s = item as SeenFinding;
  return typeof s?.id === "string" && typeof s.headline === "string" && (s.severity === "error" || s.severity === "warning" || s.severity === "info");
}
