import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { compareText, listDecks, type QuizProblem } from '../../core';
import { useNotes } from '../../data/notes';
import { SCOPE_KINDS, type ScopeChoice, type ScopeKind } from './quiz-scope-param';

export const DEFAULT_QUESTION_COUNT = 10;
const MAX_QUESTION_COUNT = 100;

export interface QuizSetupValues {
  scope: ScopeChoice;
  questionCount: number;
  updateSchedule: boolean;
}

interface QuizSetupProps {
  initialScope: ScopeChoice;
  /** Why the last start failed; shown instead of starting. */
  problem: QuizProblem | null;
  /** Ratings cannot be saved (no IndexedDB): the schedule option is off and disabled. */
  storageUnavailable: boolean;
  onStart: (values: QuizSetupValues) => void;
}

/** The values a deck, tag or note scope offers: only notes with cards of the kinds studied. */
function useScopeOptions(): Record<Exclude<ScopeKind, 'all'>, { value: string; label: string }[]> {
  const all = useNotes();
  return useMemo(() => {
    const notes = all.filter((note) => note.cards.length > 0);
    const tags = [...new Set(notes.flatMap((note) => note.tags))].sort(compareText);
    return {
      deck: listDecks(notes).map((deck) => ({ value: deck, label: deck })),
      tag: tags.map((tag) => ({ value: tag, label: tag })),
      note: [...notes]
        .sort((a, b) => compareText(a.title, b.title))
        .map((note) => ({ value: note.id, label: note.title })),
    };
  }, [all]);
}

export function QuizSetup({ initialScope, problem, storageUnavailable, onStart }: QuizSetupProps) {
  const { t } = useTranslation();
  const ids = { count: useId(), countError: useId(), schedule: useId(), scheduleHelp: useId() };
  const options = useScopeOptions();
  const [scope, setScope] = useState(initialScope);
  const [count, setCount] = useState(String(DEFAULT_QUESTION_COUNT));
  const [updateSchedule, setUpdateSchedule] = useState(false);
  const [countInvalid, setCountInvalid] = useState(false);
  const values = scope.kind === 'all' ? [] : options[scope.kind];
  // A value from the address that no longer exists still shows, so the problem below makes sense.
  const valueOptions =
    scope.kind === 'all' || values.some((option) => option.value === scope.value)
      ? values
      : [{ value: scope.value, label: scope.value }, ...values];

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const questionCount = Number(count);
    const valid = Number.isInteger(questionCount) && questionCount >= 1 && questionCount <= MAX_QUESTION_COUNT;
    setCountInvalid(!valid);
    if (valid) onStart({ scope, questionCount, updateSchedule: updateSchedule && !storageUnavailable });
  };

  return (
    <form className="panel quiz-form" onSubmit={submit} noValidate>
      <p className="muted">{t('quiz.setup.intro')}</p>
      <fieldset>
        <legend>{t('quiz.setup.scope')}</legend>
        <div className="quiz-scope-row">
          <select
            aria-label={t('quiz.setup.scope')}
            value={scope.kind}
            onChange={(event) => {
              const kind = event.target.value as ScopeKind;
              setScope({ kind, value: kind === 'all' ? '' : (options[kind][0]?.value ?? '') });
            }}
          >
            {SCOPE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`quiz.setup.kind.${kind}`)}
              </option>
            ))}
          </select>
          {scope.kind !== 'all' && (
            <select
              aria-label={t(`quiz.setup.choose.${scope.kind}`)}
              value={scope.value}
              onChange={(event) => setScope({ ...scope, value: event.target.value })}
            >
              {valueOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.count}>{t('quiz.setup.count')}</label>
        <input
          id={ids.count}
          type="number"
          min={1}
          max={MAX_QUESTION_COUNT}
          step={1}
          inputMode="numeric"
          value={count}
          aria-invalid={countInvalid}
          aria-describedby={countInvalid ? ids.countError : undefined}
          onChange={(event) => setCount(event.target.value)}
        />
        {countInvalid && (
          <p id={ids.countError} className="field-error" role="alert">
            {t('quiz.setup.countInvalid', { max: MAX_QUESTION_COUNT })}
          </p>
        )}
      </div>
      <div className="field">
        <label className="checkbox" htmlFor={ids.schedule}>
          <input
            id={ids.schedule}
            type="checkbox"
            checked={updateSchedule && !storageUnavailable}
            disabled={storageUnavailable}
            aria-describedby={ids.scheduleHelp}
            onChange={(event) => setUpdateSchedule(event.target.checked)}
          />
          {t('quiz.setup.updateSchedule')}
        </label>
        <p id={ids.scheduleHelp} className="field-hint muted">
          {storageUnavailable ? t('quiz.setup.updateScheduleUnavailable') : t('quiz.setup.updateScheduleHelp')}
        </p>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {t(`quiz.problem.${problem}`)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button">
          {t('quiz.setup.start')}
        </button>
      </div>
    </form>
  );
}
