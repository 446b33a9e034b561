import { useEffect } from 'react';
import { useT } from '../../i18n';

export function useDocumentTitle(title?: string | null) {
  const t = useT();
  useEffect(() => {
    const app = t('app.fullName');
    document.title = title ? `${title} | ${app}` : app;
  }, [title, t]);
}
