import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { countBySeverity } from "../../core/findings/finding";
import type { AnalysisView } from "../engine";
import { SEVERITIES } from "../labels";
import type { FindingGroup } from "./group-findings";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  totals: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  nameCell: { textAlign: "left", overflowWrap: "anywhere", padding: `${tokens.spacingVerticalXXS} 0` },
  countCell: { width: "3em", textAlign: "right" },
  errorCount: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** 汇总: totals per severity, tables recognised, and counts per table. */
export function Summary({ analysis, groups }: { analysis: AnalysisView; groups: FindingGroup[] }) {
  const styles = useStyles();
  const totals = countBySeverity(analysis.findings);
  return (
    <section className={styles.root} aria-label="检查结果汇总">
      <div className={styles.totals}>
        {SEVERITIES.map((s) => (
          <SeverityBadge key={s} severity={s} count={totals[s]} />
        ))}
        <Text size={200}>
          已识别 {analysis.tables.length} 张表
          {analysis.unrecognized.length > 0 ? `，未识别 ${analysis.unrecognized.length} 处` : ""}
        </Text>
      </div>
      {groups.length > 0 && (
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.nameCell}>表</th>
              <th className={styles.countCell}>错误</th>
              <th className={styles.countCell}>警告</th>
              <th className={styles.countCell}>提示</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key}>
                <td className={styles.nameCell}>{g.title}</td>
                <td className={`${styles.countCell} ${g.counts.error ? styles.errorCount : ""}`}>{g.counts.error}</td>
                <td className={styles.countCell}>{g.counts.warning}</td>
                <td className={styles.countCell}>{g.counts.info}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
