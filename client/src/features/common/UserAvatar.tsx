import { Avatar, type MantineSize } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';

const PALETTE = ['banso', 'teal', 'grape', 'orange', 'green', 'red'] as const;

/** Initials for an avatar: Japanese names use their first character, Latin names the first letters of two words. */
export function initialsOf(name: string | null | undefined): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed) return '?';
  const words = trimmed.split(/[\s\u3000]+/).filter(Boolean);
  const first = words[0] ?? trimmed;
  if (/^[A-Za-z]/.test(first)) {
    const second = words[1];
    return (first[0] + (second && /^[A-Za-z]/.test(second) ? second[0] : '')).toUpperCase();
  }
  return Array.from(first)[0] ?? '?';
}

function colorFor(key: string): (typeof PALETTE)[number] {
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

interface UserAvatarProps {
  name?: string | null;
  id?: string | null;
  size?: MantineSize | number;
  anonymous?: boolean;
  /** The person's uploaded picture (same origin, `/uploads/…`); initials when absent. Never shown for an anonymous author. */
  src?: string | null;
}

/** Locally rendered initials avatar (no external images in the closed network). Decorative: the name is always shown next to it. */
export function UserAvatar({ name, id, size = 'sm', anonymous, src }: UserAvatarProps) {
  if (anonymous || !name) {
    return (
      <Avatar size={size} radius="xl" color="gray" variant="light" aria-hidden="true">
        <IconUserQuestion size="60%" stroke={1.6} />
      </Avatar>
    );
  }
  if (src && src.startsWith('/uploads/')) {
    return <Avatar src={src} alt="" size={size} radius="xl" aria-hidden="true" />;
  }
  return (
    <Avatar size={size} radius="xl" color={colorFor(id ?? name)} variant="light" aria-hidden="true">
      {initialsOf(name)}
    </Avatar>
  );
}
