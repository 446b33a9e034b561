import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ja, type MessageKey } from './ja';

export type Locale = 'ja' | 'en';
export type TranslateVars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: TranslateVars) => string;

export const LOCALES: Locale[] = ['ja', 'en'];
export const DEFAULT_LOCALE: Locale = 'ja';
export const LOCALE_STORAGE_KEY = 'banso.locale';

type Dictionary = Partial<Record<MessageKey, string>>;
/**
 * Japanese is built in; English (≈ 60 KB) is its own chunk, loaded when someone chooses it
 * (`loadLocale`), so the first screen does not carry both languages (#13, initial load).
 */
const dictionaries: Partial<Record<Locale, Dictionary>> & { ja: Dictionary } = { ja: { ...ja } };

let more: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Adds messages to a locale's dictionary (the rest of the Japanese; tests register it at once). */
export function addMessages(locale: Locale, messages: Dictionary): void {
  dictionaries[locale] = { ...dictionaries[locale], ...messages };
  listeners.forEach((notify) => notify());
}

/**
 * Loads the rest of the Japanese (ja-more.ts, its own chunk) once: every page but the feed waits
 * for it alongside its own code (App.tsx `page()`), so nothing shows a key.
 */
export function loadMessages(): Promise<void> {
  more ??= import('./ja-more').then(
    (m) => addMessages('ja', m.jaMore),
    (error: unknown) => {
      more = null; // a failed load (network) is tried again by the next page
      throw error;
    },
  );
  return more;
}

/** Makes a dictionary available synchronously (tests; the English chunk once loaded). */
export function registerDictionary(locale: Locale, dictionary: Dictionary): void {
  dictionaries[locale] = dictionary;
}

/** Loads a locale's dictionary if it is not there yet (English from its own chunk). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (dictionaries[locale]) return;
  if (locale === 'en') registerDictionary('en', (await import('./en')).en);
}

function interpolate(template: string, vars?: TranslateVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : match));
}

/** Look a key up in the locale's dictionary, falling back to Japanese, then to the key itself. */
export function translate(locale: Locale, key: MessageKey, vars?: TranslateVars): string {
  const template = dictionaries[locale]?.[key] ?? dictionaries.ja[key];
  if (template === undefined) {
    // Not loaded yet (a part outside the pages that wait for it): blank until the rest arrives and re-renders.
    if (!more) void loadMessages().catch(() => undefined);
    return '';
  }
  return interpolate(template, vars);
}

export function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}

export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // localStorage unavailable (private mode / tests): use the default
  }
  return DEFAULT_LOCALE;
}

interface I18nContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: TFunction;
}

const I18nContext = createContext<I18nContextValue>({
  locale: DEFAULT_LOCALE,
  setLocale: () => undefined,
  t: (key, vars) => translate(DEFAULT_LOCALE, key, vars),
});

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // ignore
    }
    if (dictionaries[next]) {
      setLocaleState(next);
      return;
    }
    // Switch once the dictionary is there (Japanese meanwhile; a failed load keeps Japanese).
    loadLocale(next).then(
      () => setLocaleState(next),
      () => undefined,
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // When more messages arrive, everything translates again (a new `t`).
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const notify = () => setVersion((v) => v + 1);
    listeners.add(notify);
    return () => {
      listeners.delete(notify);
    };
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({ locale, setLocale, t: (key, vars) => translate(locale, key, vars) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version`: new messages give a new `t`
    [locale, setLocale, version],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translate function for the current locale. */
export function useT(): TFunction {
  return useContext(I18nContext).t;
}

export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const { locale, setLocale } = useContext(I18nContext);
  return { locale, setLocale };
}

export type { MessageKey };
