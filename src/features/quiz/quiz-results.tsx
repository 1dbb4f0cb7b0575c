import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answerText, notePath, previewText, type QuizQuestion } from '../../core';
import { RenderedHtml } from '../../ui/rendered-html';
import './quiz-results.css';

interface QuizResultsProps {
  questions: readonly QuizQuestion[];
  /** The option picked for each question, in order. */
  chosen: readonly number[];
  onRetryMissed: () => void;
  onNewQuiz: () => void;
}

/** The score, then every missed question with its right answer, and a way to retry just those. */
export function QuizResults({ questions, chosen, onRetryMissed, onNewQuiz }: QuizResultsProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const missed = questions.filter((question, index) => chosen[index] !== question.correct);
  const correct = questions.length - missed.length;

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="panel quiz-results" aria-labelledby="quiz-results-title">
      <h2 id="quiz-results-title" tabIndex={-1} ref={headingRef}>
        {t('quiz.done.title')}
      </h2>
      <p className="quiz-score">
        {t('quiz.done.score', {
          correct,
          total: questions.length,
          percent: Math.round((100 * correct) / questions.length),
        })}
      </p>
      {missed.length === 0 ? (
        <p>{t('quiz.done.allCorrect')}</p>
      ) : (
        <>
          <h3>{t('quiz.done.missedTitle')}</h3>
          <ol className="quiz-missed" lang="ko">
            {missed.map((question) => (
              <li key={question.card.id}>
                <RenderedHtml html={question.card.questionHtml} className="quiz-missed-question" />
                <p>
                  <span className="muted">{t('quiz.done.rightAnswer')}: </span>
                  {previewText(answerText(question.card))}
                </p>
                <Link to={notePath(question.card.noteId)}>{t('quiz.done.openNote')}</Link>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="actions">
        {missed.length > 0 && (
          <button type="button" className="button" onClick={onRetryMissed}>
            {t('quiz.done.retryMissed', { count: missed.length })}
          </button>
        )}
        <button type="button" className={missed.length > 0 ? 'button secondary' : 'button'} onClick={onNewQuiz}>
          {t('quiz.done.newQuiz')}
        </button>
      </div>
    </section>
  );
}
