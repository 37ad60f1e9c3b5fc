import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import { RowOffsets } from "./row-offsets";

/** Lists this long are drawn whole (every card reachable by Tab and by a screen reader); longer ones in windows. */
export const DRAW_ALL_UP_TO = 150;
/** Rows drawn above and below the visible band, in pixels, so fast scrolling shows no blank. */
const OVERSCAN = 800;

export interface VisibleRows {
  start: number;
  end: number;
  /** Height of the rows not drawn above and below the drawn ones (spacers keep the scrollbar true). */
  before: number;
  after: number;
  /** Ref for each drawn row's element (carrying `data-row-key`): its height is measured and remembered. */
  measure(element: HTMLElement | null): (() => void) | undefined;
  /** True when only a window of the rows is drawn. */
  windowed: boolean;
}

/**
 * The rows of `keys` that are in or near the viewport of the page (the pane scrolls as a whole page), for a list
 * whose top is `listRef`. Heights are remembered by row key, so filtering or re-rendering keeps what was measured.
 */
export function useVisibleRows(keys: readonly string[], estimate: (key: string) => number, listRef: RefObject<HTMLElement | null>): VisibleRows {
  const windowed = keys.length > DRAW_ALL_UP_TO;
  const heights = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const offsets = useMemo(
    () => new RowOffsets(keys.map((k) => heights.current.get(k) ?? estimate(k))),
    [keys, estimate, version], // eslint-disable-line react-hooks/exhaustive-deps -- version: heights were measured
  );
  const [band, setBand] = useState({ start: 0, end: Math.min(keys.length, 30) });

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

  const observer = useMemo(
    () =>
      typeof ResizeObserver === "undefined"
        ? undefined
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) {
              const key = (entry.target as HTMLElement).dataset.rowKey;
              const height = Math.round((entry.target as HTMLElement).offsetHeight);
              if (key === undefined || height === 0 || heights.current.get(key) === height) continue;
              heights.current.set(key, height);
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

  if (!windowed) return { start: 0, end: keys.length, before: 0, after: 0, measure, windowed };
  const start = Math.min(band.start, keys.length);
  const end = Math.min(Math.max(band.end, start), keys.length);
  return { start, end, before: offsets.top(start), after: offsets.total - offsets.top(end), measure, windowed };
}
