import { useTranslation } from 'react-i18next';
import type { CompiledCard, SchedulingState } from '../../core';
import { RenderedHtml } from '../../ui/rendered-html';
import { CardStateLabel } from './card-state-label';

interface InterviewSectionProps {
  headingHtml: string;
  headingId: string;
  cards: CompiledCard[];
  states: Map<string, SchedulingState> | undefined;
  now: number;
}

/**
 * The interview section as a self-test: each question with its card's
 * state, its answer folded in a native <details> (click, Enter or Space
 * unfolds it) so the reader can answer first.
 */
export function InterviewSection({ headingHtml, headingId, cards, states, now }: InterviewSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="interview-section" aria-labelledby={headingId || undefined}>
      <RenderedHtml html={headingHtml} />
      <ol className="interview-questions">
        {cards.map((card) => (
          <li key={card.id}>
            <details className="interview-question">
              <summary>
                <RenderedHtml html={card.questionHtml} className="question-text" />
                <CardStateLabel state={states?.get(card.id)} now={now} />
              </summary>
              <div className="interview-answer">
                {card.answerHtml ? (
                  <RenderedHtml html={card.answerHtml} />
                ) : (
                  <p className="muted">{t('reader.selfCheck')}</p>
                )}
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
