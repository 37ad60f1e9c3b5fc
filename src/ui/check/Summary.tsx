import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { LINK_BUTTON } from "./link-button-style";
import { useState } from "react";
import type { AnalysisView } from "../engine";
import { CLASS_LABEL, FINDING_CLASSES, type FindingClass } from "./finding-class";
import type { FindingGroup } from "./group-findings";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  totals: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  headCell: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, padding: `0 0 ${tokens.spacingVerticalXXS}` },
  nameHead: { textAlign: "left" },
  countCell: {
    width: "1%",
    minWidth: "2.4em",
    paddingLeft: tokens.spacingHorizontalS,
    whiteSpace: "nowrap",
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
  zero: { color: tokens.colorNeutralForeground3 },
  unread: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  toggle: {
    alignSelf: "flex-start",
    padding: `${tokens.spacingVerticalXXS} 0`,
    ...LINK_BUTTON,
  },
  errorCount: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  caption: { textAlign: "left", color: tokens.colorNeutralForeground3, paddingBottom: tokens.spacingVerticalXXS },
  rowHead: { textAlign: "left", fontWeight: tokens.fontWeightRegular, padding: 0 },
  row: { borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
  tableButton: {
    display: "block",
    width: "100%",
    padding: `${tokens.spacingVerticalXXS} 0`,
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorBrandForegroundLink,
    textAlign: "left",
    fontFamily: "inherit",
    fontSize: "inherit",
    overflowWrap: "anywhere",
    cursor: "pointer",
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

interface Props {
  analysis: AnalysisView;
  /** Findings per severity. */
  totals: Record<FindingClass, number>;
  groups: FindingGroup[];
  /** The table the list is limited to, if any. */
  group?: string;
  onGroup(key: string | undefined): void;
}

/** 汇总: totals per class, what was read, and (unfolded) one line per table that limits the list to it. */
export function Summary({ analysis, totals, groups, group, onGroup }: Props) {
  const styles = useStyles();
  // Folded at first, so that the first card's fix is in view right after a check (320×700); open, it stays open.
  const [open, setOpen] = useState(false);
  return (
    <section className={styles.root} aria-label="检查结果汇总">
      <div className={styles.totals}>
        {FINDING_CLASSES.map((c) => (
          <SeverityBadge key={c} severity={c} count={totals[c]} />
        ))}
        <Text size={200}>{readText(analysis)}</Text>
      </div>
      {analysis.unrecognized.length > 0 && analysis.tables.length > 0 && (
        <ul className={styles.unread} aria-label="未识别的区域">
          {analysis.unrecognized.map((u) => (
            <li key={`${u.sheet}!${u.range}`}>
              未识别：{u.sheet} {u.range}
              {u.title ? `“${u.title}”` : ""}——{u.reason}
            </li>
          ))}
        </ul>
      )}
      {groups.length > 1 && (
        <button type="button" className={styles.toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "▾ 收起各表问题数" : `▸ 按表查看问题数（${groups.length} 张表）`}
        </button>
      )}
      {groups.length > 1 && open && (
        <table className={styles.table}>
          <caption className={styles.caption}>点表名只看该表的问题</caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.headCell, styles.nameHead)}>
                表
              </th>
              {FINDING_CLASSES.map((c) => (
                <th key={c} scope="col" className={mergeClasses(styles.headCell, styles.countCell)}>
                  {CLASS_LABEL[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key} className={mergeClasses(styles.row, g.key === group && styles.chosen)}>
                <th scope="row" className={styles.rowHead}>
                  <button
                    type="button"
                    className={styles.tableButton}
                    aria-pressed={g.key === group}
                    onClick={() => onGroup(g.key === group ? undefined : g.key)}
                  >
                    {g.title}
                  </button>
                </th>
                {FINDING_CLASSES.map((c) => (
                  <td key={c} className={mergeClasses(styles.countCell, g.counts[c] === 0 ? styles.zero : c === "error" && styles.errorCount)}>
                    {g.counts[c]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {group && (
        <Button size="small" appearance="secondary" onClick={() => onGroup(undefined)}>
          显示全部表的问题
        </Button>
      )}
    </section>
  );
}

/** “已识别 13 张表”, “已识别 0 张表，说明文字 12 段”, “…，未识别 1 处”. */
function readText(analysis: AnalysisView): string {
  const parts = [`已识别 ${analysis.tables.length} 张表`];
  if (analysis.textParagraphs > 0) parts.push(`说明文字 ${analysis.textParagraphs} 段`);
  if (analysis.unrecognized.length > 0) parts.push(`未识别 ${analysis.unrecognized.length} 处`);
  return parts.join("，");
}
