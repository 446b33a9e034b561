import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';

import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { createApolloClient } from './apollo';
import { App, preloadRoute } from './App';
import { LazyNotifications } from './features/common/LazyNotifications';
import { I18nProvider, loadLocale, readStoredLocale } from './i18n';
import { cssVariablesResolver, theme } from './theme';

const client = createApolloClient();
preloadRoute(client, window.location);

// English is its own chunk: load it first when it is the chosen language (no flash of Japanese).
void loadLocale(readStoredLocale())
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
          <I18nProvider>
            <ApolloProvider client={client}>
              <BrowserRouter>
                <LazyNotifications />
                <App />
              </BrowserRouter>
            </ApolloProvider>
          </I18nProvider>
        </MantineProvider>
      </StrictMode>,
    ),
  );
