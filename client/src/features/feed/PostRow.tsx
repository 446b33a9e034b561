import { Anchor, Text } from '@mantine/core';
import { IconAward, IconBulb, IconCircleCheck, IconHelpCircle, IconLock, IconMessageCircle, IconTrophy } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../i18n';
import { formatDateTime, formatRelative, RELATIVE_LIMIT_MS, TIME_ZONE } from '../../lib/dates';
import { Tip } from '../common/Tip';
import { UserAvatar } from '../common/UserAvatar';
import { IdeaStatusBadge } from '../ideas/IdeaStatusBadge';
import { tagPath } from '../tags/tagPath';
import classes from './PostRow.module.css';
import type { PostCardFieldsFragment } from '../../gql/graphql';

const KIND_ICON = { QUESTION: IconHelpCircle, CASE: IconTrophy, IDEA: IconBulb } as const;

/**
 * One post in the compact list (#13): kind, title, status, tags, answers and last activity on
 * one line at desktop width (two on a phone), so that more than ten posts fit on a 1366×768
 * screen, as in Discourse. Everything a card says is still there for screen readers.
 */
/** Last week relatively (「3時間前」), older as a short JST date (「11/23」, 「2025/11/23」 for another year). */
function ShortTime({ value }: { value: string }) {
  const { locale } = useLocale();
  const at = new Date(value);
  const age = Date.now() - at.getTime();
  let text = formatRelative(value, locale);
  if (age >= RELATIVE_LIMIT_MS) {
    const parts = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(d);
    const get = (p: Intl.DateTimeFormatPart[], type: string) => p.find((x) => x.type === type)?.value ?? '';
    const then = parts(at);
    const sameYear = get(then, 'year') === get(parts(new Date()), 'year');
    text = `${sameYear ? '' : `${get(then, 'year')}/`}${get(then, 'month')}/${get(then, 'day')}`;
  }
  return (
    <time dateTime={value} title={formatDateTime(value, locale)}>
      {text}
    </time>
  );
}

export function PostRow({ post }: { post: PostCardFieldsFragment }) {
  const t = useT();
  const KindIcon = KIND_ICON[post.kind];
  const author = post.author?.displayName ?? t('post.anonymous');
  return (
    <article className={classes.row} aria-labelledby={`row-${post.id}-title`} data-kind={post.kind}>
      <span className={classes.kind} data-kind={post.kind}>
        <KindIcon size={14} aria-hidden="true" />
        {t(`kind.${post.kind}`)}
      </span>
      <div className={classes.main}>
        <h2 className={classes.title} id={`row-${post.id}-title`}>
          <Anchor component={Link} to={`/posts/${post.id}`} underline="hover" c="gray.9" className={classes.titleLink}>
            {post.title}
          </Anchor>
        </h2>
        {post.status === 'RESOLVED' && (
          <span className={classes.status} data-status="RESOLVED">
            <IconCircleCheck size={14} aria-hidden="true" />
            {t('status.RESOLVED')}
          </span>
        )}
        {post.status === 'CLOSED' && (
          <span className={classes.status} data-status="CLOSED">
            <IconLock size={13} aria-hidden="true" />
            {t('status.CLOSED')}
          </span>
        )}
        {post.kind === 'IDEA' && post.ideaStatus !== 'PROPOSED' && <IdeaStatusBadge status={post.ideaStatus} size="xs" />}
        {post.featured && (
          <Tip label={t('practices.featured')}>
            <span className={classes.featured}>
              <IconAward size={15} aria-hidden="true" />
              <span className="visually-hidden">{t('practices.featured')}</span>
            </span>
          </Tip>
        )}
      </div>
      <ul className={`plain-list ${classes.tags}`} aria-label={t('post.tags')}>
        {post.tags.slice(0, 3).map((tag) => (
          <li key={tag.id}>
            <Link to={tagPath(tag.name)} className={classes.tag}>
              #{tag.name}
            </Link>
          </li>
        ))}
      </ul>
      <Tip label={`${author}${post.department ? ` · ${post.department.name}` : ''}`}>
        <span className={classes.author}>
          <UserAvatar name={post.author?.displayName} id={post.author?.id} anonymous={!post.author} size={22} />
          <span className="visually-hidden">
            {author}
            {post.department ? ` · ${post.department.name}` : ''}
          </span>
        </span>
      </Tip>
      <span className={classes.count} data-zero={post.answerCount === 0 || undefined}>
        <IconMessageCircle size={14} aria-hidden="true" />
        <span className="visually-hidden">{post.kind === 'IDEA' ? t('feed.row.comments') : t('post.answerCount')} </span>
        {post.answerCount}
      </span>
      <Text size="xs" c="gray.7" className={classes.time}>
        <ShortTime value={post.lastActivityAt ?? post.createdAt} />
      </Text>
    </article>
  );
}
