import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { AnalysisView } from "../engine";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** No finding: what was read and checked, table by table, so “未发现问题” is never a pass over nothing. */
export function CleanResult({ analysis }: { analysis: AnalysisView }) {
  const styles = useStyles();
  const text = analysis.textParagraphs ? `和 ${analysis.textParagraphs} 段说明文字` : "";
  return (
    <section className={styles.root} aria-label="已核对的表">
      <Text>
        已核对 {analysis.tables.length} 张表{text}，未发现问题。
      </Text>
      {analysis.tables.length > 0 && (
        <ul className={styles.list}>
          {analysis.tables.map((t) => (
            <li key={`${t.sheet}!${t.range}`}>
              {t.kind}（{t.sheet} {t.range}）
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
