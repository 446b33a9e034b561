import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Fieldset, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { SkillSettingsDocument, UpdateSkillSettingsDocument, type SkillSettingsFieldsFragment } from '../../gql/graphql';
import { useT, type MessageKey } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { ErrorState, PageLoader } from '../common/States';
import { FormError } from './FormError';
import { showNotice } from './notice';
import { validatePointValue, validateThresholds } from './validation';

const POINT_KEYS = ['ANSWER_ACCEPTED', 'ANSWER_POSTED', 'CASE_POSTED', 'IDEA_POSTED', 'QUESTION_POSTED', 'COMMENT_POSTED', 'STAMP_GIVEN'] as const;
const STAMP_KEYS = ['CHEER', 'HELPFUL', 'THANKS'] as const;
type PointKey = (typeof POINT_KEYS)[number];
type StampKey = (typeof STAMP_KEYS)[number];

interface Values {
  points: Record<PointKey, number | string>;
  stamps: Record<StampKey, number | string>;
  stampDailyCap: number | string;
  levelThresholds: (number | string)[];
}

function toValues(s: SkillSettingsFieldsFragment): Values {
  return {
    points: Object.fromEntries(POINT_KEYS.map((k) => [k, s[k]])) as Values['points'],
    stamps: { CHEER: s.STAMP_RECEIVED.CHEER, HELPFUL: s.STAMP_RECEIVED.HELPFUL, THANKS: s.STAMP_RECEIVED.THANKS },
    stampDailyCap: s.stampDailyCap,
    levelThresholds: [...s.levelThresholds],
  };
}

function SettingsForm({ settings }: { settings: SkillSettingsFieldsFragment }) {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdateSkillSettingsDocument);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: toValues(settings),
    validate: (v) => {
      const errors: Record<string, string | null> = {};
      POINT_KEYS.forEach((k) => (errors[`points.${k}`] = validatePointValue(v.points[k], t)));
      STAMP_KEYS.forEach((k) => (errors[`stamps.${k}`] = validatePointValue(v.stamps[k], t)));
      errors.stampDailyCap = validatePointValue(v.stampDailyCap, t);
      errors.levelThresholds = validateThresholds(v.levelThresholds, t);
      return errors;
    },
  });
  const thresholdsError = form.errors.levelThresholds as string | undefined;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        setServerError(null);
        try {
          const res = await save({
            variables: {
              input: {
                ...(Object.fromEntries(POINT_KEYS.map((k) => [k, Number(v.points[k])])) as Record<PointKey, number>),
                STAMP_RECEIVED: { CHEER: Number(v.stamps.CHEER), HELPFUL: Number(v.stamps.HELPFUL), THANKS: Number(v.stamps.THANKS) },
                stampDailyCap: Number(v.stampDailyCap),
                levelThresholds: v.levelThresholds.map(Number),
              },
            },
          });
          if (res.data) form.setInitialValues(toValues(res.data.updateSkillSettings));
          form.resetDirty();
          showNotice(t, { color: 'teal', message: t('admin.saved') });
        } catch (e) {
          setServerError(errorMessage(e, t));
        }
      })}
    >
      <Stack gap="md">
        <FormError message={serverError} />
        <Fieldset legend={t('admin.settings.points')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {POINT_KEYS.map((k) => (
              <NumberInput
                key={k}
                label={t(`admin.settings.${k}` as MessageKey)}
                min={0}
                max={1000}
                allowDecimal={false}
                suffix=" pt"
                {...form.getInputProps(`points.${k}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('admin.settings.stamps')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {STAMP_KEYS.map((k) => (
              <NumberInput
                key={k}
                label={t('admin.settings.stampReceived', { stamp: t(`stamp.${k}`) })}
                min={0}
                max={1000}
                allowDecimal={false}
                suffix=" pt"
                {...form.getInputProps(`stamps.${k}`)}
              />
            ))}
            <NumberInput
              label={t('admin.settings.stampDailyCap')}
              description={t('admin.settings.stampDailyCapHelp')}
              min={0}
              max={1000}
              allowDecimal={false}
              suffix=" pt"
              {...form.getInputProps('stampDailyCap')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('admin.settings.levels')} aria-describedby={thresholdsError ? 'thresholds-error' : undefined}>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            {[0, 1, 2, 3].map((i) => (
              <NumberInput
                key={i}
                label={t('admin.settings.levelN', { n: i + 1 })}
                min={1}
                allowDecimal={false}
                suffix=" pt"
                {...form.getInputProps(`levelThresholds.${i}`)}
                error={!!thresholdsError}
              />
            ))}
          </SimpleGrid>
          {thresholdsError && (
            <Text id="thresholds-error" c="red.9" size="sm" mt="xs" role="alert">
              {thresholdsError}
            </Text>
          )}
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
            {t('admin.settings.reset')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('admin.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SettingsAdmin() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(SkillSettingsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-title">
      <Title order={2} size="h4" id="settings-title" mb="sm">
        {t('admin.settings.title')}
      </Title>
      <Alert color="banso" variant="light" icon={<IconInfoCircle aria-hidden="true" />} mb="md">
        <Text size="sm">{t('admin.settings.note')}</Text>
      </Alert>
      {loading && !data ? (
        <PageLoader />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : data ? (
        <SettingsForm settings={data.skillSettings} />
      ) : null}
    </Paper>
  );
}
