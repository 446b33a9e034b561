import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPhone } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { useViewer } from '../auth/ViewerContext';

interface Props {
  user: { id: string; extension?: string | null; bio?: string | null; expertise?: string[] | null };
}

/** 内線番号, 自己紹介 and 得意分野 on a profile page, and 「プロフィールを編集」 on one's own. */
export function ProfileAbout({ user }: Props) {
  const t = useT();
  const viewer = useViewer();
  const own = viewer?.id === user.id;
  const expertise = user.expertise ?? [];
  if (!own && !user.extension && !user.bio && expertise.length === 0) return null;
  return (
    <Stack gap={6}>
      {user.extension && (
        <Group gap={6} wrap="nowrap">
          <IconPhone size={18} aria-hidden="true" color="var(--mantine-color-gray-7)" />
          <Text size="sm">
            {t('profile.extension')}: <strong>{user.extension}</strong>
          </Text>
        </Group>
      )}
      {user.bio && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} maw={720}>
          {user.bio}
        </Text>
      )}
      {expertise.length > 0 && (
        <Group gap={6} aria-label={t('profile.expertise')} role="list">
          <Text size="sm" c="dimmed" component="span">
            {t('profile.expertise')}:
          </Text>
          {expertise.map((e) => (
            <Badge key={e} variant="outline" color="banso" role="listitem" style={{ textTransform: 'none' }}>
              {e}
            </Badge>
          ))}
        </Group>
      )}
      {own && (
        <Group>
          <Button component={Link} to="/account/profile" variant="light" size="xs" leftSection={<IconPencil size={14} aria-hidden="true" />}>
            {t('profile.edit')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
