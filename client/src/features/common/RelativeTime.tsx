import { useLocale } from '../../i18n';
import { formatDateTime, formatRelative } from '../../lib/dates';

/** A <time> element with relative text for recent dates and the full JST date-time as a tooltip. */
export function RelativeTime({ value }: { value: string }) {
  const { locale } = useLocale();
  return (
    <time dateTime={value} title={formatDateTime(value, locale)}>
      {formatRelative(value, locale)}
    </time>
  );
}
