import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Severity } from "../../core/findings/finding";
import type { SheetSnapshot } from "../../core/snapshot/types";
import { cellAddress, columnLetters, parseCellAddress } from "../../core/snapshot/address";
import { getCell } from "../../core/snapshot/types";
import { MARK_FILL } from "../../hosts/marks/cell-marks";
import { displayText } from "../../core/snapshot/display-text";

const ROWS_AROUND = 6;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  scroller: {
    maxWidth: "100%",
    maxHeight: "320px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: "1px 4px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    padding: "1px 4px",
    textAlign: "right",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    padding: "1px 4px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    maxWidth: "12em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", fontWeight: tokens.fontWeightSemibold },
  caption: { overflowWrap: "anywhere" },
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
  /** Marks on this sheet. */
  marks: readonly GridMark[];
}

/** Read-only view of the rows around the selected cell, marked cells filled as in Excel. */
export function SheetGrid({ sheet, cell, marks }: Props) {
  const styles = useStyles();
  const target = parseCellAddress(cell);
  const selectedRef = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "nearest", inline: "center" });
  }, [sheet, cell]);
  const byCell = new Map(marks.map((m) => [m.cell, m]));
  const top = Math.max(0, target.row - ROWS_AROUND);
  const bottom = Math.min(Math.max(sheet.rowCount, target.row + 1) - 1, target.row + ROWS_AROUND);
  const columns = Array.from({ length: Math.max(sheet.columnCount, target.col + 1) }, (_, c) => c);
  const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  const selectedMark = byCell.get(cell);
  return (
    <section className={styles.root} aria-label={`${sheet.name}!${cell} 附近`} data-testid="sheet-grid">
      <Text size={200} className={styles.caption}>
        {sheet.name}!{cell}：{displayText(getCell(sheet, target.row, target.col)) || "（空）"}
      </Text>
      <div className={styles.scroller} tabIndex={0} aria-label="工作表预览（只读）">
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.head} />
              {columns.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {columns.map((c) => {
                  const address = cellAddress(r, c);
                  const snap = getCell(sheet, r, c);
                  const mark = byCell.get(address);
                  const isSelected = r === target.row && c === target.col;
                  return (
                    <td
                      key={c}
                      ref={isSelected ? selectedRef : undefined}
                      data-address={address}
                      data-mark={mark?.severity}
                      aria-selected={isSelected || undefined}
                      title={mark ? mark.messages.join("\n") : undefined}
                      className={mergeClasses(styles.cell, typeof snap?.value === "number" && styles.number, isSelected && styles.selected)}
                      style={mark ? { backgroundColor: `#${MARK_FILL[mark.severity]}` } : undefined}
                    >
                      {displayText(snap)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selectedMark && (
        <Text size={200} className={styles.caption}>
          {selectedMark.messages.join("；")}
        </Text>
      )}
    </section>
  );
}
