import type { NarrativeSection } from "../engine";
import { isOpen, type FillIns } from "./gaps";

/** One place a gap shows in the text: its chapter, its field, which of that field's places in the chapter. */
export interface GapPlace {
  sectionId: string;
  field: string;
  n: number;
  /** Still showing its placeholder. */
  open: boolean;
}

/** The key of a place: the same after the text is written again while the gap is still there. */
export function placeKey(place: Omit<GapPlace, "open">): string {
  return `${place.sectionId}|${place.field}#${place.n}`;
}

/** Every place of a gap, in reading order. */
export function gapPlaces(sections: readonly NarrativeSection[], fillIns: FillIns): GapPlace[] {
  return sections.flatMap((s) => {
    const seen = new Map<string, number>();
    return s.lines.flatMap((line) =>
      line.flatMap((run) => {
        if (!run.gap) return [];
        const n = seen.get(run.gap.field) ?? 0;
        seen.set(run.gap.field, n + 1);
        return [{ sectionId: s.id, field: run.gap.field, n, open: isOpen(run.gap, fillIns) }];
      }),
    );
  });
}

/**
 * The next open place of a chosen chapter after `from` (a place key; the start when not given), round to the
 * start; never another place of the field just edited (a figure's gap stays until the text is written again).
 */
export function nextOpenPlace(places: readonly GapPlace[], chosen: ReadonlySet<string>, from?: string): GapPlace | undefined {
  const at = places.findIndex((p) => placeKey(p) === from);
  const field = at >= 0 ? places[at].field : undefined;
  for (let i = 1; i <= places.length; i++) {
    const p = places[(at + i + places.length) % places.length];
    if (p.open && chosen.has(p.sectionId) && p.field !== field) return p;
  }
  return undefined;
}
