import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../test-utils';
import { TagsField } from './TagsField';

function Harness({ onChange, max = 5 }: { onChange?: (v: string[]) => void; max?: number }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <TagsField
      label="タグ"
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange?.(v);
      }}
      data={['RPA', 'AI-OCR', '窓口']}
      maxTags={max}
    />
  );
}

describe('TagsField', () => {
  it('is the only element labelled 「タグ」', () => {
    renderWithProviders(<Harness />);
    expect(screen.getAllByLabelText('タグ')).toHaveLength(1);
  });

  it('adds tags with Enter and with 「、」, ignoring duplicates', async () => {
    const onChange = jest.fn();
    const user = userEvent.setup();
    renderWithProviders(<Harness onChange={onChange} />);
    const input = screen.getByLabelText('タグ');
    await user.type(input, '窓口DX{Enter}');
    await user.type(input, 'kintone、');
    await user.type(input, '窓口DX{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['窓口DX', 'kintone']);
  });

  it('does not add a tag while an IME is composing', () => {
    const onChange = jest.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    const input = screen.getByLabelText('タグ');
    fireEvent.change(input, { target: { value: 'まどぐち' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops at the maximum number of tags', async () => {
    const onChange = jest.fn();
    const user = userEvent.setup();
    renderWithProviders(<Harness onChange={onChange} max={2} />);
    const input = screen.getByLabelText('タグ');
    await user.type(input, 'a{Enter}b{Enter}c{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['a', 'b']);
  });

  it('removes the last tag with Backspace on an empty input', async () => {
    const onChange = jest.fn();
    const user = userEvent.setup();
    renderWithProviders(<Harness onChange={onChange} />);
    const input = screen.getByLabelText('タグ');
    await user.type(input, 'a{Enter}b{Enter}{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith(['a']);
  });
});
