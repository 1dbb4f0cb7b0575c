import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAGS, type CardStatus, type Flag } from '../core';

export type CardMenuChoice =
  | { kind: 'bury' }
  | { kind: 'suspend' }
  | { kind: 'unsuspend' }
  | { kind: 'flag'; flag: Flag }
  | { kind: 'forget' }
  | { kind: 'info' };

interface CardActionsMenuProps {
  status: CardStatus | undefined;
  onChoose: (choice: CardMenuChoice) => void;
  disabled?: boolean;
  /** Show the study screen's keys beside each action. */
  showKeys?: boolean;
  /** Names the card for screen readers when a page lists several ("카드 작업: 질문…"). */
  label?: string;
  /** Open the panel upwards (from a bar at the bottom of the screen). */
  up?: boolean;
}

const KEYS: Partial<Record<CardMenuChoice['kind'], string>> = { bury: '-', suspend: '@', info: 'I' };

/**
 * One button that unfolds the card's actions (a disclosure, not an ARIA
 * menu: plain buttons in tab order work the same with a keyboard, a screen
 * reader and a thumb). Escape or a click elsewhere folds it again.
 */
export function CardActionsMenu({ status, onChoose, disabled, showKeys, label, up }: CardActionsMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const choose = (choice: CardMenuChoice): void => {
    setOpen(false);
    toggle.current?.focus();
    onChoose(choice);
  };
  const key = (kind: CardMenuChoice['kind']) =>
    showKeys && KEYS[kind] ? <kbd aria-hidden="true">{KEYS[kind]}</kbd> : null;
  const suspended = status?.suspended ?? false;
  const flag = status?.flag ?? 0;

  return (
    <div
      className={`card-actions-menu${up ? ' opens-up' : ''}`}
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="button secondary small card-actions-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        disabled={disabled}
        onClick={() => setOpen((value) => !value)}
      >
        {t('cardActions.menu')}
      </button>
      <div id={panelId} className="card-actions-panel" hidden={!open}>
        <button
          type="button"
          className="menu-item"
          onClick={() => choose({ kind: 'bury' })}
          aria-keyshortcuts={showKeys ? '-' : undefined}
        >
          {t('cardActions.bury')} {key('bury')}
        </button>
        <button
          type="button"
          className="menu-item"
          onClick={() => choose({ kind: suspended ? 'unsuspend' : 'suspend' })}
          aria-keyshortcuts={showKeys && !suspended ? 'Shift+2' : undefined}
        >
          {suspended ? t('cardActions.unsuspend') : t('cardActions.suspend')} {!suspended && key('suspend')}
        </button>
        <div className="flag-choices" role="group" aria-label={t('cardActions.flagGroup')}>
          {FLAGS.map((value) => (
            <button
              key={value}
              type="button"
              className={`flag-choice flag-${value}`}
              aria-pressed={flag === value}
              aria-keyshortcuts={showKeys ? `Control+${value}` : undefined}
              onClick={() => choose({ kind: 'flag', flag: value })}
            >
              <span className="flag-swatch" aria-hidden="true" />
              {t(`cardActions.flag.${value}`)}
            </button>
          ))}
        </div>
        <button type="button" className="menu-item" onClick={() => choose({ kind: 'forget' })}>
          {t('cardActions.forget')}
        </button>
        <button
          type="button"
          className="menu-item"
          onClick={() => choose({ kind: 'info' })}
          aria-keyshortcuts={showKeys ? 'I' : undefined}
        >
          {t('cardActions.info')} {key('info')}
        </button>
      </div>
    </div>
  );
}
