/** Text normalisation shared by recognition, rules and the 绩效 reader. */
import { toHalfWidth } from "../numbers/parse-number";

const NEEDS_COMPACTING = /[\s\u00a0\u3000（）“”"‘’'「」：\uFF05\uFF0B-\uFF19]/;

/** Labels and headers repeat across rows and units: each distinct text is compacted once. */
const COMPACTED = new Map<string, string>();
const MAX_REMEMBERED = 100_000;

/**
 * Removes all whitespace (including full-width), turns full-width digits and signs half-width and unifies
 * brackets, quotes and colons, so "收 入" = "收入" and “一级 指标（1）” = "一级指标(1)".
 */
export function compact(text: string): string {
  if (text.length === 0) return text;
  const known = COMPACTED.get(text);
  if (known !== undefined) return known;
  const result = NEEDS_COMPACTING.test(text) ? normalize(text) : text;
  if (COMPACTED.size >= MAX_REMEMBERED) COMPACTED.clear();
  COMPACTED.set(text, result);
  return result;
}

function normalize(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")")
    .replace(/[“”"‘’'「」]/g, "")
    .replace(/：/g, ":");
}

const LIST_NUMBERING = /^(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|[①-⑳])+/;
const NUMBERING = /^(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|[①-⑳]|其中[:：]?)+/;

/** "九、卫生健康支出" → "卫生健康支出"; "（1）公务用车购置费" → "公务用车购置费"; "其中：教育收费" → "教育收费". */
export function stripNumbering(text: string): string {
  return withoutNumbering(compact(text));
}

/** stripNumbering of a text already compacted (a row's label read once, asked several things). */
export function withoutNumbering(compacted: string): string {
  return compacted.replace(NUMBERING, "");
}

/** True when the label starts with list numbering such as 一、 (一) 1. (not “其中”). */
export function hasNumbering(text: string): boolean {
  return startsNumbered(compact(text));
}

/** hasNumbering of a text already compacted. */
export function startsNumbered(compacted: string): boolean {
  return LIST_NUMBERING.test(compacted);
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}
