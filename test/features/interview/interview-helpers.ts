import { act, waitFor } from '@testing-library/react';
import type { createMemoryRouter } from 'react-router';
import { expect } from 'vitest';
import {
  DEFAULT_INTERVIEW_SETTINGS,
  prepareImport,
  type CompiledNote,
  type InterviewSettings,
} from '../../../src/core';
import { allNotes, findNote } from '../../../src/data/notes';
import { createInterviewSession, db, importIntoLibrary } from '../../../src/db';

export const BINARY_SEARCH = 'algorithms/binary-search';

/** The fixture card whose question contains `fragment`. */
export function cardWith(fragment: string) {
  const card = allNotes()
    .flatMap((note) => note.cards)
    .find((c) => c.question.includes(fragment));
  if (!card) throw new Error(`no fixture card with “${fragment}”`);
  return card;
}

/** Saves a session over `cardIds` and opens it, as a reload of its page would. */
export async function openSession(
  router: ReturnType<typeof createMemoryRouter>,
  cardIds: string[],
  options: { settings?: Partial<InterviewSettings>; questionStartedAt?: number; draft?: string } = {},
): Promise<number> {
  const now = Date.now();
  const id = await createInterviewSession(db, {
    settings: { ...DEFAULT_INTERVIEW_SETTINGS, ...options.settings },
    cardIds,
    now,
  });
  if (options.questionStartedAt !== undefined) {
    await db.interviewSessions.update(id, { questionStartedAt: options.questionStartedAt });
  }
  if (options.draft) localStorage.setItem(`mundap-interview-draft:${id}:0`, options.draft);
  await act(() => router.navigate(`/interview/session/${id}`));
  return id;
}

/** A note comparing two systems in a table, so its cells become comparison questions. */
export const PIPELINES_PATH = 'mlops/pipelines.md';
export const PIPELINES = `---
title: 파이프라인 비교
tags: [MLOps]
---

# 파이프라인 비교

## 2. 상세 설명

| 구분 | Kubeflow Pipelines | SageMaker Pipelines |
| --- | --- | --- |
| 관리 주체 | 사용자 직접 운영 | Amazon Web Services |
| 기반 기술 | 쿠버네티스 | AWS 네이티브 |
`;
export const MANAGED_BY_COMPARISON = 'Kubeflow Pipelines와 SageMaker Pipelines의 관리 주체 차이를 설명하세요';

/** Imports `markdown` into the learner's library at `path` and waits until the app lists it. */
export async function importNote(path: string, markdown: string): Promise<CompiledNote> {
  const prepared = prepareImport([{ path, kind: 'note', bytes: new TextEncoder().encode(markdown) }], {
    noteIds: new Set(),
    images: new Set(),
  });
  const note = prepared.notes[0]?.compiled;
  if (!note) throw new Error(`${path} did not compile`);
  await importIntoLibrary(db, { ...prepared, now: Date.now() });
  await waitFor(() => expect(findNote(note.id)).toBeDefined());
  return note;
}

/** The card of `note` whose front is `question`. */
export function noteCard(note: CompiledNote, question: string) {
  const card = note.cards.find((c) => c.question === question);
  if (!card) throw new Error(`no card “${question}” in ${note.id}`);
  return card;
}
