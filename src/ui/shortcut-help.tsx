import { Fragment, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from './is-typing-target';

type SectionKey = 'global' | 'study' | 'quiz' | 'interview' | 'search';

interface ShortcutRow {
  /** Alternatives, each a combination pressed together: [['ctrl', 'Z']] is Ctrl+Z. */
  keys: string[][];
  /** `range` reads the two keys as "1–4"; otherwise they are alternatives ("Space or Enter"). */
  join?: 'range';
  action: string;
}

/** Each screen's keys, as the screens' own key handlers implement them. */
const SECTIONS: { section: SectionKey; rows: ShortcutRow[] }[] = [
  {
    section: 'global',
    rows: [
      { keys: [['/']], action: 'search' },
      { keys: [['?']], action: 'help' },
    ],
  },
  {
    section: 'study',
    rows: [
      { keys: [['space'], ['enter']], action: 'reveal' },
      { keys: [['1'], ['4']], join: 'range', action: 'grade' },
      { keys: [['ctrl', 'Z']], action: 'undo' },
      { keys: [['-']], action: 'bury' },
      { keys: [['@']], action: 'suspend' },
      {
        keys: [
          ['ctrl', '1'],
          ['ctrl', '4'],
        ],
        join: 'range',
        action: 'flag',
      },
      { keys: [['I']], action: 'info' },
    ],
  },
  {
    section: 'quiz',
    rows: [
      { keys: [['1'], ['4']], join: 'range', action: 'quizChoose' },
      { keys: [['enter'], ['space']], action: 'quizNext' },
    ],
  },
  {
    section: 'interview',
    rows: [
      { keys: [['ctrl', 'enter']], action: 'interviewSubmit' },
      { keys: [['1'], ['4']], join: 'range', action: 'interviewGrade' },
    ],
  },
  {
    section: 'search',
    rows: [
      { keys: [['↑'], ['↓']], action: 'searchMove' },
      { keys: [['enter']], action: 'searchOpen' },
      { keys: [['esc']], action: 'searchClose' },
    ],
  },
];

/** Named keys are translated; symbols, letters and digits are shown as they are. */
const NAMED_KEYS = new Set(['space', 'enter', 'ctrl', 'esc']);

/**
 * The "단축키" button and the dialog it opens, listing every screen's keys.
 * `?` opens it from anywhere, except while typing or composing Korean, where
 * `?` is text. A native modal <dialog> traps focus and closes on Escape.
 */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  const open = useCallback((): void => {
    const element = dialog.current;
    if (!element || element.open) return;
    opener.current = document.activeElement;
    element.showModal();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== '?' || event.isComposing || event.keyCode === 229) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTypingTarget(event.target))
        return;
      event.preventDefault();
      open();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const keyName = (key: string): string => (NAMED_KEYS.has(key) ? t(`help.key.${key}`) : key);

  return (
    <>
      <button type="button" className="help-button" aria-haspopup="dialog" aria-keyshortcuts="Shift+?" onClick={open}>
        <span className="help-button-text">{t('help.button')}</span> <kbd aria-hidden="true">?</kbd>
      </button>
      <dialog
        ref={dialog}
        className="help-dialog"
        aria-labelledby="help-title"
        onClose={() => {
          // Browsers differ on where focus goes after a modal closes; the opener is where the user was.
          if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
        }}
        // The screens' own keys (1–4, Space, Ctrl+Z) listen on the window: none may act behind the modal.
        onKeyDown={(event) => event.stopPropagation()}
        onClick={(event) => {
          // A click on the backdrop lands on the <dialog> itself; inside, it lands on its content.
          if (event.target === dialog.current) dialog.current.close();
        }}
      >
        <div className="help-content">
          <div className="help-header">
            <h2 id="help-title">{t('help.title')}</h2>
            <form method="dialog">
              <button type="submit" className="button secondary small">
                {t('help.close')} <kbd aria-hidden="true">{t('help.key.esc')}</kbd>
              </button>
            </form>
          </div>
          <p className="muted">{t('help.intro')}</p>
          {SECTIONS.map(({ section, rows }) => (
            <section key={section} aria-labelledby={`help-${section}`}>
              <h3 id={`help-${section}`}>{t(`help.section.${section}`)}</h3>
              <dl className="help-keys">
                {rows.map(({ keys, join, action }) => (
                  <div key={action}>
                    <dt>
                      {keys.map((combo, index) => (
                        <Fragment key={index}>
                          {index > 0 && (join === 'range' ? '–' : ` ${t('help.key.or')} `)}
                          {combo.map((key, part) => (
                            <Fragment key={part}>
                              {part > 0 && '+'}
                              <kbd>{keyName(key)}</kbd>
                            </Fragment>
                          ))}
                        </Fragment>
                      ))}
                    </dt>
                    <dd>{t(`help.action.${action}`)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </dialog>
    </>
  );
}
