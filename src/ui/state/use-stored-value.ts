import { useEffect, useState } from "react";
import type { WorkbookHost } from "../../hosts/host";

/**
 * A small value kept with the workbook (host state, e.g. the settings or the 上年数 “收支总计 → 483.23”): read once
 * per host and parsed; until it arrives, and when nothing is stored or it cannot be read, `initial`.
 */
export function useStoredValue<T>(host: WorkbookHost, key: string, parse: (stored: string | undefined) => T, initial: T) {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    host
      .loadState(key)
      .then((stored) => {
        if (live) setValue(parse(stored));
      })
      .catch(() => undefined); // nothing stored: the initial value stands
    return () => {
      live = false;
    };
  }, [host, key, parse]);
  return [value, setValue] as const;
}

/** An error as one Chinese sentence: the engine's own Chinese message, or `prefix：detail` for anything else. */
export function errorText(err: unknown, prefix: string): string {
  const message = err instanceof Error ? err.message : String(err);
  return /[\u4e00-\u9fff]/.test(message) ? message : `${prefix}：${message}`;
}
