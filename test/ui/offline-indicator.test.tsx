import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

function goOffline(offline: boolean): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('offline indicator', () => {
  it('shows a quiet chip in the header while offline, announced politely, and hides it when back online', async () => {
    await renderApp('/');
    const status = screen.getByRole('banner').querySelector('.offline-status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();

    goOffline(true);
    expect(status).toHaveTextContent('오프라인 — 진행 상황은 이 기기에 저장됩니다');
    // Reading goes on: the page itself is not replaced by an error.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    goOffline(false);
    expect(status).toBeEmptyDOMElement();
  });

  it('speaks the UI language', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await renderApp('/', { language: 'en' });
    expect(within(screen.getByRole('banner')).getByText('Offline — progress is saved on this device')).toBeVisible();
  });
});
