import { useCallback, useEffect, useRef, useState } from 'react';

/** The part of the Web Speech API used here; TypeScript's DOM types lack the recogniser itself. */
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: { resultIndex: number; results: SpeechRecognitionResultList }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | null {
  const scope = window as unknown as Record<string, RecognitionConstructor | undefined>;
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

/** Why speech input is not (or no longer) available, for a plain message. */
export type SpeechProblem = { kind: 'unsupported' } | { kind: 'denied' } | { kind: 'failed'; code: string };

export interface SpeechInput {
  listening: boolean;
  problem: SpeechProblem | null;
  start: () => void;
  stop: () => void;
}

/**
 * Korean dictation into the answer. `onTranscript` receives everything
 * recognised since `start` (final and interim parts), so the caller can put
 * it after the text that was already there; the learner edits it afterwards
 * in the same textarea. Absence of the API and a refused microphone become a
 * `problem`, and the caller falls back to typing.
 */
export function useSpeechRecognition(enabled: boolean, onTranscript: (text: string) => void): SpeechInput {
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<SpeechProblem | null>(() =>
    enabled && !recognitionConstructor() ? { kind: 'unsupported' } : null,
  );
  const recognition = useRef<Recognition | null>(null);
  const deliver = useRef(onTranscript);

  useEffect(() => {
    deliver.current = onTranscript;
  }, [onTranscript]);

  useEffect(() => () => recognition.current?.stop(), []);

  const start = useCallback(() => {
    const Constructor = recognitionConstructor();
    if (!Constructor) {
      setProblem({ kind: 'unsupported' });
      return;
    }
    const recogniser = new Constructor();
    recogniser.lang = 'ko-KR';
    recogniser.continuous = true;
    recogniser.interimResults = true;
    recogniser.onresult = (event) => {
      let text = '';
      for (let i = 0; i < event.results.length; i += 1) text += event.results[i]?.[0]?.transcript ?? '';
      deliver.current(text.trim());
    };
    recogniser.onerror = (event) => {
      // 'no-speech' and 'aborted' end a turn without anything being wrong.
      if (event.error === 'no-speech' || event.error === 'aborted') return;
      const denied = event.error === 'not-allowed' || event.error === 'service-not-allowed';
      setProblem(denied ? { kind: 'denied' } : { kind: 'failed', code: event.error });
    };
    recogniser.onend = () => setListening(false);
    recognition.current = recogniser;
    setProblem(null);
    try {
      recogniser.start();
      setListening(true);
    } catch (error) {
      setProblem({ kind: 'failed', code: error instanceof Error ? error.name : String(error) });
    }
  }, []);

  const stop = useCallback(() => {
    recognition.current?.stop();
    setListening(false);
  }, []);

  return { listening, problem, start, stop };
}
