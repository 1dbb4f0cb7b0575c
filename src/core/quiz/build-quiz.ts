import type { CompiledCard, NoteSummary } from '../content/compiled-note';
import { isInDeck } from '../content/study-scope';
import { seededShuffle } from '../interview/seeded-shuffle';
import { answerText } from './answer-text';
import {
  chooseDistractors,
  DISTRACTOR_COUNT,
  MIN_SIBLING_DISTRACTORS,
  type DistractorPool,
} from './choose-distractors';
import type { DistractorSource, QuizPlan, QuizQuestion, QuizScope } from './quiz-types';

export interface QuizInput {
  notes: readonly NoteSummary[];
  scope: QuizScope;
  questionCount: number;
  /** Picks questions, distractors and choice order; the same seed gives the same quiz. */
  seed: number;
}

const SOURCE_ORDER: readonly DistractorSource[] = ['note', 'tag', 'deck', 'category', 'all'];

function hasTag(note: NoteSummary, tag: string): boolean {
  const wanted = tag.toLocaleLowerCase('ko');
  return note.tags.some((t) => t.toLocaleLowerCase('ko') === wanted);
}

function notesInQuizScope(notes: readonly NoteSummary[], scope: QuizScope): readonly NoteSummary[] {
  switch (scope.kind) {
    case 'all':
      return notes;
    case 'deck':
      return notes.filter((note) => isInDeck(note, scope.deck));
    case 'tag':
      return notes.filter((note) => hasTag(note, scope.tag));
    case 'note':
      return notes.filter((note) => note.id === scope.noteId);
  }
}

/** Only a question with a model answer can be asked, and only an answer can be a choice. */
function answeredCards(notes: readonly NoteSummary[]): CompiledCard[] {
  return notes.flatMap((note) => note.cards.filter((card) => card.answer.trim() !== ''));
}

/**
 * Where the choices of a table cell and a code example come from, all from
 * its own note. A cell's are the same attribute of the other systems (its
 * table's first): another attribute's cell, maybe of the same system, could
 * be right too, and another note's "장점" is about other things. A code example's are the labels
 * of its note's other examples only; a tool from another note is too easy
 * to rule out. Undefined for the other kinds, whose choices come from the
 * same kind of card, deck by deck. `inNote`: the note's cards of the card's kind.
 */
function kindPools(card: CompiledCard, inNote: readonly CompiledCard[]): DistractorPool[] | undefined {
  if (card.kind === 'code') return [{ source: 'note', cards: inNote }];
  const table = card.table;
  if (card.kind !== 'table' || !table) return undefined;
  const sameAttribute = (other: CompiledCard): boolean => other.table?.attribute === table.attribute;
  return [
    { source: 'note', cards: inNote.filter((other) => other.table?.index === table.index && sameAttribute(other)) },
    { source: 'note', cards: inNote.filter(sameAttribute) },
  ];
}

/**
 * A multiple-choice quiz: `questionCount` answered cards of the scope in
 * seeded order, each with its answer and three from other cards. A question
 * that cannot get three distinct distractors even from all notes is left
 * out, so a quiz may be shorter than asked; one with none at all says why.
 */
export function buildQuiz({ notes, scope, questionCount, seed }: QuizInput): QuizPlan {
  const inScope = notesInQuizScope(notes, scope);
  if (inScope.length === 0) return { ok: false, problem: 'no-matching-notes' };
  if (inScope.every((note) => note.cards.length === 0)) return { ok: false, problem: 'no-questions' };
  const eligible = answeredCards(inScope);
  if (eligible.length === 0) return { ok: false, problem: 'no-answers' };

  const texts = new Map<string, string>();
  const textOf = (card: CompiledCard): string => {
    let text = texts.get(card.id);
    if (text === undefined) texts.set(card.id, (text = answerText(card)));
    return text;
  };
  const deckOf = new Map(notes.map((note) => [note.id, note.deck]));
  const everyCard = answeredCards(notes);
  const inFolder = (folder: string): CompiledCard[] => answeredCards(notes.filter((note) => isInDeck(note, folder)));
  const poolsFor = (card: CompiledCard): DistractorPool[] => {
    const deck = deckOf.get(card.noteId) ?? '';
    // A choice of another kind gives itself away (a tool's name among sentences).
    const sameKind = (cards: readonly CompiledCard[]): CompiledCard[] => cards.filter((c) => c.kind === card.kind);
    const forKind = kindPools(card, sameKind(everyCard.filter((other) => other.noteId === card.noteId)));
    if (forKind) return forKind;
    return [
      ...(scope.kind === 'tag' ? [{ source: 'tag' as const, cards: sameKind(eligible) }] : []),
      { source: 'deck', cards: sameKind(inFolder(deck)) },
      // The top-level folder: mlops for mlops/serving.
      { source: 'category', cards: sameKind(inFolder(deck.split('/')[0] ?? '')) },
      { source: 'all', cards: sameKind(everyCard) },
    ];
  };

  const questions: QuizQuestion[] = [];
  const wanted = Math.max(1, Math.floor(questionCount));
  for (const [index, card] of seededShuffle(eligible, seed).entries()) {
    if (questions.length === wanted) break;
    const questionSeed = seed + index + 1;
    const minimum = card.kind === 'qa' || card.kind === 'concept' ? DISTRACTOR_COUNT : MIN_SIBLING_DISTRACTORS;
    const distractors = chooseDistractors(card, poolsFor(card), textOf, questionSeed, minimum);
    if (!distractors) continue;
    const options = seededShuffle([card, ...distractors.cards], questionSeed);
    questions.push({ card, options, correct: options.indexOf(card), source: distractors.source });
  }
  if (questions.length === 0) return { ok: false, problem: 'too-few-answers' };

  const first = scope.kind === 'tag' ? 'tag' : 'deck';
  const widest = Math.max(...questions.map((question) => SOURCE_ORDER.indexOf(question.source)));
  return {
    ok: true,
    questions,
    widenedTo: widest > SOURCE_ORDER.indexOf(first) ? (SOURCE_ORDER[widest] ?? null) : null,
  };
}
