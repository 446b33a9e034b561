import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { IconMedal } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { MarkBadgesSeenDocument, MyUnseenBadgesDocument, type BadgeAwardFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { showNotice } from '../admin/notice';
import { TIER_STYLE } from './tier';

export const BADGE_POLL_MS = 60_000;
/** Wait a moment after a mutation: awards are computed right after the ledger write. */
const AFTER_MUTATION_MS = 600;
/** At most this many notices at once. */
const MAX_NOTICES = 3;

/**
 * 「バッジを獲得しました」 notices for the signed-in user. Checks `myUnseenBadges` on sign-in,
 * every 60 s, when the window regains focus and shortly after any mutation the app sends; shows
 * one notification per new award and then marks them seen. Renders nothing; mount once inside
 * the signed-in layout.
 */
export function BadgeNotifier() {
  const t = useT();
  const client = useApolloClient();
  const { data, refetch } = useQuery(MyUnseenBadgesDocument, {
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'network-only',
    pollInterval: BADGE_POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
  const [markSeen] = useMutation(MarkBadgesSeenDocument);
  const shown = useRef(new Set<string>());

  // On window focus.
  useEffect(() => {
    const onFocus = () => void refetch().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetch]);

  // After any other mutation (asking, answering, accepting, stamping…), look again.
  useEffect(() => {
    const original = client.mutate.bind(client);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const patched = ((options: Parameters<typeof client.mutate>[0]) => {
      const result = original(options);
      if (options.mutation !== MarkBadgesSeenDocument) {
        void result
          .catch(() => undefined)
          .then(() => {
            clearTimeout(timer);
            timer = setTimeout(() => void refetch().catch(() => undefined), AFTER_MUTATION_MS);
          });
      }
      return result;
    }) as typeof client.mutate;
    client.mutate = patched;
    return () => {
      clearTimeout(timer);
      if (client.mutate === patched) client.mutate = original;
    };
  }, [client, refetch]);

  useEffect(() => {
    const fresh = (data?.myUnseenBadges ?? []).filter((a) => !shown.current.has(a.id));
    if (fresh.length === 0) return;
    fresh.forEach((award) => shown.current.add(award.id));
    // A burst (e.g. the first sign-in after a backfill) shows the newest few and a summary.
    const visible = fresh.length > MAX_NOTICES ? fresh.slice(0, MAX_NOTICES - 1) : fresh;
    visible.forEach((award) => showNotice(t, badgeNotification(award, t)));
    if (fresh.length > visible.length) {
      showNotice(t, {
        color: 'yellow',
        message: t('badges.earnedMore', { n: fresh.length - visible.length }),
        autoClose: 8000,
      });
    }
    void markSeen().catch(() => undefined);
  }, [data, markSeen, t]);

  return null;
}

export function badgeNotification(award: BadgeAwardFieldsFragment, t: ReturnType<typeof useT>) {
  const s = TIER_STYLE[award.badge.tier];
  return {
    id: `badge-${award.id}`,
    title: t('badges.earned', { name: award.badge.name }),
    message: award.reason,
    color: 'yellow',
    icon: <IconMedal size={18} aria-hidden="true" color={s.color} />,
    autoClose: 8000,
    styles: { icon: { background: s.background, border: `1px solid ${s.border}` }, description: { color: 'var(--mantine-color-gray-8)' } },
  };
}
