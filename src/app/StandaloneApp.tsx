import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { FileWorkbookHost } from "../hosts/xlsx/file-host";
import { openFileHost } from "../hosts/xlsx/on-demand";
import { createEngine } from "../ui/engine-binding";
import { pageFiles } from "../hosts/page-files";
import { Pane, paneTheme } from "../ui/Pane";
import { FileOpener } from "./FileOpener";
import { markedFileName } from "./download";
import { saveFile } from "../ui/save-file";
import { APP_VERSION } from "./version";
import type { BatchFile } from "./batch/BatchFilesButton";
import { DEFAULT_ENGINE_CONFIG } from "../core/session/engine-config";

/** The batch view (a table of files) is a chunk of its own, loaded when several files are opened. */
const BatchView = lazy(() => import(/* webpackChunkName: "batch" */ "./batch/BatchView"));

/** The batch check uses the built-in rules and weights, as `npm run check -- 文件夹/` does. */
const BATCH_CONFIG = DEFAULT_ENGINE_CONFIG;

const useStyles = makeStyles({
  page: { maxWidth: "720px", margin: "0 auto" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 0` },
  fileRow: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  fileName: { overflowWrap: "anywhere" },
  about: { color: tokens.colorNeutralForeground3 },
});

/** The standalone page: open a local .xlsx, check it in the same pane, download the marked copy. */
export function StandaloneApp() {
  const styles = useStyles();
  const engine = useMemo(() => createEngine(pageFiles), []);
  const [opened, setOpened] = useState<{ host: FileWorkbookHost; id: number }>();
  const host = opened?.host;
  const [openError, setOpenError] = useState<string>();
  const [batch, setBatch] = useState<BatchFile[]>();
  const openMany = (files: BatchFile[]) => {
    setOpened(undefined);
    setBatch(files);
    setOpenError(files.length === 0 ? "所选文件中没有 .xlsx 工作簿。" : undefined);
  };
  const open = async (file: File) => {
    setBatch(undefined);
    setOpenError(undefined);
    try {
      const host = await openFileHost(await file.arrayBuffer(), file.name, browserStore());
      setOpened((prev) => ({ host, id: (prev?.id ?? 0) + 1 }));
    } catch {
      setOpenError(`无法打开“${file.name}”。`);
    }
  };
  useEffect(() => {
    // Words typed and not yet in a downloaded copy: the browser asks before the page is closed or reloaded.
    const warn = (event: BeforeUnloadEvent) => {
      if (host?.hasUnsavedState()) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [host]);
  const header = (
    <header className={styles.header}>
      <h1 className={styles.title}>预决算公开助手</h1>
      <Text size={200} className={styles.about} data-testid="about">
        版本 {APP_VERSION} · 文件只在本机浏览器中处理，不会上传到任何地方
      </Text>
      <FileOpener onOpen={open} onOpenMany={openMany} compact={host !== undefined || batch !== undefined} />
      {openError && (
        <MessageBar intent="error">
          <MessageBarBody>{openError}</MessageBarBody>
        </MessageBar>
      )}
      {host && <LoadedFile host={host} />}
    </header>
  );
  if (!opened || !host) {
    return (
      <FluentProvider theme={paneTheme}>
        <div className={styles.page} style={{ padding: "8px 12px" }}>
          {header}
          {batch && batch.length > 0 && (
            <Suspense fallback={<Text>正在准备批量检查…</Text>}>
              <BatchView files={batch} options={BATCH_CONFIG} />
            </Suspense>
          )}
        </div>
      </FluentProvider>
    );
  }
  return (
    <div className={styles.page}>
      <Pane key={opened.id} host={host} engine={engine} header={header} autoCheck />
    </div>
  );
}

/** The browser's storage, where typed figures and words wait between visits; none when the browser refuses it. */
function browserStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function LoadedFile({ host }: { host: FileWorkbookHost }) {
  const styles = useStyles();
  const view = useSyncExternalStore(host.subscribe, host.getView);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      saveFile(await host.markedCopy(), markedFileName(host.label, view.marks.length > 0));
    } catch (err) {
      // MarkedCopyError (its message is for the user), recognised by name: the writer is a chunk loaded on demand
      setError(err instanceof Error && err.name === "MarkedCopyError" ? err.message : "生成标记副本失败。");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.fileRow}>
      <Text className={styles.fileName} weight="semibold">
        {host.label}
      </Text>
      <Button size="small" disabled={busy || !view.snapshot} onClick={download}>
        {view.marks.length > 0 ? "下载标记后的副本" : "下载副本"}
      </Button>
      {error && <Text role="alert">{error}</Text>}
    </div>
  );
}
