import type { CompiledCard } from '../content/compiled-note';

/** What a quiz draws its questions from. Tags compare case-insensitively. */
export type QuizScope =
  { kind: 'all' } | { kind: 'deck'; deck: string } | { kind: 'tag'; tag: string } | { kind: 'note'; noteId: string };

/**
 * Where a question's distractors came from, narrowest first: the question's
 * own note (the other cells of its table, the other code examples), the
 * quiz's tag (tag quizzes only), the question's own deck (folder), its
 * category (the top-level folder), every note.
 */
export type DistractorSource = 'note' | 'tag' | 'deck' | 'category' | 'all';

export interface QuizQuestion {
  card: CompiledCard;
  /** Cards whose answers are the choices: the question's own and three distractors (two for a note's three code examples). */
  options: CompiledCard[];
  /** Index of `card` in `options`. */
  correct: number;
  /** The widest pool its distractors needed. */
  source: DistractorSource;
}

/** Why a quiz cannot start, for the setup screen to say in words. */
export type QuizProblem =
  /** The deck, tag or note matches no note. */
  | 'no-matching-notes'
  /** Notes match, but none has an interview question. */
  | 'no-questions'
  /** Questions exist, but none has a model answer to choose. */
  | 'no-answers'
  /** Fewer than four different answers in all notes: no question can get three distractors. */
  | 'too-few-answers';

export type QuizPlan =
  | {
      ok: true;
      questions: QuizQuestion[];
      /** The widest pool any question needed when its first pool was too small; null when none did. */
      widenedTo: DistractorSource | null;
    }
  | { ok: false; problem: QuizProblem };
