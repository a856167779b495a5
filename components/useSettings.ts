import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, updateSettings, watchSettings, type Settings } from '../utils/settings';

export interface SettingsControls {
  settings: Settings;
  /** Shows the change at once and saves it; resolves false (the control put back, `failure` set) if it was refused. */
  save(change: Partial<Settings>): Promise<boolean>;
  /** Why the last save failed, for the page that made it to show; null once a save succeeds. */
  failure: string | null;
}

/** The stored settings, followed as they change anywhere, and saved so that a refused write never goes unseen. */
export function useSettings(): SettingsControls {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings, () => setFailure('Sourcelight could not read its settings.'));
    return watchSettings(setSettings);
  }, []);

  const save = (change: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...change }));
    return updateSettings(change).then(
      () => {
        setFailure(null);
        return true;
      },
      async (error: unknown) => {
        setFailure(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
        // The screen shows what is stored, not what was refused.
        setSettings(await loadSettings().catch(() => DEFAULT_SETTINGS));
        return false;
      },
    );
  };

  return { settings, save, failure };
}
