import { useCallback } from "react";
import type { WorkbookHost } from "../../hosts/host";
import { DEFAULT_ENGINE_CONFIG, parseEngineConfig, serializeEngineConfig, type EngineConfig } from "../../core/session/engine-config";
import { STATE_KEYS } from "../../hosts/workbook-state";
import { useStoredValue } from "./use-stored-value";

/** 设置: the accountant's settings, stored with the workbook. */
export function useSettings(host: WorkbookHost) {
  const [settings, setSettings] = useStoredValue(host, STATE_KEYS.settings, parseEngineConfig, DEFAULT_ENGINE_CONFIG);
  const saveSettings = useCallback(
    async (next: EngineConfig) => {
      await host.saveState(STATE_KEYS.settings, serializeEngineConfig(next));
      setSettings(next);
    },
    [host, setSettings],
  );
  return { settings, saveSettings };
}
