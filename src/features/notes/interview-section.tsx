import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardRecord, CompiledCard } from '../../core';
import { CardStatusChips } from '../../ui/card-status-chips';
import { RenderedHtml } from '../../ui/rendered-html';
import { CardStateLabel } from './card-state-label';
import { QuestionCardActions } from './question-card-actions';

interface InterviewSectionProps {
  headingHtml: string;
  headingId: string;
  cards: CompiledCard[];
  states: Map<string, CardRecord> | undefined;
  now: number;
  noteTitle: string;
}

/**
 * The interview section as a self-test: each question with its card's
 * state, its answer folded in a native <details> (click, Enter or Space
 * unfolds it) so the reader can answer first, and its card's actions.
 */
export function InterviewSection({ headingHtml, headingId, cards, states, now, noteTitle }: InterviewSectionProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  return (
    <section className="interview-section" aria-labelledby={headingId || undefined}>
      <RenderedHtml html={headingHtml} />
      <ol className="interview-questions">
        {cards.map((card) => {
          const record = states?.get(card.id);
          return (
            <li key={card.id}>
              <details className="interview-question">
                <summary>
                  <RenderedHtml html={card.questionHtml} className="question-text" />
                  <span className="question-chips">
                    <CardStateLabel state={record} now={now} />
                    <CardStatusChips status={record} now={now} />
                  </span>
                </summary>
                <div className="interview-answer">
                  {card.answerHtml ? (
                    <RenderedHtml html={card.answerHtml} />
                  ) : (
                    <p className="muted">{t('reader.selfCheck')}</p>
                  )}
                </div>
              </details>
              <QuestionCardActions
                card={card}
                noteTitle={noteTitle}
                record={record}
                now={now}
                announce={setAnnouncement}
              />
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
