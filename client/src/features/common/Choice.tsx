import { useId, type ReactNode } from 'react';
import classes from './Choice.module.css';

/**
 * A segmented choice (one of a few, like Mantine's SegmentedControl) and a toggle chip (like its
 * Chip) built on native radio and checkbox inputs and CSS: the feed's filters are on the first
 * screen, and these two Mantine components with their moving indicator cost ~4 KB gzip there
 * (#13, initial load). Native inputs keep the keyboard (arrows within the group, Space) and roles.
 */
export function SegmentedChoice<T extends string>({
  value,
  onChange,
  data,
  size = 'sm',
  ...aria
}: {
  value: T;
  onChange: (value: T) => void;
  data: readonly { value: T; label: ReactNode }[];
  size?: 'xs' | 'sm';
  'aria-label'?: string;
  'aria-labelledby'?: string;
}) {
  const name = useId();
  return (
    <div role="radiogroup" {...aria} className={classes.segmented} data-size={size}>
      {data.map((item) => (
        <label key={item.value} className={classes.segment} data-checked={item.value === value || undefined}>
          <input type="radio" name={name} value={item.value} checked={item.value === value} onChange={() => onChange(item.value)} className={classes.input} />
          <span className={classes.segmentLabel}>{item.label}</span>
        </label>
      ))}
    </div>
  );
}

export function ToggleChip({
  checked,
  onChange,
  icon,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  icon?: ReactNode;
  children: ReactNode;
}) {
  return (
    <label className={classes.chip} data-checked={checked || undefined}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} className={classes.input} />
      {checked && icon}
      <span>{children}</span>
    </label>
  );
}
