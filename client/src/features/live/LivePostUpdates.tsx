import { useApolloClient } from '@apollo/client/react';
import { ActionIcon, Affix, Button, Group, Paper, Transition } from '@mantine/core';
import { IconArrowDown, IconX } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { PostDetailDocument, type PostDetailQuery } from '../../gql/graphql';
import { useT, type MessageKey, type TranslateVars } from '../../i18n';
import { useViewer } from '../auth/ViewerContext';
import { useIdeaThread } from '../post/ideaThread';
import { useLivePostActivity, type LivePostActivity } from './useLivePostActivity';

/** Several events in a burst (an answer and its first comment) become one reload. */
export const LIVE_REFETCH_DELAY_MS = 250;
/** Room for the fixed header above an element scrolled to. */
const HEADER_OFFSET = 80;

type Post = NonNullable<PostDetailQuery['post']>;

/** The element a new answer or comment is rendered as (the same ids the notification links use). */
export function anchorOf(a: Pick<LivePostActivity, 'kind' | 'answerId' | 'commentId'>): string | null {
  if (a.kind === 'ANSWER' && a.answerId) return `answer-${a.answerId}`;
  if (a.kind === 'COMMENT' && a.commentId) return `comment-${a.commentId}`;
  return null;
}

/** Did the viewer write it (then they know; no indicator)? */
export function writtenBy(post: Post | null | undefined, a: LivePostActivity, viewerId: string | null | undefined): boolean {
  if (!post || !viewerId) return false;
  if (a.kind === 'ANSWER') return post.answers.find((x) => x.id === a.answerId)?.author?.id === viewerId;
  const comments = [...post.comments, ...post.answers.flatMap((x) => x.comments)];
  return comments.find((c) => c.id === a.commentId)?.author?.id === viewerId;
}

/** The element once React has rendered the reloaded post (null if it does not appear, e.g. hidden from the viewer). */
function whenRendered(id: string, timeoutMs = 3000): Promise<HTMLElement | null> {
  const now = document.getElementById(id);
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const el = document.getElementById(id);
      if (el) finish(el);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(el: HTMLElement | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(el);
    }
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > HEADER_OFFSET && r.top < window.innerHeight;
}

function highlight(el: HTMLElement) {
  if (typeof el.animate !== 'function') return;
  el.animate(
    [
      { boxShadow: '0 0 0 4px var(--mantine-color-banso-3)' },
      { boxShadow: '0 0 0 4px var(--mantine-color-banso-3)', offset: 0.6 },
      { boxShadow: '0 0 0 4px transparent' },
    ],
    {
      duration: 2600,
      easing: 'ease-out',
    },
  );
}

/** The indicator's text: 「新しい回答が2件あります」; on an idea, where answers are comments too, only 「コメント」. */
export function pendingLabel(answers: number, comments: number, idea: boolean): [MessageKey, TranslateVars?] {
  if (idea) return answers + comments > 1 ? ['live.newComments', { n: answers + comments }] : ['live.newComment'];
  if (answers && comments) return ['live.newActivity', { n: answers + comments }];
  if (answers) return answers > 1 ? ['live.newAnswers', { n: answers }] : ['live.newAnswer'];
  return comments > 1 ? ['live.newComments', { n: comments }] : ['live.newComment'];
}

interface Pending {
  anchor: string;
  kind: LivePostActivity['kind'];
}

/**
 * Live post page: on a new answer or comment (`postActivity`), reloads the post so it appears
 * without a page reload. When it lands outside the window (the person is reading or writing
 * elsewhere on the page) a discreet 「新しい回答があります」 button offers to jump there; it goes
 * away once the new content is in view. Nothing for what the viewer wrote themselves.
 */
export function LivePostUpdates({ postId }: { postId: string }) {
  const t = useT();
  const idea = useIdeaThread();
  const client = useApolloClient();
  const viewerId = useViewer()?.id ?? null;
  const [pending, setPending] = useState<Pending[]>([]);
  const queue = useRef<LivePostActivity[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const reload = useCallback(async () => {
    const events = queue.current;
    queue.current = [];
    await client.refetchQueries({ include: [PostDetailDocument] });
    const post = client.readQuery({ query: PostDetailDocument, variables: { id: postId } })?.post;
    const fresh: Pending[] = [];
    for (const a of events) {
      const anchor = anchorOf(a);
      if (!anchor || writtenBy(post, a, viewerId)) continue;
      const el = await whenRendered(anchor);
      if (!el) continue;
      if (inView(el)) highlight(el);
      else fresh.push({ anchor, kind: a.kind });
    }
    if (fresh.length) setPending((p) => [...p.filter((x) => !fresh.some((f) => f.anchor === x.anchor)), ...fresh]);
  }, [client, postId, viewerId]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      reload().catch(() => undefined); // the page keeps what it has; the next event or reconnection tries again
    }, LIVE_REFETCH_DELAY_MS);
  }, [reload]);

  useLivePostActivity(
    postId,
    (a) => {
      if (a.postId !== postId) return;
      queue.current.push(a);
      schedule();
    },
    { onReconnected: schedule },
  );

  useEffect(() => {
    setPending([]);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [postId]);

  // Gone from the indicator once on screen (scrolled to, or the person got there themselves).
  useEffect(() => {
    if (pending.length === 0) return;
    const check = () => setPending((p) => p.filter((x) => !document.getElementById(x.anchor) || !inView(document.getElementById(x.anchor)!)));
    window.addEventListener('scroll', check, { passive: true });
    return () => window.removeEventListener('scroll', check);
  }, [pending.length]);

  const jump = () => {
    const first = pending.map((p) => document.getElementById(p.anchor)).find((el): el is HTMLElement => !!el);
    setPending([]);
    if (!first) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first.style.scrollMarginTop = `${HEADER_OFFSET}px`;
    first.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    if (!first.hasAttribute('tabindex')) first.setAttribute('tabindex', '-1');
    first.focus({ preventScroll: true });
    highlight(first);
  };

  const answers = pending.filter((p) => p.kind === 'ANSWER').length;
  const comments = pending.length - answers;
  const label = t(...pendingLabel(answers, comments, idea));

  return (
    <>
      <div role="status" aria-live="polite" className="visually-hidden">
        {pending.length > 0 ? label : ''}
      </div>
      <Affix position={{ bottom: 24, left: 0, right: 0 }} zIndex={150} style={{ pointerEvents: 'none' }}>
        <Transition mounted={pending.length > 0} transition="slide-up" duration={200}>
          {(styles) => (
            <Group justify="center" style={styles}>
              <Paper shadow="md" radius="xl" p={4} withBorder style={{ pointerEvents: 'auto' }} data-testid="live-indicator">
                <Group gap={2} wrap="nowrap">
                  <Button radius="xl" size="sm" leftSection={<IconArrowDown size={16} aria-hidden="true" />} onClick={jump}>
                    {label}
                  </Button>
                  <ActionIcon variant="subtle" color="gray" radius="xl" size="lg" aria-label={t('live.dismiss')} onClick={() => setPending([])}>
                    <IconX size={16} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              </Paper>
            </Group>
          )}
        </Transition>
      </Affix>
    </>
  );
}
