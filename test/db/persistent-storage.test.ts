import { describe, expect, it, vi } from 'vitest';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../src/core';
import { persistStorageAfterFirstReview, rateCard, type PersistableStorage } from '../../src/db';
import { freshDatabase } from './fresh-database';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const database = freshDatabase();

function fakeStorage(persisted: boolean) {
  return {
    persisted: vi.fn<PersistableStorage['persisted']>(() => Promise.resolve(persisted)),
    persist: vi.fn<PersistableStorage['persist']>(() => Promise.resolve(true)),
  };
}

const rate = (cardId: string) =>
  rateCard(database(), scheduler, {
    cardId,
    noteId: 'mlops/seed',
    grade: 3,
    now: NOW,
    elapsedMs: 1000,
    source: 'study',
  });

/** Lets the live query see a write and the request settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('persistent storage', () => {
  it('is requested once, after the first review and not before', async () => {
    const storage = fakeStorage(false);
    const stop = persistStorageAfterFirstReview(database(), storage);
    await settle();
    expect(storage.persist).not.toHaveBeenCalled();

    await rate('c1');
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    await rate('c2');
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    stop();
  });

  it('is requested at start when reviews already exist', async () => {
    await rate('c1');
    const storage = fakeStorage(false);
    const stop = persistStorageAfterFirstReview(database(), storage);
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    stop();
  });

  it('is not requested again when the browser already keeps the data', async () => {
    await rate('c1');
    const storage = fakeStorage(true);
    const stop = persistStorageAfterFirstReview(database(), storage);
    await vi.waitFor(() => expect(storage.persisted).toHaveBeenCalled());
    await settle();
    expect(storage.persist).not.toHaveBeenCalled();
    stop();
  });

  it('does nothing where the browser has no StorageManager', () => {
    expect(() => persistStorageAfterFirstReview(database(), undefined)()).not.toThrow();
  });
});
