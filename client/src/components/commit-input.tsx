import { SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState, type ChangeEvent } from 'react';

interface CommitInputProps {
  id: string;
  value: string;
  placeholder: string;
  search?: boolean;
  /** The search button's name for screen readers. */
  buttonLabel?: string;
  onCommit: (value: string | undefined) => void;
}

/**
 * A text filter applied on Enter (or the search button, or leaving the field), not on every key:
 * each applied search is one step in the browser history, not one per letter.
 */
export function CommitInput({ id, value, placeholder, search = false, buttonLabel, onCommit }: CommitInputProps) {
  const [text, setText] = useState(value);
  const commit = (next: string) => {
    const trimmed = next.trim();
    if (trimmed !== value) onCommit(trimmed === '' ? undefined : trimmed);
  };
  const common = {
    id,
    value: text,
    placeholder,
    allowClear: true,
    autoComplete: 'off',
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setText(event.target.value);
      // Clearing the box clears the filter at once.
      if (event.target.value === '') commit('');
    },
    onBlur: () => {
      commit(text);
    },
  };
  return search ? (
    <Input.Search
      {...common}
      type="search"
      onSearch={commit}
      enterButton={<Button type="primary" icon={<SearchOutlined aria-hidden />} aria-label={buttonLabel} />}
    />
  ) : (
    <Input
      {...common}
      onPressEnter={() => {
        commit(text);
      }}
    />
  );
}
