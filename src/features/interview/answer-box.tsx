import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AnswerMode } from '../../core';
import { useSpeechRecognition, type SpeechProblem } from './use-speech-recognition';

interface AnswerBoxProps {
  value: string;
  onChange: (text: string) => void;
  onSubmit: () => void;
  mode: AnswerMode;
  disabled: boolean;
}

/**
 * True while an IME is composing (Korean syllables are built from several
 * key presses). Chrome and Safari flag it on the event; some browsers send
 * keyCode 229 instead. Acting on such an Enter would submit half a syllable
 * or, when the IME commits afterwards, type it twice.
 */
function isComposing(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

function problemText(problem: SpeechProblem, t: TFunction): string {
  if (problem.kind === 'failed') return t('interview.speech.failed', { code: problem.code });
  return t(`interview.speech.${problem.kind}`);
}

/**
 * The answer: an essay, so plain Enter is a new line and Ctrl/Cmd+Enter (or
 * the button) submits. In spoken mode, dictation fills the same textarea, so
 * the learner can correct the transcript before submitting.
 */
export function AnswerBox({ value, onChange, onSubmit, mode, disabled }: AnswerBoxProps) {
  const { t } = useTranslation();
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Each question mounts a new box: the learner can type (or Ctrl+Enter) at once, and a screen reader lands on it.
  useEffect(() => {
    textarea.current?.focus({ preventScroll: true });
  }, []);
  // The text before dictation started; the transcript goes after it.
  const before = useRef('');
  const speech = useSpeechRecognition(mode === 'spoken', (transcript) =>
    onChange(before.current && transcript ? `${before.current} ${transcript}` : before.current || transcript),
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (isComposing(event)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  const toggleSpeech = (): void => {
    if (speech.listening) {
      speech.stop();
      return;
    }
    before.current = value.trimEnd();
    speech.start();
  };

  return (
    <div className="answer-box">
      <label htmlFor="interview-answer" className="card-label">
        {t('interview.session.answerLabel')}
      </label>
      {mode === 'spoken' && (
        <div className="speech-controls">
          {speech.problem?.kind !== 'unsupported' && (
            <button
              type="button"
              className="button secondary"
              onClick={toggleSpeech}
              aria-pressed={speech.listening}
              disabled={disabled}
            >
              {speech.listening ? t('interview.speech.stop') : t('interview.speech.start')}
            </button>
          )}
          <p className="speech-status" role="status">
            {speech.problem ? problemText(speech.problem, t) : speech.listening ? t('interview.speech.listening') : ''}
          </p>
        </div>
      )}
      <textarea
        ref={textarea}
        id="interview-answer"
        className="answer-input"
        lang="ko"
        rows={8}
        value={value}
        readOnly={speech.listening}
        disabled={disabled}
        placeholder={t('interview.session.placeholder')}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="answer-actions">
        <button type="button" className="button" onClick={onSubmit} disabled={disabled}>
          {t('interview.session.submit')} <kbd>{t('interview.session.submitHint')}</kbd>
        </button>
      </div>
    </div>
  );
}
