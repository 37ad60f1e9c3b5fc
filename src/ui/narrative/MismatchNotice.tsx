import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" } });

/** A workbook of another unit or year, not used until the accountant says so: the reason, 仍然使用 or 不用. */
export function MismatchNotice({ message, onSettle }: { message: string; onSettle(use: boolean): void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="workbook-mismatch">
      <MessageBarBody>
        <MessageBarTitle>单位或年度不符，未读取</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <div className={styles.actions}>
          <Button size="small" onClick={() => onSettle(true)}>
            确认无误，仍然使用
          </Button>
          <Button size="small" appearance="primary" onClick={() => onSettle(false)}>
            不用这个文件
          </Button>
        </div>
      </MessageBarActions>
    </MessageBar>
  );
}
