import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { LINK_BUTTON } from "./link-button-style";
import type { MouseEvent, ReactNode } from "react";
import type { Finding } from "../../core/findings/finding";
import { headlineOf } from "../../core/findings/headline";
import { visibleText } from "../../core/findings/visible-text";
import { KIND_LABEL } from "../../core/findings/labels";
import { classOf } from "./finding-class";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  card: {
    boxSizing: "border-box",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    marginBottom: tokens.spacingVerticalS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  selected: { borderTopColor: tokens.colorBrandStroke1, borderRightColor: tokens.colorBrandStroke1, borderBottomColor: tokens.colorBrandStroke1 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    width: "100%",
    boxSizing: "border-box",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  mainSelected: { backgroundColor: tokens.colorBrandBackground2, ":hover": { backgroundColor: tokens.colorBrandBackground2Hover } },
  meta: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap", fontSize: tokens.fontSizeBase200 },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  kind: { color: tokens.colorNeutralForeground3 },
  headline: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, overflowWrap: "anywhere" },
  toggle: {
    margin: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    ...LINK_BUTTON,
  },
  steps: {
    margin: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
    fontVariantNumeric: "tabular-nums",
  },
  step: { margin: `${tokens.spacingVerticalXXS} 0` },
});

export interface FindingCardProps {
  finding: Finding;
  selected: boolean;
  /** The reasoning (“查看核对过程”) is shown. */
  expanded: boolean;
  onSelect(finding: Finding, event: MouseEvent<HTMLElement>): void;
  onToggle(): void;
  /** Shown under the card while it is selected (the grid around its cell). */
  detail?: ReactNode;
}

/** Where the finding is: “公开03表!D11”, the sheet alone, or the whole workbook. */
export function findingPlace(f: Finding): string {
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet || "整个工作簿";
}

/** The reasoning, one equation or fact per line; the message itself when the checker gave no steps. */
export function reasoningOf(f: Finding): string[] {
  return f.steps?.length ? f.steps : [f.message];
}

/**
 * One finding: the fix first (“支出决算表 D11 基本支出 填 465.22，应为 402.22（多 63.00）”), the reasoning one
 * click away. Clicking the card (or Enter / Space on it) goes to the cell.
 */
export function FindingCard({ finding, selected, expanded, onSelect, onToggle, detail }: FindingCardProps) {
  const styles = useStyles();
  // Control and bidirectional characters from cells are shown, never acted on (U+202E would reorder the message).
  const headline = visibleText(headlineOf(finding));
  const reasoning = reasoningOf(finding).map(visibleText);
  const place = visibleText(findingPlace(finding));
  const hasReasoning = reasoning.length > 1 || reasoning[0] !== headline;
  return (
    <div className={mergeClasses(styles.card, styles[finding.severity], selected && styles.selected)}>
      <button
        type="button"
        className={mergeClasses(styles.main, selected && styles.mainSelected)}
        aria-pressed={selected}
        data-cell={place}
        data-severity={finding.severity}
        onClick={(e) => onSelect(finding, e)}
      >
        <span className={styles.meta}>
          <SeverityBadge severity={classOf(finding)} />
          <span className={styles.cell}>{place}</span>
          <span className={styles.kind}>{KIND_LABEL[finding.kind]}</span>
        </span>
        <span className={styles.headline} data-testid="finding-headline">
          {headline}
        </span>
      </button>
      {hasReasoning && (
        <button type="button" className={styles.toggle} aria-expanded={expanded} onClick={onToggle}>
          {expanded ? "▾ 收起核对过程" : "▸ 查看核对过程"}
        </button>
      )}
      {hasReasoning && expanded && (
        <ol className={styles.steps} aria-label="核对过程">
          {reasoning.map((line, i) => (
            <li key={i} className={styles.step}>
              {line}
            </li>
          ))}
        </ol>
      )}
      {selected && detail}
    </div>
  );
}
