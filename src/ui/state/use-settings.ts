import { useCallback } from "react";
import type { WorkbookHost } from "../../hosts/host";
import { DEFAULT_SETTINGS, parseSettings, serializeSettings, SETTINGS_STATE_KEY, type PaneSettings } from "../../hosts/settings/pane-settings";
import { useStoredValue } from "./use-stored-value";

/** 设置: the accountant's settings, stored with the workbook. */
export function useSettings(host: WorkbookHost) {
  const [settings, setSettings] = useStoredValue(host, SETTINGS_STATE_KEY, parseSettings, DEFAULT_SETTINGS);
  const saveSettings = useCallback(
    async (next: PaneSettings) => {
      await host.saveState(SETTINGS_STATE_KEY, serializeSettings(next));
      setSettings(next);
    },
    [host, setSettings],
  );
  return { settings, saveSettings };
}
