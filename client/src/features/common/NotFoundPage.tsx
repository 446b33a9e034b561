import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFoundState({ title, body }: { title?: string; body?: string }) {
  const t = useT();
  return (
    <Stack align="center" gap="md" py={64}>
      <ThemeIcon size={72} radius="xl" variant="light" color="banso" aria-hidden="true">
        <IconMapSearch size={38} />
      </ThemeIcon>
      <Text fw={700} c="banso.9" fz={40} lh={1} aria-hidden="true">
        404
      </Text>
      <Title order={1} ta="center">
        {title ?? t('notFound.title')}
      </Title>
      <Text c="dimmed" ta="center">
        {body ?? t('notFound.body')}
      </Text>
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return <NotFoundState />;
}
