import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLookupOptions, type LookupKind, type LookupOption } from '../api/lookups';
import { useTranslation } from '../i18n';

export interface LookupProps {
  label: string;
  kind: LookupKind;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Narrows the choices, e.g. `{ warehouseId: 'WH1' }` for locations. */
  scope?: Record<string, string>;
  required?: boolean;
  name?: string;
  disabled?: boolean;
}

/**
 * A field that refers to a record by id (an item, a location, a warehouse, an owner, a source system): typing
 * searches the list route (id or name contains) and offers the matches; arrow keys and Enter, or a click,
 * choose one. An ARIA combobox, so a screen reader announces the choices. The typed text stays the value, so
 * a scanner or a pasted id works too, and the server checks the id as always.
 */
export function Lookup({ label, kind, value, onChange, hint, error, scope, required, name, disabled }: LookupProps) {
  const { t } = useTranslation('table');
  const id = useId();
  const listId = `${id}-options`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useLookupOptions(kind, value, scope, open);
  const choices: LookupOption[] = options.data ?? [];
  const choose = (option: LookupOption) => {
    onChange(option.value);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, choices.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && open && active >= 0 && choices[active]) {
      event.preventDefault();
      choose(choices[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };
  // Once the text is exactly the one match, the choice is made: the list gets out of the way.
  const settled = choices.length === 1 && choices[0]?.value === value;
  const showList = open && !disabled && !settled;
  return (
    <div className="qs-field qs-lookup">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${id}-option-${String(active)}` : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        required={required}
        disabled={disabled}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {/* Only while open, and named apart from the field: the field's label finds the field alone. */}
      {showList && choices.length > 0 && (
        <ul id={listId} role="listbox" aria-label={t('lookup.choices')} className="qs-lookup-options">
          {choices.map((option, i) => (
            <li
              key={option.value}
              id={`${id}-option-${String(i)}`}
              role="option"
              aria-selected={i === active}
              // Chosen before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
            >
              {option.value}
              {option.label && <small>{option.label}</small>}
            </li>
          ))}
        </ul>
      )}
      {showList && options.isFetched && choices.length === 0 && value.trim() !== '' && (
        <span className="qs-hint" role="status">
          {t('lookup.none', { text: value })}
        </span>
      )}
      {hint && (
        <span className="qs-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="qs-field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
