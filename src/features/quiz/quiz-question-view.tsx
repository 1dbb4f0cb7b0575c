import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { answerText, previewText, type QuizQuestion } from '../../core';
import { RenderedHtml } from '../../ui/rendered-html';

interface QuizQuestionViewProps {
  question: QuizQuestion;
  number: number;
  total: number;
  /** The option the learner picked; null while unanswered. */
  chosen: number | null;
  onChoose: (index: number) => void;
  onNext: () => void;
}

/**
 * One question and its choices (four, or three for a table cell or code example of three systems).
 * Choices are plain text cut to a few lines: model answers are long, and
 * four rendered in full would not fit a phone screen (the full answer is
 * one click away in the note).
 */
export function QuizQuestionView({ question, number, total, chosen, onChoose, onNext }: QuizQuestionViewProps) {
  const { t } = useTranslation();
  const questionRef = useRef<HTMLDivElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const texts = useMemo(() => question.options.map((option) => previewText(answerText(option))), [question]);
  const answered = chosen !== null;

  // A new question takes focus (screen readers read it); after answering, Next does.
  useEffect(() => questionRef.current?.focus(), [question]);
  useEffect(() => {
    if (answered) nextRef.current?.focus();
  }, [answered]);

  return (
    <article className="study-card quiz-card" lang="ko" aria-labelledby="quiz-question">
      <h2 className="card-label">{t('quiz.questionNumber', { current: number, total })}</h2>
      <div id="quiz-question" className="card-question" tabIndex={-1} ref={questionRef}>
        <RenderedHtml html={question.card.questionHtml} />
      </div>
      <ol className="quiz-options" aria-label={t('quiz.choices')}>
        {texts.map((text, index) => {
          const right = answered && index === question.correct;
          const wrong = answered && index === chosen && !right;
          return (
            <li key={question.options[index]?.id ?? index}>
              <button
                type="button"
                className={`quiz-option${right ? ' quiz-right' : ''}${wrong ? ' quiz-wrong' : ''}`}
                aria-disabled={answered}
                aria-keyshortcuts={String(index + 1)}
                onClick={() => {
                  if (!answered) onChoose(index);
                }}
              >
                <span className="quiz-key" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="quiz-option-text">{text}</span>
                {right && <span className="quiz-tag">{t('quiz.rightTag')}</span>}
                {wrong && <span className="quiz-tag">{t('quiz.yourTag')}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      {answered && (
        <div className="quiz-after">
          <p
            className={`quiz-feedback ${chosen === question.correct ? 'quiz-right' : 'quiz-wrong'}`}
            aria-hidden="true"
          >
            {chosen === question.correct ? t('quiz.correct') : t('quiz.incorrect', { number: question.correct + 1 })}
          </p>
          <button type="button" className="button" ref={nextRef} onClick={onNext} aria-keyshortcuts="Enter Space">
            {number === total ? t('quiz.finish') : t('quiz.next')} <kbd>{t('quiz.nextHint')}</kbd>
          </button>
        </div>
      )}
    </article>
  );
}
