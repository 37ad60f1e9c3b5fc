import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useMemo, useRef, type CSSProperties } from "react";
import type { Severity } from "../../core/findings/finding";
import { cellAddress, columnLetters, parseCellAddress } from "../../core/snapshot/address";
import { displayText } from "../../core/snapshot/display-text";
import { getCell, type SheetSnapshot } from "../../core/snapshot/types";
import { MARK_FILL } from "../../hosts/marks/cell-marks";
import { planCells, type CellPlan, type GridFrame } from "./grid-frame";

/** Height of the column-letter row and of each frozen header row (fixed, so sticky offsets are exact). */
const ROW_HEIGHT = 22;
/** Width of the row-number column, in em of the grid's font. */
const ROW_NUMBER_EM = 2.8;

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
    width: `${ROW_NUMBER_EM}em`,
    minWidth: `${ROW_NUMBER_EM}em`,
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
  frozen: { position: "sticky", zIndex: 1 },
  frozenHeader: { zIndex: 3 },
  frozenEdge: { borderRight: `2px solid ${tokens.colorNeutralStroke1}` },
  headerEdge: { borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", fontWeight: tokens.fontWeightSemibold },
  onSelectedLine: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  caption: { overflowWrap: "anywhere" },
  hiddenText: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
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
}

/**
 * Read-only view of the rows around the selected cell, as Excel shows them: header rows and the code and name
 * columns frozen, merged cells drawn merged, marked cells filled, the selected cell in the middle.
 */
export function SheetGrid({ sheet, cell, frame, marks }: Props) {
  const styles = useStyles();
  const target = parseCellAddress(cell);
  const plan = useMemo(() => planCells(sheet, frame), [sheet, frame]);
  const byCell = useMemo(() => new Map(marks.map((m) => [m.cell, m])), [marks]);
  const frozenLeft = useMemo(() => frozenOffsets(sheet, frame), [sheet, frame]);
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => centre(scroller.current), [frame]);

  const columns = [...frame.frozenCols, ...frame.otherCols];
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
          const style: CSSProperties = {
            ...(left && { left: `${left.left}em`, width: `${left.width}em`, minWidth: `${left.width}em`, maxWidth: `${left.width}em` }),
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
              )}
              style={style}
            >
              {text}
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
              <th className={mergeClasses(styles.letters, styles.corner)} style={{ width: `${ROW_NUMBER_EM}em` }}>
                <span className={styles.hiddenText}>行号</span>
              </th>
              {columns.map((c) => {
                const left = frozenLeft.get(c);
                return (
                  <th
                    key={c}
                    scope="col"
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

/** Left offset and width (em) of each frozen column, sized to what it shows (a 7-digit code, a name of 8 characters). */
function frozenOffsets(
  sheet: SheetSnapshot,
  frame: { frozenCols: number[]; headerRows: number[]; bodyRows: number[] },
): Map<number, { left: number; width: number }> {
  const out = new Map<number, { left: number; width: number }>();
  let left = ROW_NUMBER_EM;
  for (const c of frame.frozenCols) {
    let widest = 0;
    for (const r of frame.bodyRows) widest = Math.max(widest, textWidthEm(displayText(getCell(sheet, r, c))));
    const width = Math.min(8, Math.max(2.4, widest + 0.8));
    out.set(c, { left, width });
    left += width;
  }
  return out;
}

/** Rough width of text in em: a Chinese character is 1em, a digit or letter about 0.6em. */
function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return w;
}

/**
 * Scrolls the grid (never the page) so the selected cell is in the middle of what the frozen parts leave visible.
 * Measured on screen: frozen cells are drawn where they stick, whatever the grid's scroll position.
 */
function centre(scroller: HTMLDivElement | null): void {
  const cell = scroller?.querySelector<HTMLElement>("td[data-selected]");
  if (!scroller || !cell) return;
  const box = scroller.getBoundingClientRect();
  const left = box.left + scroller.clientLeft;
  const top = box.top + scroller.clientTop;
  const frozen = [...(cell.parentElement?.querySelectorAll<HTMLElement>("th, td[data-frozen]") ?? [])];
  const frozenRight = Math.max(0, ...frozen.map((e) => e.getBoundingClientRect().right - left));
  const headBottom = (scroller.querySelector("thead")?.getBoundingClientRect().bottom ?? top) - top;
  const at = cell.getBoundingClientRect();
  if (!cell.hasAttribute("data-frozen")) scroller.scrollLeft += at.left - left + at.width / 2 - (frozenRight + scroller.clientWidth) / 2;
  scroller.scrollTop += at.top - top + at.height / 2 - (headBottom + scroller.clientHeight) / 2;
}
