import { useMutation, useQuery } from '@apollo/client/react';
import { Accordion, Alert, Anchor, Badge, Grid, Group, List, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { IconAward, IconLock } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { ProfileSkillsDocument, SetSkillsPublicDocument, SkillRecordDocument, type SkillRecordQuery } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { showNotice } from '../admin/notice';
import { useViewer } from '../auth/ViewerContext';
import { BadgeShelf } from '../badges/BadgeShelf';
import { ErrorState } from '../common/States';
import { CertificationTierBadge } from './CertificationTierBadge';
import { evidenceTarget } from './evidence';
import { SkillBars } from './SkillBars';
import { chartEntries, formatFiscalYearLong, formatPoints, formatTrend, levelLabel } from './skillFormat';

type SkillRecord = SkillRecordQuery['skillRecord'];

function SectionSkeleton() {
  const t = useT();
  return (
    <Paper withBorder p="md" role="status" aria-label={t('common.loading')}>
      <Skeleton h={20} w={120} mb="md" />
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} h={14} mb="sm" />
      ))}
    </Paper>
  );
}

function Certifications({ record }: { record: SkillRecord }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <section aria-labelledby="cert-title">
      <Title order={3} size="h5" id="cert-title" mb="xs">
        {t('cert.title')}
      </Title>
      {record.certifications.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cert.none')}
        </Text>
      ) : (
        <Group gap="xs">
          {record.certifications.map((c) => (
            <CertificationTierBadge key={`${c.tier}-${c.fiscalYear}`} tier={c.tier} fiscalYear={c.fiscalYear} />
          ))}
        </Group>
      )}
      {record.certificationHistory.length > 0 && (
        <Stack gap={6} mt="sm" component="ol" className="plain-list" aria-label={t('cert.history')}>
          {record.certificationHistory.map((ev) => (
            <li key={ev.id}>
              <Text size="xs" c="gray.8">
                <time dateTime={ev.at}>{formatDate(ev.at, locale)}</time>{' '}
                {t(ev.action === 'REVOKE' ? 'cert.revoked' : 'cert.granted', {
                  tier: t(`cert.tier.${ev.tier}`),
                  year: formatFiscalYearLong(ev.fiscalYear, locale),
                })}
                {ev.actedBy ? ` · ${t('cert.by', { name: ev.actedBy.displayName })}` : ''}
              </Text>
              {ev.note && (
                <Text size="xs" c="dimmed">
                  {ev.note}
                </Text>
              )}
              {ev.evidence.length > 0 && (
                <Group gap={6}>
                  {ev.evidence.map((link) => (
                    <EvidenceLink key={link} value={link} />
                  ))}
                </Group>
              )}
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}

/**
 * Evidence recorded with a certification. Only an exact post/answer reference becomes an
 * in-app link and only an http(s) URL an external one; anything else (older entries such as
 * `/\host/x`) is shown as plain text, never as a link.
 */
export function EvidenceLink({ value }: { value: string }) {
  const target = evidenceTarget(value);
  if (target.kind === 'post') {
    return (
      <Anchor component={Link} to={target.to} size="xs">
        {target.label}
      </Anchor>
    );
  }
  if (target.kind === 'url') {
    return (
      <Anchor href={target.href} size="xs" rel="noopener noreferrer" target="_blank">
        {value}
      </Anchor>
    );
  }
  return <Text size="xs">{value}</Text>;
}

function RoleGap({ record }: { record: SkillRecord }) {
  const t = useT();
  return (
    <section aria-labelledby="gap-title">
      <Title order={3} size="h5" id="gap-title" mb="xs">
        {t('skills.gapTitle')}
      </Title>
      {record.roleGap.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('skills.gapNone')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {record.roleGap.map((g) => (
            <List.Item key={g.skill.code}>{g.skill.name}</List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

function Evidence({ record }: { record: SkillRecord }) {
  const t = useT();
  const { locale } = useLocale();
  const withEvidence = record.entries.filter((e) => e.points > 0 || e.evidenceCount > 0);
  if (withEvidence.length === 0) return null;
  return (
    <section aria-labelledby="evidence-title">
      <Title order={3} size="h5" id="evidence-title" mb="xs">
        {t('skills.evidenceTitle')}
      </Title>
      <Accordion variant="separated" multiple chevronPosition="left">
        {withEvidence.map((e) => (
          <Accordion.Item key={e.skill.code} value={e.skill.code}>
            <Accordion.Control>
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm">
                  {e.skill.name}
                </Text>
                <Badge size="sm" color="banso">
                  {levelLabel(e.level)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('skills.evidenceCount', { n: e.evidenceCount })} · {formatPoints(e.points)}pt
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              {e.trend.length > 0 && (
                <Text size="sm" mb="xs">
                  <Text span fw={600} size="sm">
                    {t('skills.trend')}:{' '}
                  </Text>
                  {formatTrend(e.trend, locale)}
                </Text>
              )}
              {e.evidence.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('skills.evidenceNone')}
                </Text>
              ) : (
                <Stack gap={6} component="ul" className="plain-list">
                  {e.evidence.map((ev) => (
                    <li key={`${ev.kind}-${ev.answerId ?? ev.postId}`}>
                      <Group gap={6} wrap="wrap">
                        <Badge size="xs" color="gray">
                          {t(ev.kind === 'ANSWER' ? 'skills.evidenceAnswer' : 'skills.evidencePost')}
                        </Badge>
                        {ev.accepted && (
                          <Badge size="xs" color="green" leftSection={<IconAward size={11} aria-hidden="true" />}>
                            {t('post.bestAnswer')}
                          </Badge>
                        )}
                        <Anchor component={Link} to={ev.answerId ? `/posts/${ev.postId}#answer-${ev.answerId}` : `/posts/${ev.postId}`} size="sm">
                          {ev.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          <time dateTime={ev.at}>{formatDate(ev.at, locale)}</time>
                        </Text>
                      </Group>
                    </li>
                  ))}
                </Stack>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </section>
  );
}

function PublicSwitch({ userId, value }: { userId: string; value: boolean }) {
  const t = useT();
  const [setPublic, { loading }] = useMutation(SetSkillsPublicDocument, {
    refetchQueries: [
      { query: SkillRecordDocument, variables: { userId } },
      { query: ProfileSkillsDocument, variables: { id: userId } },
    ],
    awaitRefetchQueries: true,
  });
  return (
    <Switch
      label={t('skills.publicSwitch')}
      description={t('skills.publicHelp')}
      checked={value}
      disabled={loading}
      onChange={(e) => {
        const next = e.currentTarget.checked;
        setPublic({ variables: { value: next } })
          .then(() => showNotice(t, { color: 'teal', message: t(next ? 'skills.nowPublic' : 'skills.nowPrivate') }))
          .catch((err: unknown) => showNotice(t, { color: 'red', title: t('error.title'), message: errorMessage(err, t) }));
      }}
    />
  );
}

function FullRecord({ userId, isSelf }: { userId: string; isSelf: boolean }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(SkillRecordDocument, { variables: { userId }, fetchPolicy: 'cache-and-network' });
  const record = data?.skillRecord;
  if (loading && !record) return <SectionSkeleton />;
  if (error && !record) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!record) return null;
  const rows = chartEntries(record.entries);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="skills-title">
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <div>
          <Title order={2} size="h4" id="skills-title">
            {t('skills.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('skills.totalPoints', { points: formatPoints(record.totalPoints) })}
            {!isSelf && ` · ${t(record.skillsPublic ? 'skills.isPublic' : 'skills.isPrivate')}`}
          </Text>
        </div>
        {isSelf && <PublicSwitch userId={userId} value={record.skillsPublic} />}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Title order={3} size="h5" id="skill-chart-title" mb="xs">
            {t('skills.chart')}
          </Title>
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('skills.noneYet')}
            </Text>
          ) : (
            <SkillBars entries={rows} labelledBy="skill-chart-title" />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Certifications record={record} />
            <RoleGap record={record} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack mt="lg">
        <Evidence record={record} />
      </Stack>
    </Paper>
  );
}

/** The 「スキル」 section and the badge shelf of a profile. */
export function ProfileSkills({ userId }: { userId: string }) {
  const t = useT();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(ProfileSkillsDocument, { variables: { id: userId }, fetchPolicy: 'cache-and-network' });
  const user = data?.user;
  if (loading && !user) return <SectionSkeleton />;
  if (error && !user) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!user) return null;
  const isSelf = viewer?.id === user.id;

  let skills: React.ReactNode;
  if (user.viewerCanSeeSkillRecord) {
    skills = <FullRecord userId={user.id} isSelf={isSelf} />;
  } else {
    const publicRows = user.skills ? user.skills.filter((e) => e.points > 0) : null;
    skills = (
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="skills-title">
        <Title order={2} size="h4" id="skills-title" mb="sm">
          {t('skills.title')}
        </Title>
        {user.certifications.length > 0 && (
          <Group gap="xs" mb="sm" aria-label={t('cert.title')} role="group">
            {user.certifications.map((c) => (
              <CertificationTierBadge key={`${c.tier}-${c.fiscalYear}`} tier={c.tier} fiscalYear={c.fiscalYear} />
            ))}
          </Group>
        )}
        {publicRows === null ? (
          <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />}>
            <Text size="sm">{t('skills.privateNote', { name: user.displayName })}</Text>
          </Alert>
        ) : publicRows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('skills.noneYet')}
          </Text>
        ) : (
          <>
            <Title order={3} size="h5" id="skill-chart-title" mb="xs">
              {t('skills.chart')}
            </Title>
            <SkillBars entries={publicRows} labelledBy="skill-chart-title" />
          </>
        )}
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      {skills}
      <BadgeShelf awards={user.badges} />
    </Stack>
  );
}
