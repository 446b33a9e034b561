import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, Paper, Select, Skeleton, Stack, TagsInput, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { GrantCertificationDocument, RevokeCertificationDocument, SkillRecordDocument, type CertificationTier } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { growProps } from '../common/grow';
import { ErrorState } from '../common/States';
import { CertificationTierBadge } from '../skills/CertificationTierBadge';
import { CERT_TIERS } from '../skills/certTiers';
import { EvidenceLink } from '../skills/ProfileSkills';
import { fiscalYearOf, formatFiscalYearLong } from '../skills/skillFormat';
import { FormError } from './FormError';
import { showNotice } from './notice';
import { PersonPicker } from './PersonPicker';
import { normalizeEvidence, validateEvidence, validateRequired } from './validation';

interface CertValues {
  tier: CertificationTier;
  fiscalYear: number | string;
  note: string;
  evidence: string[];
}

function validateYear(v: number | string, t: ReturnType<typeof useT>) {
  const n = Number(v);
  return v === '' || !Number.isInteger(n) || n < 2000 || n > 2100 ? t('admin.v.fiscalYear') : null;
}

function RevokeModal({ userId, target, onClose }: { userId: string; target: { tier: CertificationTier; fiscalYear: number } | null; onClose: () => void }) {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [revoke, { loading }] = useMutation(RevokeCertificationDocument, {
    refetchQueries: [{ query: SkillRecordDocument, variables: { userId } }],
    awaitRefetchQueries: true,
  });
  const form = useForm({ mode: 'controlled', initialValues: { note: '' }, validate: { note: (v) => validateRequired(v, t, 500) } });
  return (
    <Modal opened={!!target} onClose={onClose} title={target ? t('admin.cert.revokeTitle', { tier: t(`cert.tier.${target.tier}`) }) : ''}>
      {target && (
        <form
          noValidate
          onSubmit={form.onSubmit(async (v) => {
            setServerError(null);
            try {
              await revoke({ variables: { input: { userId, tier: target.tier, fiscalYear: target.fiscalYear, note: v.note.trim() } } });
              showNotice(t, { color: 'teal', message: t('admin.cert.revoked') });
              onClose();
            } catch (e) {
              setServerError(errorMessage(e, t));
            }
          })}
        >
          <Stack gap="sm">
            <FormError message={serverError} />
            <Textarea label={t('admin.cert.revokeNote')} {...growProps(2)} aria-required data-autofocus {...form.getInputProps('note')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" color="red" loading={loading}>
                {t('admin.cert.revoke')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function PersonCertifications({ userId }: { userId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(SkillRecordDocument, { variables: { userId }, fetchPolicy: 'cache-and-network' });
  const [revoking, setRevoking] = useState<{ tier: CertificationTier; fiscalYear: number } | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [grant, { loading: granting }] = useMutation(GrantCertificationDocument, {
    refetchQueries: [{ query: SkillRecordDocument, variables: { userId } }],
    awaitRefetchQueries: true,
  });
  const form = useForm<CertValues>({
    mode: 'controlled',
    initialValues: { tier: 'ADVISOR', fiscalYear: fiscalYearOf(), note: '', evidence: [] },
    validate: {
      fiscalYear: (v) => validateYear(v, t),
      note: (v) => validateRequired(v, t, 500),
      evidence: (v) => validateEvidence(v, t),
    },
  });
  const record = data?.skillRecord;

  return (
    <Stack gap="md">
      <section aria-labelledby="cert-current-title">
        <Title order={3} size="h5" id="cert-current-title" mb="xs">
          {t('admin.cert.current')}
        </Title>
        {loading && !record ? (
          <Skeleton h={24} w={200} />
        ) : error && !record ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !record || record.certifications.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('cert.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" className="plain-list">
            {record.certifications.map((c) => (
              <li key={`${c.tier}-${c.fiscalYear}`}>
                <Group gap="sm">
                  <CertificationTierBadge tier={c.tier} fiscalYear={c.fiscalYear} />
                  {c.note && (
                    <Text size="xs" c="dimmed">
                      {c.note}
                    </Text>
                  )}
                  {(c.evidence ?? []).map((ev) => (
                    <EvidenceLink key={ev} value={ev} />
                  ))}
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    onClick={() => setRevoking({ tier: c.tier, fiscalYear: c.fiscalYear })}
                    aria-label={t('admin.cert.revokeLabel', { tier: t(`cert.tier.${c.tier}`), year: formatFiscalYearLong(c.fiscalYear, locale) })}
                  >
                    {t('admin.cert.revoke')}
                  </Button>
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {record && record.certificationHistory.length > 0 && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('admin.cert.historyCount', { n: record.certificationHistory.length })}
          </Text>
        )}
      </section>

      <form
        noValidate
        aria-labelledby="cert-grant-title"
        onSubmit={form.onSubmit(async (v) => {
          setServerError(null);
          try {
            await grant({
              variables: {
                input: { userId, tier: v.tier, fiscalYear: Number(v.fiscalYear), note: v.note.trim(), evidence: v.evidence.map((e) => normalizeEvidence(e)) },
              },
            });
            showNotice(t, { color: 'teal', message: t('admin.cert.granted', { tier: t(`cert.tier.${v.tier}`) }) });
            form.setValues({ note: '', evidence: [] });
          } catch (e) {
            setServerError(errorMessage(e, t));
          }
        })}
      >
        <Title order={3} size="h5" id="cert-grant-title" mb="xs">
          {t('admin.cert.grant')}
        </Title>
        <Stack gap="sm">
          <FormError message={serverError} />
          <Group align="flex-start" wrap="wrap">
            <Select
              label={t('admin.cert.tier')}
              data={CERT_TIERS.map((tier) => ({ value: tier, label: t(`cert.tier.${tier}`) }))}
              allowDeselect={false}
              w={220}
              {...form.getInputProps('tier')}
            />
            <NumberInput
              label={t('admin.cert.fiscalYear')}
              description={Number.isInteger(Number(form.values.fiscalYear)) ? formatFiscalYearLong(Number(form.values.fiscalYear), locale) : undefined}
              min={2000}
              max={2100}
              allowDecimal={false}
              thousandSeparator={false}
              w={200}
              {...form.getInputProps('fiscalYear')}
            />
          </Group>
          <Textarea
            label={t('admin.cert.note')}
            placeholder={t('admin.cert.notePlaceholder')}
            {...growProps(2)}
            aria-required
            {...form.getInputProps('note')}
          />
          <TagsInput
            label={t('admin.cert.evidence')}
            description={t('admin.cert.evidenceHelp')}
            placeholder="/posts/42"
            clearable
            {...form.getInputProps('evidence')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={granting} leftSection={<IconCertificate size={16} aria-hidden="true" />}>
              {t('admin.cert.grantButton')}
            </Button>
          </Group>
        </Stack>
      </form>
      <RevokeModal key={revoking ? `${revoking.tier}-${revoking.fiscalYear}` : 'none'} userId={userId} target={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}

export function CertificationsAdmin() {
  const t = useT();
  const [userId, setUserId] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cert-admin-title">
      <Title order={2} size="h4" id="cert-admin-title" mb={4}>
        {t('admin.cert.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('admin.cert.help')}
      </Text>
      <Stack gap="lg">
        <PersonPicker value={userId} onChange={setUserId} />
        {userId ? (
          <PersonCertifications key={userId} userId={userId} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('admin.cert.choose')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
