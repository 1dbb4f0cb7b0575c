import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade, InterviewQuestion, SubmittedAnswer } from '../../core';
import { hasModelAnswer } from './asked-question';
import { GradeChoice } from './grade-choice';
import { HighlightedAnswer } from './highlighted-answer';
import { ModelAnswer } from './interview-question-view';
import { KeyPointList } from './key-point-list';

/**
 * After an answer: the model answer beside the learner's, each key point
 * marked covered / partly / missed, the coverage and the suggested grade,
 * and the four grades to confirm.
 */
export function AnswerFeedback({
  question,
  submitted,
  onGrade,
  busy,
}: {
  question: InterviewQuestion;
  submitted: SubmittedAnswer;
  onGrade: (grade: Grade) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const assessment = submitted.assessment;
  const percent = assessment?.percent ?? null;
  const suggested = assessment?.suggestedGrade ?? null;

  // Focus leaves the vanished textarea: for the suggested grade (Enter confirms it; its
  // description reads the coverage), or, on a self-check, for the feedback itself.
  useEffect(() => {
    if (suggested === null) heading.current?.focus();
  }, [suggested]);

  return (
    <section className="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title" ref={heading} tabIndex={-1} className="visually-hidden">
        {t('interview.feedback.title')}
      </h2>
      {submitted.timedOut && <p className="notice">{t('interview.session.timedOut')}</p>}
      <div className="feedback-columns">
        <section className="feedback-column" aria-labelledby="feedback-model">
          <h3 id="feedback-model" className="card-label">
            {t('interview.feedback.modelAnswer')}
          </h3>
          <ModelAnswer question={question} />
        </section>
        <section className="feedback-column" aria-labelledby="feedback-yours">
          <h3 id="feedback-yours" className="card-label">
            {t('interview.feedback.yourAnswer')}
          </h3>
          {submitted.answer.trim() ? (
            <HighlightedAnswer text={submitted.answer} keyPoints={assessment?.keyPoints ?? []} />
          ) : (
            <p className="muted">{t('interview.feedback.noAnswer')}</p>
          )}
        </section>
      </div>
      {assessment && assessment.keyPoints.length > 0 ? (
        <section aria-labelledby="feedback-key-points">
          <h3 id="feedback-key-points" className="card-label">
            {t('interview.feedback.keyPoints')}
          </h3>
          <KeyPointList keyPoints={assessment.keyPoints} />
          {percent !== null && (
            <p className="coverage" id="feedback-coverage">
              <strong>{t('interview.feedback.coverage', { percent: Math.round(percent) })}</strong>
            </p>
          )}
        </section>
      ) : (
        hasModelAnswer(question) && <p className="muted">{t('interview.feedback.noKeyPoints')}</p>
      )}
      {suggested !== null && (
        <p className="suggested-grade" id="feedback-suggestion">
          {t('interview.feedback.suggestedGrade', { grade: t(`study.grade.${suggested}`) })}
        </p>
      )}
      <div className="study-actions">
        <GradeChoice
          suggested={suggested}
          describedBy="feedback-coverage feedback-suggestion"
          onGrade={onGrade}
          disabled={busy}
        />
      </div>
    </section>
  );
}
