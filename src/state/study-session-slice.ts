import type { StateCreator } from 'zustand';

/**
 * The session in progress: what is on screen and what can be undone. The
 * cards' progress itself lives in IndexedDB; this is only the view of it.
 */
export interface StudySessionSlice {
  /** Identifies the scope the session belongs to (e.g. "note:mlops/x"). */
  sessionKey: string | null;
  revealed: boolean;
  /** When the current card was shown, for the log's time-spent field. */
  shownAt: number;
  /** Log ids of this session's ratings and card actions, newest last (Ctrl+Z pops). */
  undoStack: number[];
  /** After an undo, the undone card is shown again first, as in Anki. */
  pinnedCardId: string | null;
  reviewedCount: number;
  startSession: (key: string, now: number) => void;
  showCard: (now: number) => void;
  reveal: () => void;
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
  revealed: false,
  shownAt: 0,
  undoStack: [],
  pinnedCardId: null,
  reviewedCount: 0,
  startSession: (key, now) => {
    if (get().sessionKey === key) return;
    set({ sessionKey: key, revealed: false, shownAt: now, undoStack: [], pinnedCardId: null, reviewedCount: 0 });
  },
  showCard: (now) => set({ revealed: false, shownAt: now }),
  reveal: () => set({ revealed: true }),
  recordRating: (reviewId, now) =>
    set((state) => ({
      revealed: false,
      shownAt: now,
      pinnedCardId: null,
      undoStack: [...state.undoStack, reviewId],
      reviewedCount: state.reviewedCount + 1,
    })),
  recordAction: (reviewId, now, stayOn) =>
    set((state) => ({
      ...(stayOn === null ? { revealed: false, shownAt: now } : {}),
      pinnedCardId: stayOn,
      undoStack: [...state.undoStack, reviewId],
    })),
  recordUndo: (cardId, now, wasRating) =>
    set((state) => ({
      revealed: false,
      shownAt: now,
      pinnedCardId: cardId,
      undoStack: state.undoStack.slice(0, -1),
      reviewedCount: Math.max(0, state.reviewedCount - (wasRating ? 1 : 0)),
    })),
});
