import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../render-app';

function stubStorage(usage: number, persisted: boolean): void {
  vi.stubGlobal('navigator', {
    ...navigator,
    onLine: true,
    storage: {
      estimate: () => Promise.resolve({ usage, quota: 2_500_000_000 }),
      persisted: () => Promise.resolve(persisted),
      persist: () => Promise.resolve(true),
    },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storage in settings', () => {
  it('shows how much the device holds, in the UI language, and that it is not yet persistent', async () => {
    stubStorage(4_630_000, false);
    await renderApp('/settings');
    expect(await screen.findByRole('heading', { name: '저장 공간' })).toBeInTheDocument();
    expect(screen.getByText(/이 기기에서 4\.6\s?MB 사용 중 \(사용 가능: 2\.5\s?GB\)/)).toBeInTheDocument();
    expect(screen.getByText(/영구 저장이 아닙니다/)).toBeInTheDocument();
  });

  it('says when the browser keeps the data', async () => {
    stubStorage(12_000_000, true);
    await renderApp('/settings', { language: 'en' });
    expect(await screen.findByText('12 MB used on this device (2.5 GB available)')).toBeInTheDocument();
    expect(screen.getByText(/^Persistent:/)).toBeInTheDocument();
  });
});
