import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
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

type Band = { start: number; end: number };

/**
 * The rows in or near the viewport of the page (the pane scrolls as a whole page), for a list whose top is
 * `listRef`. 60,000 rows cost one typed array of heights and a running sum; nothing per row is allocated.
 *
 * Where the list is on the screen is read only where the browser has just laid the page out — in a scroll or resize
 * event and in a ResizeObserver's callback (the list drawn or grown, rows measured) — never in React's commit, where
 * the read would lay out the whole pane inside the task that drew the list (≈ 30 ms of a 60,000-finding check's
 * result). The list's own observer draws the rows its new place needs before that frame is painted.
 */
export function useVisibleRows(source: RowSource, listRef: RefObject<HTMLElement | null>): VisibleRows {
  const windowed = source.count > DRAW_ALL_UP_TO;
  const remembered = useRef(new Map<unknown, number>());
  const heights = useMemo(() => {
    const out = new Float64Array(source.count);
    for (let i = 0; i < source.count; i++) out[i] = remembered.current.get(source.identity(i)) ?? source.estimate(i);
    return out;
  }, [source]);
  const estimated = useMemo(() => new RowOffsets(heights), [heights]);
  // the offsets once rows were measured (heights are measured in place): for these heights only
  const [measured, setMeasured] = useState<{ heights: Float64Array; offsets: RowOffsets }>();
  const offsets = measured?.heights === heights ? measured.offsets : estimated;
  const [band, setBand] = useState<Band>({ start: 0, end: Math.min(source.count, 12) });

  const current = useRef({ source, heights, offsets, windowed });
  current.current = { source, heights, offsets, windowed };
  /** Draws the rows in or near the viewport by `rows`' positions (called where the page was just laid out). */
  const place = useCallback(
    (rows: RowOffsets) => {
      const list = listRef.current;
      if (!list || !current.current.windowed) return;
      const top = list.getBoundingClientRect().top;
      const next = rows.rowsIn(-top - OVERSCAN, window.innerHeight - top + OVERSCAN);
      setBand((was) => (was.start === next.start && was.end === next.end ? was : next));
    },
    [listRef],
  );

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return undefined;
    const update = () => place(current.current.offsets);
    // drawn or resized (a check's result, a filter): the rows of its place, drawn before the frame is painted
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(() => flushSync(update));
    if (observer) observer.observe(list);
    else update(); // no observer to say when the list is drawn: placed at once
    // Capture: a scroll of any ancestor (the pane's page, or a scrolling container around it) moves the list.
    window.addEventListener("scroll", update, { capture: true, passive: true });
    window.addEventListener("resize", update);
    return () => {
      observer?.disconnect();
      window.removeEventListener("scroll", update, { capture: true });
      window.removeEventListener("resize", update);
    };
  }, [listRef, place, windowed]);

  const rowObserver = useMemo(
    () =>
      typeof ResizeObserver === "undefined"
        ? undefined
        : new ResizeObserver((entries) => {
            const { source: rows, heights: sizes } = current.current;
            let changed = false;
            for (const entry of entries) {
              const row = entry.target as HTMLElement;
              const index = Number(row.dataset.rowIndex);
              const height = Math.round(entry.borderBoxSize?.[0]?.blockSize ?? row.offsetHeight);
              if (!(index < sizes.length) || height === 0 || sizes[index] === height) continue;
              sizes[index] = height;
              remembered.current.set(rows.identity(index), height);
              changed = true;
            }
            if (!changed) return;
            const measuredOffsets = new RowOffsets(sizes);
            setMeasured({ heights: sizes, offsets: measuredOffsets });
            place(measuredOffsets);
          }),
    [place],
  );
  useEffect(() => () => rowObserver?.disconnect(), [rowObserver]);
  const measure = useCallback(
    (element: HTMLElement | null) => {
      if (!element || !rowObserver) return undefined;
      rowObserver.observe(element);
      return () => rowObserver.unobserve(element);
    },
    [rowObserver],
  );

  const topOf = (index: number) => offsets.top(index);
  if (!windowed) return { start: 0, end: source.count, before: 0, after: 0, measure, windowed, topOf };
  const start = Math.min(band.start, source.count);
  const end = Math.min(Math.max(band.end, start), source.count);
  return { start, end, before: offsets.top(start), after: offsets.total - offsets.top(end), measure, windowed, topOf };
}
