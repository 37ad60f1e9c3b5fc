import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode, type RefObject } from "react";
import type { Finding } from "../../core/findings/finding";
import { useVisibleRows, type VisibleRows } from "../list/use-visible-rows";
import { FindingCard } from "./FindingCard";
import { findingKey, type FindingGroup } from "./group-findings";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: "none" },
  groupTitle: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    overflowWrap: "anywhere",
  },
});

/** A line of the list: a table's title, or one finding of it (no wrapper object per line: 60,000 lines). */
type Row = string | Finding;

/** Heights before a row was measured: a title line, a two-line card. */
const TITLE_HEIGHT = 40;
const CARD_HEIGHT = 92;

interface Props {
  groups: FindingGroup[];
  selectedKey?: string;
  onSelect(finding: Finding): void;
  /** Accessible name of the list. */
  label: string;
  /** Shown under the selected card (the grid around its cell). */
  detail?: ReactNode;
  /** A finding selected by 上一个/下一个: its card is scrolled into view (and focused, when a card had the focus). */
  reveal?: Reveal;
}

export interface Reveal {
  finding: Finding;
  focus: boolean;
}

/**
 * Findings grouped by table, as cards. A long list (60,000 findings) draws only the cards near the viewport; a
 * click opens the grid under the card and the card stays where it was on the screen.
 */
export function FindingList({ groups, selectedKey, onSelect, label, detail, reveal }: Props) {
  const styles = useStyles();
  const rows = useMemo(() => rowsOf(groups), [groups]);
  const source = useMemo(
    () => ({
      count: rows.length,
      identity: (i: number) => rows[i],
      estimate: (i: number) => (typeof rows[i] === "string" ? TITLE_HEIGHT : CARD_HEIGHT),
    }),
    [rows],
  );
  const listRef = useRef<HTMLUListElement>(null);
  const visible = useVisibleRows(source, listRef);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const anchor = useKeepInPlace(selectedKey);
  useReveal(reveal, rows, visible, listRef);

  const toggle = useCallback((key: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);
  const select = useCallback(
    (finding: Finding, event: MouseEvent<HTMLElement>) => {
      anchor(event.currentTarget);
      onSelect(finding);
    },
    [anchor, onSelect],
  );

  return (
    <ul ref={listRef} className={styles.list} aria-label={label} style={{ paddingTop: visible.before, paddingBottom: visible.after }}>
      {rows.slice(visible.start, visible.end).map((row, i) => {
        const index = visible.start + i;
        const key = typeof row === "string" ? `g|${row}` : findingKey(row);
        return (
          <li
            key={key}
            ref={visible.measure}
            data-row-index={index}
            aria-setsize={visible.windowed ? rows.length : undefined}
            aria-posinset={visible.windowed ? index + 1 : undefined}
          >
            {typeof row !== "string" ? (
              <FindingCard
                finding={row}
                selected={key === selectedKey}
                expanded={expanded.has(key)}
                onSelect={select}
                onToggle={() => toggle(key)}
                detail={detail}
              />
            ) : (
              <h3 className={styles.groupTitle}>{row}</h3>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function rowsOf(groups: readonly FindingGroup[]): Row[] {
  const rows: Row[] = [];
  for (const g of groups) {
    rows.push(g.title);
    for (const f of g.findings) rows.push(f);
  }
  return rows;
}

/**
 * Keeps the clicked card where it was on the screen when the selection changes (the grid under the card that was
 * selected before closes, which would pull the cards below it up).
 */
function useKeepInPlace(selectedKey: string | undefined) {
  const clicked = useRef<{ element: HTMLElement; top: number }>(undefined);
  useLayoutEffect(() => {
    const was = clicked.current;
    clicked.current = undefined;
    if (!was || !was.element.isConnected) return;
    const moved = was.element.getBoundingClientRect().top - was.top;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  }, [selectedKey]);
  return useCallback((element: HTMLElement) => {
    clicked.current = { element, top: element.getBoundingClientRect().top };
  }, []);
}

/**
 * Brings a card selected by 上一个/下一个 into view with the grid under it (a card of a long list not drawn yet:
 * first scrolled to where it is, then drawn), and gives it the focus when asked.
 */
function useReveal(reveal: Reveal | undefined, rows: readonly Row[], visible: VisibleRows, listRef: RefObject<HTMLUListElement | null>) {
  const done = useRef<Reveal>(undefined);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!reveal || done.current === reveal || !list) return;
    const index = rows.indexOf(reveal.finding);
    if (index < 0) return;
    const item = list.querySelector<HTMLElement>(`li[data-row-index="${index}"]`);
    if (!item) {
      window.scrollTo({ top: window.scrollY + list.getBoundingClientRect().top + visible.topOf(index) });
      return;
    }
    done.current = reveal;
    const box = item.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight * 0.9) item.scrollIntoView({ block: "start" });
    if (reveal.focus) item.querySelector<HTMLElement>("button[data-cell]")?.focus({ preventScroll: true });
  }, [reveal, rows, visible, listRef]);
}
