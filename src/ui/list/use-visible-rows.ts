import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import { RowOffsets } from "./row-offsets";

/** Lists this long are drawn whole (every card reachable by Tab and by a screen reader); longer ones in windows. */
export const DRAW_ALL_UP_TO = 150;
/** Rows drawn above and below the visible band, in pixels, so fast scrolling shows no blank. */
const OVERSCAN = 400;

export interface VisibleRows {
  start: number;
  end: number;
  /** Height of the rows not drawn above and below the drawn ones (spacers keep the scrollbar true). */
  before: number;
  after: number;
  /** Ref for each drawn row's element (carrying `data-row-index`): its height is measured and remembered. */
  measure(element: HTMLElement | null): (() => void) | undefined;
  /** True when only a window of the rows is drawn. */
  windowed: boolean;
  /** Top of a row in the list, measured or estimated (where to scroll to draw a row not drawn yet). */
  topOf(index: number): number;
}

interface RowSource {
  count: number;
  /** What a row shows (a finding object, a table title): a measured height stays with it when the list is filtered. */
  identity(index: number): unknown;
  /** Height before the row was measured. */
  estimate(index: number): number;
}

/**
 * The rows in or near the viewport of the page (the pane scrolls as a whole page), for a list whose top is
 * `listRef`. 60,000 rows cost one typed array of heights and a running sum; nothing per row is allocated.
 */
export function useVisibleRows(source: RowSource, listRef: RefObject<HTMLElement | null>): VisibleRows {
  const windowed = source.count > DRAW_ALL_UP_TO;
  const remembered = useRef(new Map<unknown, number>());
  const heights = useMemo(() => {
    const out = new Float64Array(source.count);
    for (let i = 0; i < source.count; i++) out[i] = remembered.current.get(source.identity(i)) ?? source.estimate(i);
    return out;
  }, [source]);
  const [version, setVersion] = useState(0);
  const offsets = useMemo(() => new RowOffsets(heights), [heights, version]); // eslint-disable-line react-hooks/exhaustive-deps -- version: heights measured in place
  const [band, setBand] = useState({ start: 0, end: Math.min(source.count, 12) });

  const update = useCallback(() => {
    const list = listRef.current;
    if (!list || !windowed) return;
    const top = list.getBoundingClientRect().top;
    const next = offsets.rowsIn(-top - OVERSCAN, window.innerHeight - top + OVERSCAN);
    setBand((current) => (current.start === next.start && current.end === next.end ? current : next));
  }, [listRef, offsets, windowed]);

  useLayoutEffect(update, [update]);
  useEffect(() => {
    if (!windowed) return undefined;
    // Capture: a scroll of any ancestor (the pane's page, or a scrolling container around it) moves the list.
    window.addEventListener("scroll", update, { capture: true, passive: true });
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("scroll", update, { capture: true });
      window.removeEventListener("resize", update);
    };
  }, [update, windowed]);

  const current = useRef({ source, heights });
  current.current = { source, heights };
  const observer = useMemo(
    () =>
      typeof ResizeObserver === "undefined"
        ? undefined
        : new ResizeObserver((entries) => {
            const { source: rows, heights: sizes } = current.current;
            let changed = false;
            for (const entry of entries) {
              const index = Number((entry.target as HTMLElement).dataset.rowIndex);
              const height = Math.round((entry.target as HTMLElement).offsetHeight);
              if (!(index < sizes.length) || height === 0 || sizes[index] === height) continue;
              sizes[index] = height;
              remembered.current.set(rows.identity(index), height);
              changed = true;
            }
            if (changed) setVersion((v) => v + 1);
          }),
    [],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  const measure = useCallback(
    (element: HTMLElement | null) => {
      if (!element || !observer) return undefined;
      observer.observe(element);
      return () => observer.unobserve(element);
    },
    [observer],
  );

  const topOf = (index: number) => offsets.top(index);
  if (!windowed) return { start: 0, end: source.count, before: 0, after: 0, measure, windowed, topOf };
  const start = Math.min(band.start, source.count);
  const end = Math.min(Math.max(band.end, start), source.count);
  return { start, end, before: offsets.top(start), after: offsets.total - offsets.top(end), measure, windowed, topOf };
}
