import { Combobox, Pill, PillsInput, useCombobox } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';

interface TagsFieldProps {
  label: string;
  description?: ReactNode;
  placeholder?: string;
  value: string[];
  onChange: (value: string[]) => void;
  /** Suggestions (already filtered by the server, most relevant first). */
  data?: string[];
  /** Controlled search text (optional). */
  searchValue?: string;
  onSearchChange?: (value: string) => void;
  maxTags?: number;
  error?: ReactNode;
  splitChars?: string[];
}

/**
 * A tags input: type and press Enter (or a comma / 「、」) to add; Backspace removes the last one.
 * Built on Mantine Combobox so that only the input carries the visible label (the suggestion
 * list is named 「入力候補」), which keeps `getByLabel('タグ')` unambiguous. IME-safe: Enter while
 * composing Japanese text does not add a tag.
 */
export function TagsField({
  label,
  description,
  placeholder,
  value,
  onChange,
  data = [],
  searchValue,
  onSearchChange,
  maxTags = Infinity,
  error,
  splitChars = [',', '、', '，'],
}: TagsFieldProps) {
  const t = useT();
  const id = useId();
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
    onDropdownOpen: () => combobox.updateSelectedOptionIndex('active'),
  });
  const [innerSearch, setInnerSearch] = useState('');
  const search = searchValue ?? innerSearch;
  const setSearch = (v: string) => {
    setInnerSearch(v);
    onSearchChange?.(v);
  };
  const full = value.length >= maxTags;

  const add = (raw: string) => {
    const parts = raw
      .split(new RegExp(`[${splitChars.map((c) => `\\${c}`).join('')}]`))
      .map((s) => s.trim())
      .filter(Boolean);
    const next = [...value];
    for (const part of parts) {
      if (next.length >= maxTags) break;
      if (!next.some((v) => v.toLowerCase() === part.toLowerCase())) next.push(part);
    }
    if (next.length !== value.length) onChange(next);
    setSearch('');
  };

  const remove = (tag: string) => onChange(value.filter((v) => v !== tag));

  const q = search.trim().toLowerCase();
  const options = data
    .filter((d) => !value.includes(d) && (!q || d.toLowerCase().includes(q)))
    .slice(0, 10)
    .map((d) => (
      <Combobox.Option value={d} key={d}>
        {d}
      </Combobox.Option>
    ));

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(v) => {
        add(v);
        combobox.closeDropdown();
      }}
      withinPortal
    >
      <Combobox.DropdownTarget>
        <PillsInput label={label} description={description} error={error} id={id} onClick={() => combobox.openDropdown()}>
          <Pill.Group>
            {value.map((tag) => (
              <Pill key={tag} withRemoveButton onRemove={() => remove(tag)}>
                {tag}
              </Pill>
            ))}
            <Combobox.EventsTarget>
              <PillsInput.Field
                id={id}
                value={search}
                placeholder={full ? undefined : placeholder}
                readOnly={full}
                onFocus={() => combobox.openDropdown()}
                onBlur={() => {
                  if (search.trim()) add(search);
                  combobox.closeDropdown();
                }}
                onChange={(event) => {
                  const next = event.currentTarget.value;
                  if (splitChars.some((c) => next.endsWith(c))) {
                    add(next);
                  } else {
                    setSearch(next);
                    combobox.openDropdown();
                    combobox.updateSelectedOptionIndex();
                  }
                }}
                onKeyDown={(event) => {
                  if (event.nativeEvent.isComposing || event.nativeEvent.keyCode === 229) return;
                  if (event.key === 'Enter') {
                    if (combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1) return;
                    if (search.trim()) {
                      event.preventDefault();
                      add(search);
                    }
                  } else if (event.key === 'Backspace' && search.length === 0 && value.length > 0) {
                    event.preventDefault();
                    remove(value[value.length - 1]);
                  }
                }}
              />
            </Combobox.EventsTarget>
          </Pill.Group>
        </PillsInput>
      </Combobox.DropdownTarget>
      <Combobox.Dropdown hidden={options.length === 0 || full}>
        <Combobox.Options aria-label={t('form.suggestions')}>{options}</Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
