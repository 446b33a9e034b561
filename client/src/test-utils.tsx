import { MantineProvider } from '@mantine/core';
import { render, type RenderOptions } from '@testing-library/react';
import { I18nProvider, type Locale } from './i18n';
import { theme } from './theme';
import type { ReactElement, ReactNode } from 'react';

export function renderWithProviders(ui: ReactElement, { locale = 'ja', ...options }: RenderOptions & { locale?: Locale } = {}) {
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <MantineProvider theme={theme} env="test">
      <I18nProvider initialLocale={locale}>{children}</I18nProvider>
    </MantineProvider>
  );
  return render(ui, { wrapper: Wrapper, ...options });
}
