import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { RecordAdoptionDocument, type AdoptionFieldsFragment, type AdoptionStatus } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { growProps } from '../common/grow';
import { jstToday } from '../stats/fiscalYear';
import { ADOPTION_STATUSES } from './adoptionStatus';
import { LIMITS, validateAdoptedOn, validateHours, validateLength } from './validation';

interface Values {
  status: AdoptionStatus;
  adoptedOn: string;
  hoursSavedPerYear: number | string;
  note: string;
}

const FIELDS: readonly (keyof Values)[] = ['status', 'adoptedOn', 'hoursSavedPerYear', 'note'];

function valuesOf(existing: AdoptionFieldsFragment | null, today: string): Values {
  return {
    status: existing?.status ?? 'CONSIDERING',
    adoptedOn: existing?.adoptedOn ?? today,
    hoursSavedPerYear: existing?.hoursSavedPerYear ?? '',
    note: existing?.note ?? '',
  };
}

/**
 * 「自分の部署で導入を記録」: one record per case and department; recording again updates it,
 * so the form starts from the viewer's department's record when there is one. The server's
 * refusals (a future date, the case's own department, no department…) show inline.
 */
export function AdoptionForm({
  postId,
  existing,
  departmentName,
}: {
  postId: string;
  existing: AdoptionFieldsFragment | null;
  /** The viewer's department (the record is for it). */
  departmentName: string | null;
}) {
  const t = useT();
  const today = jstToday();
  const [serverError, setServerError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordAdoptionDocument);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesOf(existing, today),
    validate: {
      adoptedOn: (v, all) => (all.status === 'ADOPTED' ? validateAdoptedOn(v, today, t) : null),
      hoursSavedPerYear: (v) => validateHours(v, t),
      note: (v) => validateLength(v, LIMITS.adoptionNote, t),
    },
  });

  // Another tab or person updated this department's record: start from it (unless the viewer is typing).
  const existingVersion = existing ? `${existing.id}@${existing.updatedAt}` : null;
  useEffect(() => {
    if (form.isDirty()) return;
    const next = valuesOf(existing, today);
    form.setValues(next);
    form.resetDirty(next);
  }, [existingVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  const onSubmit = form.onSubmit(async (v) => {
    setServerError(null);
    const hours = v.hoursSavedPerYear === '' ? null : Number(v.hoursSavedPerYear);
    try {
      const { data } = await record({
        variables: {
          input: {
            postId,
            status: v.status,
            adoptedOn: v.status === 'ADOPTED' ? v.adoptedOn || null : null,
            hoursSavedPerYear: hours,
            note: v.note.trim() || null,
          },
        },
      });
      const saved = data?.recordAdoption;
      if (saved) {
        const next = valuesOf(saved, today);
        form.setValues(next);
        form.resetDirty(next);
      }
      showNotice(t, { color: 'teal', message: t(existing ? 'adoption.updated' : 'adoption.recorded') });
    } catch (e) {
      const fields = fieldErrors(e);
      const own = Object.fromEntries(Object.entries(fields).filter(([k]) => (FIELDS as readonly string[]).includes(k)));
      form.setErrors(own);
      if (Object.keys(own).length === 0) setServerError(errorMessage(e, t));
    }
  });

  const adopted = form.values.status === 'ADOPTED';

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="adoption-form-title">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id="adoption-form-title">
            {t(existing ? 'adoption.formTitleUpdate' : 'adoption.formTitle')}
          </Title>
          <Text size="sm" c="dimmed" mt={2}>
            {departmentName ? t('adoption.formFor', { department: departmentName }) : t('adoption.formHelp')}
          </Text>
        </div>
        <FormError message={serverError} />
        <Radio.Group label={t('adoption.status')} {...form.getInputProps('status')}>
          <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" verticalSpacing="sm" mt={8} maw={520}>
            {ADOPTION_STATUSES.map((s) => (
              <Radio key={s} value={s} label={t(`adoption.status.${s}`)} />
            ))}
          </SimpleGrid>
        </Radio.Group>
        <Group gap="md" align="flex-start" wrap="wrap">
          {adopted && (
            <TextInput
              type="date"
              label={t('adoption.adoptedOn')}
              description={t('adoption.adoptedOnHelp')}
              max={today}
              w={{ base: '100%', xs: 200 }}
              {...form.getInputProps('adoptedOn')}
            />
          )}
          <NumberInput
            label={t('adoption.hours')}
            description={t('adoption.hoursHelp')}
            min={0}
            max={LIMITS.hours}
            decimalScale={1}
            thousandSeparator=","
            rightSection={
              <Text size="sm" c="dimmed" aria-hidden="true">
                {t('adoption.hoursSuffix')}
              </Text>
            }
            rightSectionWidth={48}
            rightSectionPointerEvents="none"
            allowNegative={false}
            clampBehavior="none"
            w={{ base: '100%', xs: 320 }}
            {...form.getInputProps('hoursSavedPerYear')}
          />
        </Group>
        <Textarea
          label={t('adoption.note')}
          description={t('adoption.noteHelp')}
          placeholder={t('adoption.notePlaceholder')}
          {...growProps(2, 8)}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}>
            {t(existing ? 'adoption.submitUpdate' : 'adoption.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
