import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from "react";
import { flushSync } from "react-dom";
import type { Severity } from "../../core/findings/finding";
import { cellAddress, columnLetters, parseCellAddress } from "../../core/snapshot/address";
import { displayText } from "../../core/snapshot/display-text";
import { getCell, type SheetSnapshot } from "../../core/snapshot/types";
import { MARK_FILL } from "../../hosts/marks/cell-marks";
import { planCells, type CellPlan, type GridFrame } from "./grid-frame";
import { gridWidths } from "./column-widths";
import { VISUALLY_HIDDEN } from "../visually-hidden";

/** Height of the column-letter row and of each frozen header row (fixed, so sticky offsets are exact). */
const ROW_HEIGHT = 22;

const cellBase = {
  boxSizing: "border-box",
  padding: "0 4px",
  borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  whiteSpace: "nowrap",
  overflow: "hidden",
  textOverflow: "ellipsis",
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
  scroller: {
    maxWidth: "100%",
    maxHeight: "300px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, lineHeight: `${ROW_HEIGHT - 1}px` },
  letters: {
    ...cellBase,
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${ROW_HEIGHT}px`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: "center",
  },
  rowNumber: {
    ...cellBase,
    position: "sticky",
    left: 0,
    zIndex: 1,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: "right",
  },
  corner: { left: 0, zIndex: 4 },
  header: {
    ...cellBase,
    position: "sticky",
    zIndex: 2,
    height: `${ROW_HEIGHT}px`,
    maxWidth: "10em",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    textAlign: "center",
  },
  cell: { ...cellBase, maxWidth: "12em", backgroundColor: tokens.colorNeutralBackground1 },
  /** A header over several rows on a narrow grid: its words in as many lines. */
  wrapped: { whiteSpace: "normal", overflowWrap: "anywhere" },
  lines: { display: "-webkit-box", WebkitBoxOrient: "vertical", overflow: "hidden" },
  frozen: { position: "sticky", zIndex: 1 },
  frozenHeader: { zIndex: 3 },
  frozenEdge: { borderRight: `2px solid ${tokens.colorNeutralStroke1}` },
  headerEdge: { borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", fontWeight: tokens.fontWeightSemibold },
  onSelectedLine: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  caption: { overflowWrap: "anywhere" },
  hiddenText: VISUALLY_HIDDEN,
});

export interface GridMark {
  cell: string;
  severity: Severity;
  messages: string[];
}

interface Props {
  sheet: SheetSnapshot;
  /** "D11" */
  cell: string;
  /** What is shown: header rows and code/name columns frozen, the rows around the cell (see gridFrame). */
  frame: GridFrame;
  /** Marks on the rows shown. */
  marks: readonly GridMark[];
  /** Columns the finding's equation uses: scrolled into view beside the frozen ones, nearest to the cell first. */
  equationCols?: readonly number[];
}

/**
 * Read-only view of the rows around the selected cell, as Excel shows them: header rows and the code and name
 * columns frozen, merged cells drawn merged, marked cells filled, the selected cell in the middle.
 */
export function SheetGrid({ sheet, cell, frame, marks, equationCols = [] }: Props) {
  const styles = useStyles();
  const target = parseCellAddress(cell);
  const plan = useMemo(() => planCells(sheet, frame), [sheet, frame]);
  const byCell = useMemo(() => new Map(marks.map((m) => [m.cell, m])), [marks]);
  const scroller = useRef<HTMLDivElement>(null);
  const widthEm = useWidthEm(scroller);
  const equation = equationCols.join(",");
  const {
    rowNumbers,
    frozen: frozenLeft,
    wrapped,
  } = useMemo(
    () => gridWidths(sheet, frame, plan, widthEm, shownColumns(target.col, equationCols, frame)),
    [sheet, frame, plan, widthEm, target.col, equation], // eslint-disable-line react-hooks/exhaustive-deps -- the columns by value
  );
  // once the width is measured (the columns are laid out for it), and again when it or the cell changes
  useLayoutEffect(() => {
    if (widthEm !== undefined) centre(scroller.current, target.col, equationCols);
  }, [frame, equation, widthEm]); // eslint-disable-line react-hooks/exhaustive-deps -- the columns by value

  const columns = frame.columns;
  const lastFrozen = frame.frozenCols[frame.frozenCols.length - 1];
  const drawRow = (r: number, headerIndex: number | undefined) => {
    const top = headerIndex === undefined ? undefined : ROW_HEIGHT * (headerIndex + 1);
    const lastHeader = headerIndex === frame.headerRows.length - 1;
    return (
      <tr key={r}>
        <th
          scope="row"
          className={mergeClasses(
            styles.rowNumber,
            top !== undefined && styles.frozenHeader,
            r === target.row && styles.onSelectedLine,
            lastHeader && styles.headerEdge,
          )}
          style={top === undefined ? undefined : { top }}
        >
          {r + 1}
        </th>
        {columns.map((c) => {
          const piece = plan.get(`${r}:${c}`);
          if (piece === null) return null;
          const address = cellAddress(r, c);
          const source = piece?.source ?? { row: r, col: c };
          const snap = getCell(sheet, source.row, source.col);
          const text = piece && !piece.showValue ? "" : displayText(snap);
          const mark = byCell.get(cellAddress(source.row, source.col));
          const isSelected = r === target.row && c === target.col;
          const left = frozenLeft.get(c);
          const wrap = top === undefined ? undefined : wrapped.get(`${r}:${c}`);
          const width = left?.width ?? wrap?.width;
          const style: CSSProperties = {
            ...(left && { left: `${left.left}em` }),
            ...(width && { width: `${width}em`, minWidth: `${width}em`, maxWidth: `${width}em` }),
          };
          if (top !== undefined) style.top = top;
          if (mark) style.backgroundColor = `#${MARK_FILL[mark.severity]}`;
          return (
            <td
              key={c}
              {...spans(piece)}
              data-address={address}
              data-mark={mark?.severity}
              data-selected={isSelected || undefined}
              data-frozen={left ? "" : undefined}
              aria-current={isSelected || undefined}
              title={mark ? mark.messages.join("\n") : text.length > 6 ? text : undefined}
              className={mergeClasses(
                top === undefined ? styles.cell : styles.header,
                left && styles.frozen,
                left && top !== undefined && styles.frozenHeader,
                c === lastFrozen && styles.frozenEdge,
                lastHeader && styles.headerEdge,
                top === undefined && typeof snap?.value === "number" && styles.number,
                isSelected && styles.selected,
                wrap && styles.wrapped,
              )}
              style={style}
            >
              {wrap ? (
                <span className={styles.lines} style={{ WebkitLineClamp: wrap.lines }}>
                  {text}
                </span>
              ) : (
                text
              )}
            </td>
          );
        })}
      </tr>
    );
  };

  return (
    <section className={styles.root} aria-label={`${sheet.name}!${cell} 附近的单元格`} data-testid="sheet-grid">
      <Text size={200} className={styles.caption}>
        {sheet.name}!{cell}：{displayText(getCell(sheet, target.row, target.col)) || "（空）"}
      </Text>
      <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label="工作表预览（只读）">
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.letters, styles.corner)} style={{ width: `${rowNumbers}em`, minWidth: `${rowNumbers}em` }}>
                <span className={styles.hiddenText}>行号</span>
              </th>
              {columns.map((c) => {
                const left = frozenLeft.get(c);
                return (
                  <th
                    key={c}
                    scope="col"
                    data-col={c}
                    data-frozen={left ? "" : undefined}
                    className={mergeClasses(
                      styles.letters,
                      left && styles.frozenHeader,
                      c === lastFrozen && styles.frozenEdge,
                      c === target.col && styles.onSelectedLine,
                    )}
                    style={left && { left: `${left.left}em`, zIndex: 4 }}
                  >
                    {columnLetters(c)}
                  </th>
                );
              })}
            </tr>
            {frame.headerRows.map((r, i) => drawRow(r, i))}
          </thead>
          <tbody>{frame.bodyRows.map((r) => drawRow(r, undefined))}</tbody>
        </table>
      </div>
    </section>
  );
}

function spans(piece: CellPlan | undefined): { rowSpan?: number; colSpan?: number } {
  if (!piece) return {};
  return { ...(piece.rowSpan > 1 && { rowSpan: piece.rowSpan }), ...(piece.colSpan > 1 && { colSpan: piece.colSpan }) };
}

/**
 * Scrolls the grid (never the page) so the selected cell is in the middle of what the frozen parts leave visible,
 * with as many of the equation's columns beside it as fit there (the nearest first). Measured on screen.
 */
function centre(scroller: HTMLDivElement | null, targetCol: number, equationCols: readonly number[]): void {
  const cell = scroller?.querySelector<HTMLElement>("td[data-selected]");
  if (!scroller || !cell) return;
  scroller.scrollLeft = 0; // every column where the sheet has it: the frozen ones stick only once scrolled past
  const box = scroller.getBoundingClientRect();
  const top = box.top + scroller.clientTop;
  const origin = box.left + scroller.clientLeft;
  const letters = [...scroller.querySelectorAll<HTMLElement>("thead tr:first-child th")];
  const frozen = letters.filter((e) => e.hasAttribute("data-frozen")).map((e) => e.getBoundingClientRect());
  const rowNumbers = letters[0]?.getBoundingClientRect().width ?? 0;
  const frozenWidth = frozen.reduce((w, r) => w + r.width, rowNumbers);
  const headBottom = (scroller.querySelector("thead")?.getBoundingClientRect().bottom ?? top) - top;
  if (cell.hasAttribute("data-frozen")) {
    // a code or name cell: its block at the left edge, the amounts beside it
    scroller.scrollLeft = Math.min(...frozen.map((r) => r.left)) - origin - rowNumbers;
  } else {
    const at = cell.getBoundingClientRect();
    const span = shownSpan({ left: at.left - origin, right: at.right - origin }, targetCol, equationCols, letters, origin, scroller.clientWidth - frozenWidth);
    scroller.scrollLeft = (span.left + span.right) / 2 - (frozenWidth + scroller.clientWidth) / 2;
  }
  const at = cell.getBoundingClientRect();
  scroller.scrollTop += at.top - top + at.height / 2 - (headBottom + scroller.clientHeight) / 2;
}

/** The cell's column and the nearest other column of its equation: what should fit beside the frozen columns. */
function shownColumns(targetCol: number, equationCols: readonly number[], frame: GridFrame): number[] {
  const frozen = new Set(frame.frozenCols);
  const nearest = [...equationCols].filter((c) => c !== targetCol && !frozen.has(c)).sort((a, b) => Math.abs(a - targetCol) - Math.abs(b - targetCol))[0];
  return [targetCol, ...(nearest === undefined ? [] : [nearest])].filter((c) => !frozen.has(c));
}

/** The cell's span widened by each equation column, nearest first, while the whole still fits in `room`. */
function shownSpan(
  cell: { left: number; right: number },
  targetCol: number,
  equationCols: readonly number[],
  letters: readonly HTMLElement[],
  origin: number,
  room: number,
): { left: number; right: number } {
  const byCol = new Map(letters.filter((e) => e.hasAttribute("data-col") && !e.hasAttribute("data-frozen")).map((e) => [Number(e.dataset.col), e]));
  let span = cell;
  for (const c of [...equationCols].sort((a, b) => Math.abs(a - targetCol) - Math.abs(b - targetCol))) {
    const rect = byCol.get(c)?.getBoundingClientRect();
    if (!rect) continue;
    const wider = { left: Math.min(span.left, rect.left - origin), right: Math.max(span.right, rect.right - origin) };
    if (wider.right - wider.left <= room) span = wider;
  }
  return span;
}

/**
 * The grid's width in em of its own font, measured once drawn and again when it is resized — where the browser has
 * just laid it out (its ResizeObserver's callback), not in React's commit, where the read laid the whole pane out in
 * the task of the click that opened the card. The measured width is drawn before that frame is painted.
 */
function useWidthEm(scroller: RefObject<HTMLDivElement | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const measure = () => {
      const table = element.querySelector("table");
      if (!table) return undefined;
      const em = parseFloat(getComputedStyle(table).fontSize) || 12;
      return Math.round((element.clientWidth / em) * 10) / 10;
    };
    if (typeof ResizeObserver === "undefined") {
      setWidth(measure());
      return undefined;
    }
    const observer = new ResizeObserver(() => flushSync(() => setWidth(measure())));
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);
  return width;
}
