import { Button, Card, Switch } from 'antd';
import type { ReactNode } from 'react';
import { CommitInput } from './commit-input.tsx';
import './list-filters.css';

/**
 * A registry list's filter panel: a search form (nothing submits it: each field applies itself) with
 * labelled fields in a grid. Put `FilterField`s, `SearchFilter`, `DeletedFilter` and `ClearFilters` in it.
 */
export function ListFilters({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card className={className ? `list-filters ${className}` : 'list-filters'}>
      <form
        role="search"
        aria-label={label}
        className="list-filter-grid"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        {children}
      </form>
    </Card>
  );
}

interface FilterFieldProps {
  /** The control's id, which the label names. */
  id: string;
  label: string;
  /** Two grid columns on wide screens. */
  wide?: boolean;
  children: ReactNode;
}

export function FilterField({ id, label, wide = false, children }: FilterFieldProps) {
  return (
    <div className={wide ? 'list-filter list-filter-wide' : 'list-filter'}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

interface SearchFilterProps {
  id: string;
  label: string;
  placeholder: string;
  /** The search button's name for screen readers. */
  buttonLabel: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
}

/** The free-text search, applied on Enter, the button or leaving the field. */
export function SearchFilter({ id, label, placeholder, buttonLabel, value, onCommit }: SearchFilterProps) {
  return (
    <FilterField id={id} label={label} wide>
      {/* Keyed by the URL's value: going back in history shows that query again. */}
      <CommitInput
        key={value ?? ''}
        id={id}
        search
        buttonLabel={buttonLabel}
        value={value ?? ''}
        placeholder={placeholder}
        onCommit={onCommit}
      />
    </FilterField>
  );
}

interface DeletedFilterProps {
  id: string;
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** The switch between the registry and its deleted records (for editors). */
export function DeletedFilter({ id, label, help, checked, onChange }: DeletedFilterProps) {
  return (
    <FilterField id={id} label={label}>
      <span className="list-filter-switch-row">
        <Switch id={id} checked={checked} onChange={onChange} aria-describedby={`${id}-help`} />
        <span id={`${id}-help`} className="list-filter-help">
          {help}
        </span>
      </span>
    </FilterField>
  );
}

export function ClearFilters({ label, onClear }: { label: string; onClear: () => void }) {
  return (
    <div className="list-filter list-filter-clear">
      <Button onClick={onClear}>{label}</Button>
    </div>
  );
}
