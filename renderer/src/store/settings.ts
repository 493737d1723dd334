/**
 * The laptop's own settings (language, user name, VAT default, the publisher's letterhead).
 * They are local to this installation: never synced, so no outbox entry.
 */
import { settingsSchema, type Locale, type Settings } from '@shared/domain/model.ts';
import type { Validated } from '@shared/domain/issues.ts';
import { parseWith } from '@shared/domain/validation.ts';
import type { SlotboardDb } from './db.ts';

export const SETTINGS_KEY = 'app';

/** A change to the settings; `publisher` and `io` may be partial too. */
export type SettingsPatch = Partial<Omit<Settings, 'publisher' | 'io'>> & {
  publisher?: Partial<Settings['publisher']>;
  io?: Partial<Settings['io']>;
};

/** The settings that are groups of fields, coerced and merged field by field. */
const NESTED = new Set(['publisher', 'io']);

/** Until the user picks one, the interface speaks the system's language: French or else English. */
export function systemLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  const first = languages[0]?.toLowerCase() ?? 'fr';
  return first.startsWith('fr') ? 'fr' : 'en';
}

export function defaultSettings(): Settings {
  return settingsSchema.parse({ locale: systemLocale() });
}

/**
 * Reads stored settings leniently: a field that no longer parses (written by another version,
 * damaged) falls back to its default and the others are kept; anything unreadable gives defaults.
 * Settings stored before a field existed (the logo, the IO terms) get its default.
 */
export function coerceSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return defaultSettings();
  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const record = { ...(stored as Record<string, unknown>) };
  for (const issue of parsed.error.issues) {
    const [top, nested] = issue.path;
    if (typeof top !== 'string') continue;
    const group = record[top];
    if (
      NESTED.has(top) &&
      typeof nested === 'string' &&
      typeof group === 'object' &&
      group !== null &&
      !Array.isArray(group)
    ) {
      const copy = { ...(group as Record<string, unknown>) };
      delete copy[nested];
      record[top] = copy;
    } else {
      delete record[top];
    }
  }
  const retried = settingsSchema.safeParse(record);
  return retried.success ? retried.data : defaultSettings();
}

export async function loadSettings(db: SlotboardDb): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  return row === undefined ? defaultSettings() : coerceSettings(row.value);
}

/** Merges `patch` into the current settings; refuses (and stores nothing) when the result is invalid. */
export async function saveSettings(db: SlotboardDb, patch: SettingsPatch): Promise<Validated<Settings>> {
  return db.transaction('rw', db.settings, async () => {
    const current = await loadSettings(db);
    const merged = {
      ...current,
      ...patch,
      publisher: { ...current.publisher, ...patch.publisher },
      io: { ...current.io, ...patch.io },
    };
    const parsed = parseWith(settingsSchema, merged);
    if (parsed.ok) await db.settings.put({ key: SETTINGS_KEY, value: parsed.value });
    return parsed;
  });
}
