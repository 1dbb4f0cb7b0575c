/** Invented filler in the notes' style: a bold question, an answer with bold key points and a list. */
export function syntheticNote(questions: number): string {
  const body: string[] = [
    '---',
    'title: 합성 벤치마크 노트',
    "date: '2025-01-01'",
    'tags: [bench]',
    'difficulty: medium',
    '---',
    '',
    '# 합성 노트',
    '',
  ];
  body.push(
    '## 1. 핵심 개념 (Core Concept)',
    '',
    '벤치마크용으로 생성한 문단입니다.',
    '',
    '## 4. 예상 면접 질문 (Potential Interview Questions)',
    '',
  );
  for (let index = 1; index <= questions; index += 1) {
    body.push(
      `- **Q. 합성 질문 ${index}번: 캐시 무효화 전략 ${index}과 일관성 모델의 관계는 무엇인가요?**`,
      `  - **A.** 합성 답변 ${index}입니다. **쓰기 후 무효화**와 **만료 시간 기반 정책**을 함께 쓰면 오래된 데이터를 줄일 수 있고, 읽기 비율이 높은 워크로드에서는 **지연 시간**과 **정합성** 사이의 균형을 조정합니다. 분산 환경에서는 이벤트 순서와 재시도 정책도 고려해야 합니다.`,
      '    - 첫째, 변경 이벤트를 발행해 관련 키를 지웁니다.',
      '    - 둘째, 짧은 TTL로 최악의 경우를 제한합니다.',
    );
  }
  body.push('', '## 5. 더 읽어보기 (Further Reading)', '', '- [예시 링크](https://example.com)');
  return body.join('\n');
}
