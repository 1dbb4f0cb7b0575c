import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledCard, InterviewQuestion } from '../../core';
import { RenderedHtml } from '../../ui/rendered-html';
import './interview-question-view.css';

/**
 * The question as asked: a comparison's own sentence, which is plain text
 * (drawn like a rendered front: a paragraph in a markdown block), else the
 * card's front.
 */
export function QuestionText({ card, question }: { card: CompiledCard; question: InterviewQuestion }) {
  if (question.text === null) return <RenderedHtml html={card.questionHtml} />;
  return (
    <div className="markdown">
      <p>{question.text}</p>
    </div>
  );
}

/**
 * The model answer: a card's answer as written, or, when parts are labelled
 * (the systems of a comparison), each system's name over its cell.
 */
export function ModelAnswer({ question }: { question: InterviewQuestion }) {
  const { t } = useTranslation();
  if (question.parts.every((part) => !part.card.answerHtml)) {
    return <p className="muted">{t('interview.feedback.selfCheck')}</p>;
  }
  const [only] = question.parts;
  if (question.parts.length === 1 && only?.label === null) return <RenderedHtml html={only.card.answerHtml} />;
  return (
    <dl className="model-answer-parts">
      {question.parts.map((part) => (
        <Fragment key={part.card.id}>
          <dt>{part.label}</dt>
          <dd>
            <RenderedHtml html={part.card.answerHtml} />
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
