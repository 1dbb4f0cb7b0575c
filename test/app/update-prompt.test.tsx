import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/app/update-prompt';
import { initI18n } from '../../src/i18n/i18n';

const updateServiceWorker = vi.fn(() => Promise.resolve());
const registerOptions = vi.fn();

// A new version is waiting: what vite-plugin-pwa's hook reports after the browser fetched a new worker.
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: unknown) => {
    registerOptions(options);
    return {
      needRefresh: useState(true),
      offlineReady: useState(true),
      updateServiceWorker,
    };
  },
}));

beforeEach(() => {
  updateServiceWorker.mockClear();
});

describe('update prompt', () => {
  it('offers the new version politely and reloads into it on request', async () => {
    await initI18n('ko').changeLanguage('ko');
    render(<UpdatePrompt />);
    const reload = screen.getByRole('button', { name: '새 버전이 있습니다 — 새로고침' });
    expect(reload.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    await userEvent.click(reload);
    expect(updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('can be dismissed, which leaves the page as it is', async () => {
    await initI18n('en').changeLanguage('en');
    const { container } = render(<UpdatePrompt />);
    expect(screen.getByRole('button', { name: 'A new version is available — reload' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(container.querySelector('[aria-live]')).toBeEmptyDOMElement();
    expect(updateServiceWorker).not.toHaveBeenCalled();
  });

  it('registers after the page has loaded, not during the first screen', () => {
    render(<UpdatePrompt />);
    expect(registerOptions).toHaveBeenCalledWith(expect.objectContaining({ immediate: false }));
  });
});
