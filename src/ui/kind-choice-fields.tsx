import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type CardKind, type KindChoice, type KindCounts } from '../core';

/** Where the settings page holds the choice every deck follows: /settings#card-kinds, linked from a deck's page. */
export const CARD_KINDS_SECTION_ID = 'card-kinds';

interface KindChoiceFieldsProps {
  legend: string;
  choice: KindChoice;
  /** Cards of each kind in what the choice covers; shown beside each kind when given. */
  counts?: KindCounts;
  onChange: (choice: KindChoice) => void;
  disabled?: boolean;
  /** What follows the choices inside the group: where the choice comes from, what else can be set. */
  children?: ReactNode;
}

/** One checkbox per kind of card, with what each kind is and, when given, how many cards it has. */
export function KindChoiceFields({ legend, choice, counts, onChange, disabled, children }: KindChoiceFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (kind: CardKind, on: boolean): void => onChange({ ...choice, [kind]: on });
  const noneOn = CARD_KINDS.every((kind) => !choice[kind]);
  return (
    <fieldset className="settings-group kind-choice">
      <legend>{legend}</legend>
      {CARD_KINDS.map((kind) => (
        <div key={kind} className="field field-check">
          <input
            id={`${id}-${kind}`}
            type="checkbox"
            checked={choice[kind]}
            disabled={disabled}
            aria-describedby={`${id}-${kind}-hint`}
            onChange={(event) => toggle(kind, event.target.checked)}
          />
          <label htmlFor={`${id}-${kind}`}>
            {t(`cardKinds.name.${kind}`)}
            {counts && <span className="muted"> · {t('cardKinds.cardCount', { count: counts[kind] })}</span>}
          </label>
          <p id={`${id}-${kind}-hint`} className="field-help">
            {t(`cardKinds.hint.${kind}`)}
          </p>
        </div>
      ))}
      {noneOn && <p className="field-warning">{t('cardKinds.noneOn')}</p>}
      {children}
    </fieldset>
  );
}
