import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  compareText,
  DEFAULT_INTERVIEW_SETTINGS,
  INTERVIEW_KINDS,
  listDecks,
  MAX_QUESTION_COUNT,
  MIN_QUESTION_COUNT,
  type AnswerMode,
  type EmptyPlanReason,
} from '../../core';
import { useNotes } from '../../data/notes';
import { formatDateTime } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import {
  DIFFICULTIES,
  SOURCE_KINDS,
  sourceFromSearch,
  sourceOfChoice,
  type SourceChoice,
  type SourceKind,
} from './setup-source';
import { startInterview } from './start-interview';
import { useInterviewSessions } from './use-interview-session';
import { usePageTitle } from '../../hooks/use-document-title';

const TIME_LIMIT_MINUTES = [1, 2, 3, 5, 10];
const NO_LIMIT = 'none';

/** The values each source kind offers, from the notes with a card an interviewer asks (a code drill is not one). */
function useSourceOptions(): Record<'deck' | 'tag' | 'difficulty' | 'note', { value: string; label: string }[]> {
  const { t } = useTranslation();
  const all = useNotes();
  return useMemo(() => {
    const notes = all.filter((note) => note.cards.some((card) => INTERVIEW_KINDS.has(card.kind)));
    const tags = [...new Set(notes.flatMap((note) => note.tags))].sort(compareText);
    return {
      deck: listDecks(notes).map((deck) => ({ value: deck, label: deck })),
      tag: tags.map((tag) => ({ value: tag, label: tag })),
      difficulty: DIFFICULTIES.map((d) => ({ value: d, label: t(`difficulty.${d}`) })),
      note: [...notes]
        .sort((a, b) => compareText(a.title, b.title))
        .map((note) => ({ value: note.id, label: note.title })),
    };
  }, [t, all]);
}

export function InterviewSetupPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('interview.setup.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const storageError = useAppStore((state) => state.storageError);
  const options = useSourceOptions();
  const sessions = useInterviewSessions();
  const inProgress = sessions?.find((session) => session.status === 'in-progress');

  const [source, setSource] = useState<SourceChoice>(() => sourceFromSearch(params));
  const [count, setCount] = useState(String(DEFAULT_INTERVIEW_SETTINGS.questionCount));
  const [limit, setLimit] = useState(String((DEFAULT_INTERVIEW_SETTINGS.timeLimitMs ?? 0) / 60_000 || NO_LIMIT));
  const [mode, setMode] = useState<AnswerMode>(DEFAULT_INTERVIEW_SETTINGS.answerMode);
  const [problem, setProblem] = useState<EmptyPlanReason | 'count' | 'storage' | null>(null);
  const [busy, setBusy] = useState(false);

  const chooseKind = (kind: SourceKind): void => {
    const values = kind === 'all' || kind === 'due-first' ? [] : options[kind];
    setSource({ kind, value: values[0]?.value ?? '' });
    setProblem(null);
  };

  const start = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const questionCount = Number(count);
    if (!Number.isInteger(questionCount) || questionCount < MIN_QUESTION_COUNT || questionCount > MAX_QUESTION_COUNT) {
      setProblem('count');
      return;
    }
    setBusy(true);
    try {
      const result = await startInterview(
        {
          source: sourceOfChoice(source),
          questionCount,
          timeLimitMs: limit === NO_LIMIT ? null : Number(limit) * 60_000,
          answerMode: mode,
        },
        Date.now(),
      );
      if (result.ok) {
        void navigate(`/interview/session/${result.sessionId}`);
        return;
      }
      setProblem(result.reason);
    } catch {
      setProblem('storage');
    }
    setBusy(false);
  };

  const valueOptions = source.kind === 'all' || source.kind === 'due-first' ? null : options[source.kind];
  // A preselected deck, tag or note that no longer exists stays selectable, so the plan can say why it is empty.
  const shownOptions =
    valueOptions && source.value && !valueOptions.some((o) => o.value === source.value)
      ? [{ value: source.value, label: source.value }, ...valueOptions]
      : valueOptions;
  const problemText =
    problem === 'count'
      ? t('interview.setup.countInvalid', { min: MIN_QUESTION_COUNT, max: MAX_QUESTION_COUNT })
      : problem === 'storage'
        ? t('interview.setup.storage')
        : problem
          ? t(`interview.setup.empty.${problem}`)
          : '';

  return (
    <div className="interview-setup">
      <section className="panel">
        <h1>{t('interview.setup.title')}</h1>
        <p>{t('interview.setup.intro')}</p>
        <p className="actions">
          {inProgress && (
            <Link className="button secondary small" to={`/interview/session/${inProgress.id}`}>
              {t('interview.setup.resume', { date: formatDateTime(inProgress.startedAt, i18n.language) })}
            </Link>
          )}
          <Link className="button secondary small" to="/interview/history">
            {t('interview.setup.history')}
          </Link>
        </p>
      </section>
      {storageError ? (
        <p className="panel" role="alert">
          {t('interview.setup.storage')}
        </p>
      ) : (
        <form className="panel settings interview-form" onSubmit={(event) => void start(event)} noValidate>
          <fieldset className="field">
            <legend>{t('interview.setup.source')}</legend>
            <div className="source-row">
              <select
                aria-label={t('interview.setup.source')}
                value={source.kind}
                onChange={(event) => chooseKind(event.target.value as SourceKind)}
              >
                {SOURCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`interview.setup.kind.${kind}`)}
                  </option>
                ))}
              </select>
              {shownOptions && source.kind !== 'all' && source.kind !== 'due-first' && (
                <select
                  aria-label={t(`interview.setup.choose.${source.kind}`)}
                  value={source.value}
                  onChange={(event) => {
                    setSource({ ...source, value: event.target.value });
                    setProblem(null);
                  }}
                >
                  {shownOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              )}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor="interview-count">{t('interview.setup.count')}</label>
            <input
              id="interview-count"
              type="number"
              inputMode="numeric"
              min={MIN_QUESTION_COUNT}
              max={MAX_QUESTION_COUNT}
              value={count}
              aria-invalid={problem === 'count'}
              onChange={(event) => {
                setCount(event.target.value);
                setProblem(null);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="interview-limit">{t('interview.setup.timeLimit')}</label>
            <select id="interview-limit" value={limit} onChange={(event) => setLimit(event.target.value)}>
              {TIME_LIMIT_MINUTES.map((minutes) => (
                <option key={minutes} value={String(minutes)}>
                  {t('interview.setup.minutes', { count: minutes })}
                </option>
              ))}
              <option value={NO_LIMIT}>{t('interview.setup.noLimit')}</option>
            </select>
          </div>
          <fieldset className="field">
            <legend>{t('interview.setup.mode')}</legend>
            <div className="radio-row">
              {(['typed', 'spoken'] as const).map((value) => (
                <label key={value} className="radio">
                  <input
                    type="radio"
                    name="answer-mode"
                    value={value}
                    checked={mode === value}
                    onChange={() => setMode(value)}
                  />
                  {t(`interview.setup.${value}`)}
                </label>
              ))}
            </div>
            {mode === 'spoken' && <p className="muted field-hint">{t('interview.setup.spokenHint')}</p>}
          </fieldset>
          {problemText && (
            <p className="field-error" role="alert">
              {problemText}
            </p>
          )}
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('interview.setup.starting') : t('interview.setup.start')}
          </button>
        </form>
      )}
    </div>
  );
}
