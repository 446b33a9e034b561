import { Text } from '@mantine/core';
import type { ComboboxItem, ComboboxLikeRenderOptionInput } from '@mantine/core';

/** A department in a select list, indented by its level (the option carries `name` and `depth`). */
export function renderDepartmentOption({ option }: ComboboxLikeRenderOptionInput<ComboboxItem>) {
  const { name, depth } = option as ComboboxItem & { name?: string; depth?: number };
  return (
    <Text size="sm" pl={(depth ?? 0) * 16} fw={depth === 0 ? 600 : 400}>
      {name ?? option.label}
    </Text>
  );
}
