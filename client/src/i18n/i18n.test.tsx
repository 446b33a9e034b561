import { act, render, screen } from '@testing-library/react';
import { en } from './en';
import { ja, type MessageKey } from './ja';
import { jaMore } from './ja-more';
import { I18nProvider, LOCALE_STORAGE_KEY, translate, useLocale, useT } from './index';

describe('translate', () => {
  it('uses Japanese by default and interpolates placeholders', () => {
    expect(translate('ja', 'stamp.CHEER')).toBe('応援');
    expect(translate('ja', 'home.tagFilter', { tag: '窓口' })).toBe('タグ: 窓口');
  });

  it('uses the English dictionary for English', () => {
    expect(translate('en', 'stamp.CHEER')).toBe('Cheer');
    expect(translate('en', 'home.tagFilter', { tag: 'RPA' })).toBe('Tag: RPA');
  });

  it('falls back to Japanese for keys missing in English', () => {
    const all: Record<string, string> = { ...ja, ...jaMore };
    const missing = (Object.keys(all) as MessageKey[]).filter((key) => en[key] === undefined);
    expect(missing.length).toBeGreaterThan(0);
    for (const key of missing) expect(translate('en', key)).toBe(all[key]);
  });

  it('leaves unknown placeholders visible instead of printing "undefined"', () => {
    expect(translate('ja', 'home.tagFilter')).toBe('タグ: {tag}');
  });
});

function Probe() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div>
      <p>{t('login.submit')}</p>
      <p data-testid="locale">{locale}</p>
      <button type="button" onClick={() => setLocale(locale === 'ja' ? 'en' : 'ja')}>
        switch
      </button>
    </div>
  );
}

describe('I18nProvider', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts in Japanese and persists a switch to English', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('ログイン')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'switch' }).click());
    expect(screen.getByText('Sign in')).toBeInTheDocument();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('restores the stored locale', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('locale')).toHaveTextContent('en');
  });

  it('ignores an invalid stored value', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('locale')).toHaveTextContent('ja');
  });
});
