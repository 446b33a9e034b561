import { Card, Group, Skeleton, Stack } from '@mantine/core';

export function PostCardSkeleton() {
  return (
    <Card padding="lg" aria-hidden="true">
      <Stack gap="xs">
        <Group gap={6}>
          <Skeleton height={20} width={56} radius="sm" />
          <Skeleton height={20} width={64} radius="sm" />
        </Group>
        <Skeleton height={22} width="75%" />
        <Skeleton height={14} width="100%" />
        <Skeleton height={14} width="60%" />
        <Group justify="space-between" mt={4}>
          <Group gap={8}>
            <Skeleton height={26} circle />
            <Skeleton height={14} width={160} />
          </Group>
          <Skeleton height={14} width={120} />
        </Group>
      </Stack>
    </Card>
  );
}
