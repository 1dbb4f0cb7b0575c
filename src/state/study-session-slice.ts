import type { StateCreator } from 'zustand';

/**
 * The session in progress: what is on screen and what can be undone. The
 * cards' progress itself lives in IndexedDB; this is only the view of it.
 */
export interface StudySessionSlice {
  /** Identifies the scope the session belongs to (e.g. "note:mlops/x"). */
  sessionKey: string | null;
  /**
   * The card whose answer is shown. An id, not a flag: when the card on
   * screen changes underneath (another tab rated it), the next card must
   * start with its answer hidden, or a grade key would rate it unseen.
   */
  revealedCardId: string | null;
  /** The card on screen and when it was shown, for the log's time-spent field. */
  shownCardId: string | null;
  shownAt: number;
  /** Log ids of this session's ratings and card actions, newest last (Ctrl+Z pops). */
  undoStack: number[];
  /** After an undo, the undone card is shown again first, as in Anki. */
  pinnedCardId: string | null;
  reviewedCount: number;
  startSession: (key: string, now: number) => void;
  /** The queue put `cardId` on screen; a card already shown keeps its time. */
  showCard: (cardId: string, now: number) => void;
  reveal: (cardId: string) => void;
  recordRating: (reviewId: number, now: number) => void;
  /**
   * A card action (bury, suspend, flag, reset) taken in the session, undoable
   * like a rating. `stayOn`: the card stays on screen as it was (a flag);
   * null: the next card is shown.
   */
  recordAction: (reviewId: number, now: number, stayOn: string | null) => void;
  /** `wasRating`: the undone entry counted as a card studied. */
  recordUndo: (cardId: string, now: number, wasRating: boolean) => void;
}

export const createStudySessionSlice: StateCreator<StudySessionSlice, [], [], StudySessionSlice> = (set, get) => ({
  sessionKey: null,
  revealedCardId: null,
  shownCardId: null,
  shownAt: 0,
  undoStack: [],
  pinnedCardId: null,
  reviewedCount: 0,
  startSession: (key, now) => {
    if (get().sessionKey === key) return;
    set({
      sessionKey: key,
      revealedCardId: null,
      shownCardId: null,
      shownAt: now,
      undoStack: [],
      pinnedCardId: null,
      reviewedCount: 0,
    });
  },
  showCard: (cardId, now) => {
    if (get().shownCardId !== cardId) set({ shownCardId: cardId, revealedCardId: null, shownAt: now });
  },
  reveal: (cardId) => set({ revealedCardId: cardId }),
  recordRating: (reviewId, now) =>
    set((state) => ({
      revealedCardId: null,
      shownCardId: null,
      shownAt: now,
      pinnedCardId: null,
      undoStack: [...state.undoStack, reviewId],
      reviewedCount: state.reviewedCount + 1,
    })),
  recordAction: (reviewId, now, stayOn) =>
    set((state) => ({
      ...(stayOn === null ? { revealedCardId: null, shownCardId: null, shownAt: now } : {}),
      pinnedCardId: stayOn,
      undoStack: [...state.undoStack, reviewId],
    })),
  recordUndo: (cardId, now, wasRating) =>
    set((state) => ({
      revealedCardId: null,
      shownCardId: cardId,
      shownAt: now,
      pinnedCardId: cardId,
      undoStack: state.undoStack.slice(0, -1),
      reviewedCount: Math.max(0, state.reviewedCount - (wasRating ? 1 : 0)),
    })),
});
