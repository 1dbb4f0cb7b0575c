import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { assessInterviewAnswer, createScheduler, notePath, type Grade, type InterviewSession } from '../../core';
import { findCard, findNote, useNotes } from '../../data/notes';
import {
  db,
  dropMissingQuestion,
  finishInterviewEarly,
  getStudySettings,
  gradeInterviewAnswer,
  submitInterviewAnswer,
} from '../../db';
import { AnswerBox } from './answer-box';
import { AnswerFeedback } from './answer-feedback';
import { clearDraft, readDraft, writeDraft } from './answer-draft';
import { askedQuestion, hasModelAnswer } from './asked-question';
import { Countdown } from './countdown';
import { QuestionText } from './interview-question-view';
import { useCountdown } from './use-countdown';
import { useInterviewSession } from './use-interview-session';
import { usePageTitle } from '../../hooks/use-document-title';

export function InterviewSessionPage() {
  const { t } = useTranslation();
  usePageTitle(t('interview.session.title'));
  const rawId = useParams().id ?? '';
  const session = useInterviewSession(Number(rawId));

  if (session === undefined) return <p className="panel muted">{t('interview.session.loading')}</p>;
  if (session === null) {
    return (
      <section className="panel" role="alert">
        <h1>{t('interview.session.notFound', { id: rawId })}</h1>
        <Link className="button" to="/interview">
          {t('interview.report.newInterview')}
        </Link>
      </section>
    );
  }
  if (session.status === 'done') return <Navigate to={`/interview/report/${session.id}`} replace />;
  // Keyed by question, so each question starts with its own draft, clock and focus.
  return <QuestionStep key={`${session.id}:${session.results.length}`} session={session} />;
}

function QuestionStep({ session }: { session: InterviewSession }) {
  const { t } = useTranslation();
  const index = session.results.length;
  const cardId = session.cardIds[index] ?? '';
  useNotes(); // redraw when the library changes
  const card = findCard(cardId);
  const note = card ? findNote(card.noteId) : undefined;
  const question = useMemo(() => (card ? askedQuestion(card) : undefined), [card]);
  const [text, setText] = useState(() => readDraft(session.id, index));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  // The countdown reads the latest text without re-arming its timer on each keystroke.
  const latest = useRef(text);

  const changeText = useCallback(
    (value: string) => {
      latest.current = value;
      setText(value);
      writeDraft(session.id, index, value);
    },
    [session.id, index],
  );

  const submit = useCallback(
    async (timedOut: boolean) => {
      if (!card || !question || session.pending) return;
      const now = Date.now();
      const limit = session.settings.timeLimitMs;
      const used = now - session.questionStartedAt;
      const answer = latest.current;
      setBusy(true);
      try {
        await submitInterviewAnswer(db, session.id, {
          cardId: card.id,
          answer,
          timeUsedMs: Math.max(0, limit === null ? used : Math.min(used, limit)),
          // A question without a model answer is a self-check: nothing to match against.
          assessment: hasModelAnswer(question) ? assessInterviewAnswer(answer, question) : null,
          timedOut,
          submittedAt: now,
        });
        clearDraft(session.id, index);
        setError('');
      } catch (cause) {
        setError(t('storage.saveFailed', { reason: cause instanceof Error ? cause.message : String(cause) }));
      } finally {
        setBusy(false);
      }
    },
    [card, question, session, index, t],
  );

  const grade = useCallback(
    async (chosen: Grade) => {
      if (!card || busy) return;
      setBusy(true);
      try {
        const settings = await getStudySettings(db);
        await gradeInterviewAnswer(db, createScheduler(settings.scheduler), {
          sessionId: session.id,
          cardId: card.id,
          noteId: card.noteId,
          grade: chosen,
          now: Date.now(),
        });
        setError('');
      } catch (cause) {
        setError(t('storage.saveFailed', { reason: cause instanceof Error ? cause.message : String(cause) }));
        setBusy(false);
      }
    },
    [card, busy, session.id, t],
  );

  const expire = useCallback(() => void submit(true), [submit]);
  const leftMs = useCountdown(session.questionStartedAt, session.pending ? null : session.settings.timeLimitMs, expire);

  return (
    <div className="interview">
      <header className="study-header">
        <h1>{t('interview.session.title')}</h1>
        <p className="study-progress">
          {t('interview.session.progress', { current: index + 1, total: session.cardIds.length })}
        </p>
        <button
          type="button"
          className="button secondary small"
          onClick={() => {
            if (window.confirm(t('interview.session.finishConfirm'))) {
              void finishInterviewEarly(db, session.id, Date.now());
            }
          }}
        >
          {t('interview.session.finish')}
        </button>
      </header>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {!card || !question ? (
        <section className="panel" role="alert">
          <p>{t('interview.session.missingCard', { id: cardId })}</p>
          <button
            type="button"
            className="button"
            onClick={() => void dropMissingQuestion(db, session.id, cardId, Date.now())}
          >
            {t('interview.session.skipMissing')}
          </button>
        </section>
      ) : (
        <article className="study-card" lang="ko" aria-labelledby="interview-question">
          <div className="question-top">
            <h2 className="card-label">{t('interview.session.question')}</h2>
            {!session.pending && <Countdown leftMs={leftMs} />}
          </div>
          <div id="interview-question" className="card-question">
            <QuestionText card={card} question={question} />
          </div>
          {note && (
            <p className="card-source muted">
              {t('interview.session.fromNote')}: <Link to={notePath(note.id)}>{note.title}</Link>
            </p>
          )}
          {session.pending ? (
            <AnswerFeedback
              question={question}
              submitted={session.pending}
              onGrade={(g) => void grade(g)}
              busy={busy}
            />
          ) : (
            <AnswerBox
              value={text}
              onChange={changeText}
              onSubmit={() => void submit(false)}
              mode={session.settings.answerMode}
              disabled={busy}
            />
          )}
        </article>
      )}
    </div>
  );
}
