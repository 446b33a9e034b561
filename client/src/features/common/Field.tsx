import { useId, type ChangeEvent, type CSSProperties, type InputHTMLAttributes, type ReactNode } from 'react';
import classes from './Field.module.css';

/**
 * A labelled native <select> and a search input with the look of Mantine's NativeSelect and
 * TextInput, for the header's search box and the feed's filters — the first screen, where
 * Mantine's input family costs ~5 KB gzip (#13, initial load). Forms elsewhere keep Mantine's.
 */
export function SelectField({
  label,
  data,
  value,
  onChange,
  miw,
  style,
  'data-testid': testId,
}: {
  label: ReactNode;
  data: readonly { value: string; label: string }[];
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  miw?: number;
  style?: CSSProperties;
  'data-testid'?: string;
}) {
  const id = useId();
  return (
    <div className={classes.field} style={{ minWidth: miw, ...style }}>
      <label htmlFor={id} className={classes.label}>
        {label}
      </label>
      <select id={id} className={`${classes.control} ${classes.select}`} value={value} onChange={onChange} data-testid={testId}>
        {data.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SearchInput({ icon, className, ...input }: InputHTMLAttributes<HTMLInputElement> & { icon: ReactNode }) {
  return (
    <div className={`${classes.search} ${className ?? ''}`}>
      <span className={classes.icon}>{icon}</span>
      <input type="search" {...input} className={classes.control} />
    </div>
  );
}
