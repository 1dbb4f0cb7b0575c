import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { buildQuiz, retryQuestions, type DistractorSource, type QuizProblem, type QuizQuestion } from '../../core';
import { allNotes } from '../../data/notes';
import { useAppStore } from '../../state/store';
import { QuizQuestionView } from './quiz-question-view';
import { QuizResults } from './quiz-results';
import { scopeChoiceFromSearch, scopeOfChoice, type ScopeChoice } from './quiz-scope-param';
import { QuizSetup, type QuizSetupValues } from './quiz-setup';
import { useQuizKeys } from './use-quiz-keys';
import { useQuizRating } from './use-quiz-rating';
import { usePageTitle } from '../../hooks/use-document-title';

interface QuizRun {
  questions: QuizQuestion[];
  widenedTo: DistractorSource | null;
  updateSchedule: boolean;
  index: number;
  /** The option picked for each question answered so far. */
  chosen: number[];
  finished: boolean;
}

/** `/quiz`: setup, then one question at a time, then the score. A new address starts over. */
export function QuizPage() {
  const [params] = useSearchParams();
  const initialScope = useMemo(() => scopeChoiceFromSearch(params), [params]);
  return <QuizFlow key={params.toString()} initialScope={initialScope} />;
}

function QuizFlow({ initialScope }: { initialScope: ScopeChoice }) {
  const { t } = useTranslation();
  usePageTitle(t('quiz.title'));
  const storageError = useAppStore((state) => state.storageError);
  const rate = useQuizRating();
  const [setupScope, setSetupScope] = useState(initialScope);
  const [problem, setProblem] = useState<QuizProblem | null>(null);
  const [run, setRun] = useState<QuizRun | null>(null);
  const [notice, setNotice] = useState('');
  const shownAt = useRef(Date.now());

  const start = (values: QuizSetupValues): void => {
    setSetupScope(values.scope);
    const plan = buildQuiz({
      notes: allNotes(),
      scope: scopeOfChoice(values.scope),
      questionCount: values.questionCount,
      seed: Date.now(),
    });
    if (!plan.ok) {
      setProblem(plan.problem);
      return;
    }
    setProblem(null);
    setNotice('');
    shownAt.current = Date.now();
    setRun({ ...plan, updateSchedule: values.updateSchedule, index: 0, chosen: [], finished: false });
  };

  const question = run && !run.finished ? run.questions[run.index] : undefined;
  const chosen = run?.chosen[run.index] ?? null;

  const choose = useCallback(
    (option: number): void => {
      if (!run || !question || run.chosen.length > run.index) return;
      setRun({ ...run, chosen: [...run.chosen, option] });
      if (run.updateSchedule && rate) {
        rate(question.card, option === question.correct, Math.max(0, Date.now() - shownAt.current)).catch(
          (error: unknown) =>
            setNotice(t('storage.saveFailed', { reason: error instanceof Error ? error.message : String(error) })),
        );
      }
    },
    [run, question, rate, t],
  );

  const next = useCallback((): void => {
    if (!run || run.chosen.length <= run.index) return;
    shownAt.current = Date.now();
    const last = run.index + 1 >= run.questions.length;
    setRun({ ...run, index: last ? run.index : run.index + 1, finished: last });
  }, [run]);

  useQuizKeys({
    answered: chosen !== null,
    choiceCount: question?.options.length ?? 0,
    onChoose: choose,
    onNext: next,
  });

  const retryMissed = (): void => {
    if (!run) return;
    const missed = run.questions.filter((q, index) => run.chosen[index] !== q.correct);
    shownAt.current = Date.now();
    setRun({ ...run, questions: retryQuestions(missed, Date.now()), index: 0, chosen: [], finished: false });
  };

  const announcement =
    question && chosen !== null
      ? chosen === question.correct
        ? t('quiz.correct')
        : t('quiz.incorrect', { number: question.correct + 1 })
      : '';

  return (
    <div className="study quiz">
      <header className="study-header">
        <h1>{t('quiz.title')}</h1>
        {question && run && (
          <p className="study-progress">
            {t('quiz.scoreSoFar', {
              correct: run.chosen.filter((option, index) => option === run.questions[index]?.correct).length,
              answered: run.chosen.length,
            })}
          </p>
        )}
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice || announcement}
      </p>
      {notice && (
        <p className="notice" aria-hidden="true">
          {notice}
        </p>
      )}
      {run?.widenedTo && !run.finished && <p className="banner quiz-widened">{t(`quiz.widened.${run.widenedTo}`)}</p>}
      {!run ? (
        <QuizSetup
          initialScope={setupScope}
          problem={problem}
          storageUnavailable={storageError !== null}
          onStart={start}
        />
      ) : question ? (
        <QuizQuestionView
          question={question}
          number={run.index + 1}
          total={run.questions.length}
          chosen={chosen}
          onChoose={choose}
          onNext={next}
        />
      ) : (
        <QuizResults
          questions={run.questions}
          chosen={run.chosen}
          onRetryMissed={retryMissed}
          onNewQuiz={() => setRun(null)}
        />
      )}
    </div>
  );
}
