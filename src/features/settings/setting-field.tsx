import { useId, useRef, useState, type InputHTMLAttributes } from 'react';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

interface SettingFieldProps<T> {
  label: string;
  help: string;
  /** The stored value; the field follows it when it changes elsewhere. */
  value: T;
  format: (value: T) => string;
  parse: (raw: string) => Parsed<T>;
  /** Saves (or asks first); false = not applied, so the field shows the stored value again. */
  onCommit: (value: T) => Promise<boolean>;
  /** Any edit: the last "saved" status no longer describes the field. */
  onEdit: () => void;
  /** A caution for a valid value typed so far (e.g. a retention above 0.95). */
  warning?: (value: T) => string | null;
  input?: InputHTMLAttributes<HTMLInputElement>;
}

/**
 * One setting typed by the learner: saved on blur or Enter (never while an
 * IME is composing), refused with a message when invalid, so an invalid
 * value is never stored.
 */
export function SettingField<T>({
  label,
  help,
  value,
  format,
  parse,
  onCommit,
  onEdit,
  warning,
  input,
}: SettingFieldProps<T>) {
  const ids = { input: useId(), help: useId(), error: useId(), warning: useId() };
  const stored = format(value);
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  // Follow a value changed elsewhere (another tab, a reschedule) unless the learner is editing.
  const [synced, setSynced] = useState(stored);
  if (synced !== stored) {
    setSynced(stored);
    setDraft(stored);
    setError(null);
  }
  // Enter then blur (or a dialog taking focus) must not save twice or ask twice.
  const committing = useRef(false);

  const commit = async (raw: string): Promise<void> => {
    if (committing.current) return;
    const parsed = parse(raw);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    if (format(parsed.value) === stored) {
      setDraft(stored);
      return;
    }
    committing.current = true;
    try {
      if (!(await onCommit(parsed.value))) setDraft(stored);
    } finally {
      committing.current = false;
    }
  };

  const typed = parse(draft);
  const caution = typed.ok && warning ? warning(typed.value) : null;
  const describedBy = [error && ids.error, caution && ids.warning, ids.help].filter(Boolean).join(' ');

  return (
    <div className="field">
      <label htmlFor={ids.input}>{label}</label>
      <input
        id={ids.input}
        {...input}
        value={draft}
        aria-describedby={describedBy}
        aria-invalid={error !== null}
        onChange={(event) => {
          setDraft(event.target.value);
          onEdit();
        }}
        onBlur={(event) => void commit(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          // Chromium clicks a button on Enter's keypress: if the commit opens a dialog and focus
          // moves to its first choice, this Enter must not also choose it.
          event.preventDefault();
          void commit(event.currentTarget.value);
        }}
      />
      {error && (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      )}
      {caution && (
        <p id={ids.warning} className="field-warning">
          {caution}
        </p>
      )}
      <p id={ids.help} className="muted field-help">
        {help}
      </p>
    </div>
  );
}
