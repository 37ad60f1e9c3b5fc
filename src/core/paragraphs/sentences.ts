/** One sentence: text up to 。 (or a line end), with where it starts in the paragraph; the unit claims are checked in. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^。\n]+[。]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}
