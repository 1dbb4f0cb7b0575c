import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../render-app';

describe('content health view', () => {
  it('lists every note with warnings and what is wrong with it', async () => {
    await renderApp('/health');
    expect(await screen.findByText('노트 5개 중 2개에 경고가 있습니다.')).toBeInTheDocument();
    const item = screen.getByRole('link', { name: '깨진 노트' }).closest('li')!;
    expect(within(item).getByText('프런트매터를 읽을 수 없습니다')).toBeInTheDocument();
    expect(within(item).getByText('면접 질문 섹션이 없습니다')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '이진 탐색 (Binary Search)' })).not.toBeInTheDocument();
  });
});
