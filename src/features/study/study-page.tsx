import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { becameLeech, cardIdsOfScope, isInDeck, notesInScope, siblingGroups, type Grade } from '../../core';
import { allCardsOf, findCard, findNote, useNotes } from '../../data/notes';
import { db, rateCard, undoReview } from '../../db';
import { useNow } from '../../hooks/use-now';
import { useAppStore } from '../../state/store';
import { CardActionsMenu } from '../../ui/card-actions-menu';
import { CardInfoDialog } from '../../ui/card-info-dialog';
import { CardStatusChips } from '../../ui/card-status-chips';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CARD_KINDS_SECTION_ID } from '../../ui/kind-choice-fields';
import { GradeButtons } from './grade-buttons';
import { StudyCard } from './study-card';
import { StudyComplete } from './study-complete';
import { kindsFromSearch, scopeFromSearch, scopeKey } from './study-scope-param';
import { useStudyCardActions } from './use-study-card-actions';
import { useStudyKeys } from './use-study-keys';
import { useNextDue, useStudyQueue } from './use-study-queue';
import { usePageTitle } from '../../hooks/use-document-title';

export function StudyPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const scope = useMemo(() => scopeFromSearch(params), [params]);
  const kinds = useMemo(() => kindsFromSearch(params), [params]);
  const notes = useNotes();
  const cardIds = useMemo(() => cardIdsOfScope(notes, scope, kinds ?? undefined), [notes, scope, kinds]);
  // Cards in scope of kinds the learner does not study: an empty session says so instead of "no cards".
  const offCards = useMemo(
    () =>
      notesInScope(notes, scope)
        .flatMap((scoped) => allCardsOf(scoped.id))
        .filter((each) => !kinds || kinds.has(each.kind)).length - cardIds.length,
    [notes, scope, kinds, cardIds],
  );
  const [now, refreshNow] = useNow();
  const groups = useMemo(() => siblingGroups(notes), [notes]);
  const study = useStudyQueue(cardIds, groups, now);
  const session = useAppStore();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const { startSession } = session;

  const sessionKey = `${scopeKey(scope)}${kinds ? `|${[...kinds].join(',')}` : ''}`;
  useEffect(() => startSession(sessionKey, Date.now()), [sessionKey, startSession]);

  const current = study?.queue.find((entry) => entry.id === session.pinnedCardId) ?? study?.queue[0] ?? null;
  const card = current ? findCard(current.id) : undefined;
  const revealed = current !== null && session.revealedCardId === current.id;
  const { showCard } = session;
  const currentId = current?.id;
  useEffect(() => {
    if (currentId) showCard(currentId, Date.now());
  }, [currentId, showCard]);
  const note = card ? findNote(card.noteId) : undefined;
  const nextDue = useNextDue(cardIds, now, study !== undefined && study !== null && !current);
  const outcomes = useMemo(
    () => (study && current ? study.scheduler.preview(current.id, current.state, now) : []),
    [study, current, now],
  );

  const reveal = useCallback(() => {
    if (current) session.reveal(current.id);
  }, [current, session]);

  const rate = useCallback(
    async (grade: Grade) => {
      if (!study || !card || busy || !revealed) return;
      setBusy(true);
      try {
        const reviewedAt = Date.now();
        const review = await rateCard(db, study.scheduler, {
          cardId: card.id,
          noteId: card.noteId,
          grade,
          now: reviewedAt,
          elapsedMs: Math.max(0, reviewedAt - session.shownAt),
          source: 'study',
        });
        if (review.id !== undefined) session.recordRating(review.id, Date.now());
        // A leech leaves the queue on its own: say why, or the card would just seem to vanish.
        setNotice(
          becameLeech(review.before, review.after) ? t('cardActions.leechNotice', { lapses: review.after.lapses }) : '',
        );
        refreshNow();
      } catch (error) {
        setNotice(t('storage.saveFailed', { reason: error instanceof Error ? error.message : String(error) }));
      } finally {
        setBusy(false);
      }
    },
    [study, card, busy, revealed, session, refreshNow, t],
  );

  const undo = useCallback(async () => {
    const reviewId = session.undoStack.at(-1);
    if (reviewId === undefined || busy) {
      setNotice(t('study.undoUnavailable'));
      return;
    }
    setBusy(true);
    try {
      const review = await db.reviews.get(reviewId);
      if (review && (await undoReview(db, reviewId))) {
        session.recordUndo(review.cardId, Date.now(), review.kind === 'rating');
        setNotice(review.kind === 'rating' ? t('study.undone') : t('cardActions.undone'));
        refreshNow();
      } else {
        setNotice(t('study.undoUnavailable'));
      }
    } finally {
      setBusy(false);
    }
  }, [session, busy, refreshNow, t]);

  const actions = useStudyCardActions({
    card,
    current,
    dayStartHour: study?.dayStartHour,
    busy,
    setBusy,
    setNotice,
    refreshNow,
  });
  const { choose } = actions;

  useStudyKeys({
    revealed,
    onReveal: reveal,
    onRate: (grade) => void rate(grade),
    onUndo: () => void undo(),
    onBury: () => choose({ kind: 'bury' }),
    onSuspend: () => choose({ kind: 'suspend' }),
    onFlag: (flag) => choose({ kind: 'flag', flag }),
    onInfo: () => choose({ kind: 'info' }),
  });

  const scopeTitle =
    scope.kind === 'note'
      ? t('study.titleNote', { title: findNote(scope.noteId)?.title ?? scope.noteId })
      : scope.kind === 'deck'
        ? t('study.titleDeck', { deck: scope.deck })
        : t('study.title');
  const title = kinds
    ? t('study.titleKinds', {
        title: scopeTitle,
        kinds: [...kinds].map((kind) => t(`cardKinds.short.${kind}`)).join(', '),
      })
    : scopeTitle;
  // Where the kinds of this scope are chosen: its deck's page (which shows whether it follows the global choice).
  const scopeDeck =
    scope.kind === 'deck' ? scope.deck : scope.kind === 'note' ? findNote(scope.noteId)?.deck : undefined;
  const kindsLink = scopeDeck ? `/notes?deck=${encodeURIComponent(scopeDeck)}` : `/settings#${CARD_KINDS_SECTION_ID}`;
  // The tab says what is studied, as the heading does.
  usePageTitle(title);

  if (scope.kind === 'note' && !findNote(scope.noteId)) {
    return <Problem title={title} message={t('study.unknownNote', { id: scope.noteId })} />;
  }
  // A deck whose kinds are all off still exists: only one without notes is unknown.
  if (scope.kind === 'deck' && !notes.some((each) => isInDeck(each, scope.deck))) {
    return <Problem title={title} message={t('study.unknownDeck', { deck: scope.deck })} />;
  }
  if (study === null) return <Problem title={title} message={t('study.storageUnavailable')} />;
  if (study === undefined) return <p className="panel muted">{t('study.loading')}</p>;

  // Also offered after the last card: a slip on the final rating can still be taken back.
  const undoButton = (
    <button
      type="button"
      className="button secondary undo"
      onClick={() => void undo()}
      disabled={session.undoStack.length === 0 || busy}
      aria-keyshortcuts="Control+Z"
    >
      {t('study.undo')} <kbd>{t('study.undoHint')}</kbd>
    </button>
  );

  return (
    <div className="study">
      <header className="study-header">
        <h1>{title}</h1>
        <p className="study-progress" aria-live="off">
          <span className="visually-hidden">
            {t('study.progress', {
              new: study.counts.new,
              learning: study.counts.learning,
              review: study.counts.review,
            })}
          </span>
          <span aria-hidden="true">
            <span className="count new">{study.counts.new}</span> ·{' '}
            <span className="count learning">{study.counts.learning}</span> ·{' '}
            <span className="count due">{study.counts.review}</span>
          </span>
        </p>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice || (revealed ? t('study.announceAnswer') : '')}
      </p>
      {notice && (
        <p className="notice" aria-hidden="true">
          {notice}
        </p>
      )}
      {cardIds.length === 0 ? (
        offCards > 0 ? (
          <section className="panel" role="status">
            <p>{t('study.kindsOff', { count: offCards })}</p>
            <Link className="button" to={kindsLink}>
              {t('cardKinds.changeKinds')}
            </Link>
          </section>
        ) : (
          <Problem title="" message={t('study.noCards')} />
        )
      ) : card && note ? (
        <>
          {current?.state && (current.state.flag !== 0 || current.state.leech) && (
            <p className="card-status">
              <CardStatusChips status={current.state} now={now} />
            </p>
          )}
          <StudyCard card={card} note={note} revealed={revealed} />
          <div className="study-actions">
            {revealed ? (
              <GradeButtons outcomes={outcomes} onRate={(grade) => void rate(grade)} disabled={busy} />
            ) : (
              <button type="button" className="button reveal" onClick={reveal} aria-keyshortcuts="Space Enter">
                {t('study.showAnswer')} <kbd>{t('study.showAnswerHint')}</kbd>
              </button>
            )}
            <CardActionsMenu status={current?.state ?? undefined} onChoose={choose} disabled={busy} showKeys up />
            {undoButton}
          </div>
          <CardInfoDialog
            card={card}
            noteTitle={note.title}
            open={actions.dialog === 'info'}
            onClose={actions.closeDialog}
            now={now}
          />
          <ConfirmDialog
            open={actions.dialog === 'forget'}
            title={t('cardActions.forgetTitle')}
            message={t('cardActions.forgetMessage')}
            confirmLabel={t('cardActions.forgetConfirm')}
            onConfirm={actions.confirmForget}
            onCancel={actions.closeDialog}
          />
        </>
      ) : (
        <>
          <StudyComplete
            reviewed={session.reviewedCount}
            nextDue={nextDue}
            now={now}
            newLimit={study.newHeldBack ? study.newCardsPerDay : null}
            siblingsHeld={study.siblingsHeldBack}
          />
          {session.undoStack.length > 0 && <div className="study-actions">{undoButton}</div>}
        </>
      )}
    </div>
  );
}

function Problem({ title, message }: { title: string; message: string }) {
  return (
    <section className="panel" role="alert">
      {title && <h1>{title}</h1>}
      <p>{message}</p>
    </section>
  );
}
