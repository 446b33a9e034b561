import { useQuery } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { PostDetailDocument } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import { Markdown } from '../common/Markdown';
import { NotFoundState } from '../common/NotFoundPage';
import { ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { CaseDetailsView } from '../post/CaseDetailsView';
import classes from './print.module.css';
import { printable } from './ShareActions';

/**
 * 「印刷用表示」 (#13): a case or a resolved question as a plain document to attach to 起案 or
 * 会議資料 — title, who and when (JST), tags, the body, the case details, the accepted answer
 * first, then the other answers; the URL and when it was printed at the foot. No buttons,
 * reactions or forms; A4 margins in print.css. An anonymous question stays anonymous.
 */
export function PrintPostPage() {
  const t = useT();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PostDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const post = data?.post;
  useDocumentTitle(post ? `${post.title} — ${t('print.title')}` : t('print.title'));

  if (loading && !post) return <PageLoader />;
  if (error && !post) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!post) return <NotFoundState />;
  if (!printable(post))
    return (
      <div className={classes.page}>
        <p>{t('print.notPrintable')}</p>
        <Button component={Link} to={`/posts/${post.id}`} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden="true" />}>
          {t('print.back')}
        </Button>
      </div>
    );

  const visible = post.answers.filter((a) => !('hiddenAt' in a && a.hiddenAt));
  const answers = [...visible].sort((a, b) => Number(b.accepted) - Number(a.accepted));
  const author = post.author && !post.anonymous ? post.author.displayName : t('post.anonymous');
  const url = `${window.location.origin}/posts/${post.id}`;

  return (
    <div className={classes.page}>
      <Group justify="space-between" className={classes.toolbar} data-print="hide">
        <Button component={Link} to={`/posts/${post.id}`} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden="true" />}>
          {t('print.back')}
        </Button>
        <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} aria-hidden="true" />}>
          {t('print.doPrint')}
        </Button>
      </Group>
      <p className={classes.lead} data-print="hide">
        {t('print.lead')}
      </p>

      <article className={classes.doc} aria-labelledby="print-title">
        <p className={classes.kind}>
          {t(`kind.${post.kind}`)}
          {post.status === 'RESOLVED' ? ` · ${t('status.RESOLVED')}` : ''}
        </p>
        <h1 id="print-title" className={classes.title}>
          {post.title}
        </h1>
        <dl className={classes.meta}>
          <dt>{t('print.author')}</dt>
          <dd>{author}</dd>
          {post.department && (
            <>
              <dt>{t('print.department')}</dt>
              <dd>{post.department.path ?? post.department.name}</dd>
            </>
          )}
          <dt>{t('print.postedAt')}</dt>
          <dd>{formatDateTime(post.createdAt, locale)}</dd>
          {post.updatedAt !== post.createdAt && (
            <>
              <dt>{t('print.updatedAt')}</dt>
              <dd>{formatDateTime(post.updatedAt, locale)}</dd>
            </>
          )}
          {post.tags.length > 0 && (
            <>
              <dt>{t('print.tags')}</dt>
              <dd>{post.tags.map((tag) => `#${tag.name}`).join('　')}</dd>
            </>
          )}
        </dl>

        <Markdown html={post.bodyHtml} />
        {post.kind === 'CASE' && post.caseDetails && (
          <div className={classes.block}>
            <CaseDetailsView details={post.caseDetails} />
          </div>
        )}

        {answers.length > 0 && (
          <section aria-labelledby="print-answers" className={classes.block}>
            <h2 id="print-answers" className={classes.h2}>
              {post.kind === 'IDEA' ? t('print.comments', { count: answers.length }) : t('print.answers', { count: answers.length })}
            </h2>
            {answers.map((a) => (
              <section key={a.id} className={classes.answer} data-accepted={a.accepted || undefined}>
                <p className={classes.answerMeta}>
                  {a.accepted && <strong className={classes.accepted}>{t('print.accepted')}</strong>}
                  {a.byAnonymousAsker ? t('post.anonymous') : (a.author?.displayName ?? t('post.anonymous'))}
                  {a.department ? `（${a.department.name}）` : ''} · {formatDateTime(a.createdAt, locale)}
                </p>
                <Markdown html={a.bodyHtml} />
              </section>
            ))}
          </section>
        )}

        <footer className={classes.footer}>
          <div>
            {t('print.url')}：{url}
          </div>
          <div>
            {t('print.printedAt')}：{formatDateTime(new Date(), locale)}
          </div>
          <div>{t('print.footer')}</div>
        </footer>
      </article>
    </div>
  );
}
