import { describe, expect, it } from 'vitest';
import { assessAnswer, COVERED_MIN, gradeFromPercent, PARTLY_MIN, type Coverage } from '../../../src/core';

/** [answer, key point, expected coverage]: phrasings a learner might type. */
const PAIRS: ReadonlyArray<readonly [answer: string, keyPoint: string, expected: Coverage]> = [
  // Inflected Korean: particles and endings on the same stems.
  ['인프라를 관리하는 부담이 크게 줄어듭니다', '인프라 관리 부담 감소', 'covered'],
  ['모델을 배포하기 전에 검증합니다', '모델 배포', 'covered'],
  ['데이터의 분포가 변화하는 현상입니다', '데이터 분포 변화', 'covered'],
  ['학습 데이터와 서빙 데이터가 다르게 계산됩니다', '학습-서빙 스큐', 'partly'],
  ['요청을 묶어서 한 번에 처리하므로 처리량이 늘어납니다', '처리량 증가', 'covered'],
  ['지연 시간이 길어질 수 있습니다', '지연 시간 증가', 'partly'],
  ['피처를 한 곳에서 정의하고 재사용합니다', '단일 피처 정의', 'partly'],
  ['과거 시점에 알 수 있었던 값만 조인해야 미래 정보가 새지 않습니다', '미래 정보 누수', 'partly'],
  ['커스터마이징의 자유도가 낮아질 수 있습니다', '유연성이나 커스터마이징의 자유도가 낮을 수 있다', 'covered'],
  ['GPU 활용률이 높아지고 비용이 절감됩니다', 'GPU 활용률 향상', 'covered'],
  // Spacing variants, both directions.
  ['관리형서비스를 쓰면 편합니다', '관리형 서비스', 'covered'],
  ['관리형 서비스로 운영 부담을 덜 수 있습니다', '관리형서비스', 'covered'],
  ['인프라관리 부담이 감소합니다', '인프라 관리 부담 감소', 'covered'],
  ['온라인스토어는 최신 값을 빠르게 조회합니다', '온라인 스토어', 'covered'],
  // English terms, any case, inside Korean sentences.
  ['kserve로 서빙합니다', 'KServe', 'covered'],
  ['Triton Inference Server의 동적 배칭을 씁니다', 'NVIDIA Triton Inference Server', 'covered'],
  ['ML pipelines를 정의합니다', 'Kubeflow Pipelines', 'partly'],
  ['PSI(population stability index)로 측정합니다', 'PSI(Population Stability Index)', 'covered'],
  ['서버리스(Serverless)를 쓰면 인프라를 신경 쓰지 않아도 됩니다', '서버리스(Serverless)', 'covered'],
  ['mlflow의 alias를 씁니다', 'MLflow 3의 변화', 'missed'],
  ['Kubeflow pipeline으로 오케스트레이션합니다', 'Kubeflow Pipelines', 'covered'],
  // A point glossed in the other language is covered by either name.
  ['완전 관리형이고 서버리스로 돌아갑니다', '서버리스(Serverless)', 'covered'],
  ['오프라인 데이터를 materialization으로 온라인 스토어에 옮깁니다', '구체화(Materialization)', 'covered'],
  // Notation is not a word: P and X are not looked for on their own.
  ['입력 분포 P(X)가 바뀌는 것입니다', 'P(X)의 변화', 'covered'],
  // Denied or opposite: the words are there, the meaning is not.
  ['인프라 관리 부담이 줄지 않습니다', '인프라 관리 부담 감소', 'missed'],
  ['인프라 관리 부담이 오히려 증가합니다', '인프라 관리 부담 감소', 'missed'],
  ['생산성이 저하됩니다', '생산성 향상', 'missed'],
  ['생산성이 안 높아집니다', '생산성 향상', 'missed'],
  // Partly: some content words, not most.
  ['클라우드 벤더를 바꾸기 어렵습니다', '특정 클라우드 벤더에 대한 종속성', 'partly'],
  ['배포 전에 섀도로 돌려봅니다', '섀도 배포', 'covered'],
  ['데이터를 검증합니다', '데이터 품질 문제', 'missed'],
  ['재현하려면 코드 버전을 남깁니다', '데이터/모델 버전', 'missed'],
  ['재현하려면 데이터 버전과 코드를 남깁니다', '데이터/모델 버전', 'partly'],
  // Unrelated text and near-misses that must not match.
  ['인프라를 관리하는 부담이 줄고 생산성이 향상됩니다', '특정 클라우드 벤더에 대한 종속성', 'missed'],
  ['인프라를 관리하는 부담이 줄고 생산성이 향상됩니다', '유연성이나 커스터마이징의 자유도가 낮을 수 있다', 'missed'],
  ['잘 모르겠습니다', '생산성 향상', 'missed'],
  ['', 'Point-in-Time 정합 조인', 'missed'],
  ['버전을 에서 버전으로 올립니다', '서버', 'missed'],
  ['mlops 팀이 운영합니다', 'DevOps', 'missed'],
  ['평가 지표를 추가로 봅니다', '추론 속도', 'missed'],
  ['결과를 기록합니다', '결정 경계', 'missed'],
  ['도메인 지식이 필요합니다', '도메인 분류기', 'partly'],
  ['모듈을 분리합니다', '모델', 'missed'],
  ['배치로 처리합니다', '배포', 'missed'],
  ['캐시를 지웁니다', '카나리 배포', 'missed'],
];

describe('assessAnswer: one key point against one answer', () => {
  it.each(PAIRS)('%s | %s → %s', (answer, keyPoint, expected) => {
    expect(assessAnswer(answer, [keyPoint]).keyPoints[0]?.coverage).toBe(expected);
  });

  it('is NFC- and case-insensitive', () => {
    const decomposed = '모델 레지스트리'.normalize('NFD');
    expect(assessAnswer(decomposed, ['모델 레지스트리']).keyPoints[0]?.coverage).toBe('covered');
    expect(assessAnswer('AUTOLOG 기능', ['Autolog']).keyPoints[0]?.coverage).toBe('covered');
  });
});

describe('assessAnswer: the seed note, first question', () => {
  const answer = '인프라를 관리하는 부담이 줄고 생산성이 향상됩니다';
  const keyPoints = [
    '인프라 관리 부담 감소',
    '생산성 향상',
    '특정 클라우드 벤더에 대한 종속성',
    '유연성이나 커스터마이징의 자유도가 낮을 수 있다',
  ];
  const assessment = assessAnswer(answer, keyPoints);
  const marked = (index: number): string[] =>
    (assessment.keyPoints[index]?.matches ?? []).map(({ start, end }) => answer.slice(start, end));

  it('covers the two advantages and misses the two drawbacks', () => {
    expect(assessment.keyPoints.map((result) => result.coverage)).toEqual(['covered', 'covered', 'missed', 'missed']);
    expect(assessment.percent).toBe(50);
    expect(assessment.suggestedGrade).toBe(2);
  });

  it('highlights the words of the answer that matched, and nothing for a missed point', () => {
    expect(marked(0)).toEqual(['인프라를', '관리하는', '부담이', '줄고']);
    expect(marked(1)).toEqual(['생산성이', '향상됩니다']);
    expect(marked(2)).toEqual([]);
  });

  it('scores 0..1 with the documented thresholds', () => {
    expect(assessment.keyPoints[0]?.score).toBe(1);
    expect(assessment.keyPoints[2]?.score).toBeLessThan(PARTLY_MIN);
    expect(PARTLY_MIN).toBeLessThan(COVERED_MIN);
  });

  it('joins touching ranges into one highlight', () => {
    const result = assessAnswer('인프라관리', ['인프라 관리']).keyPoints[0];
    expect(result?.matches).toEqual([{ start: 0, end: 5 }]);
  });
});

describe('percent and suggested grade', () => {
  it('counts covered as 1 and partly as 0.5', () => {
    const assessment = assessAnswer('클라우드 벤더 종속 문제와 생산성 향상', [
      '생산성 향상',
      '특정 클라우드 벤더에 대한 종속성',
    ]);
    expect(assessment.keyPoints.map((result) => result.coverage)).toEqual(['covered', 'partly']);
    expect(assessment.percent).toBe(75);
    expect(assessment.suggestedGrade).toBe(3);
  });

  it('is null for a question without key points (self-check)', () => {
    expect(assessAnswer('아무 답', [])).toEqual({ keyPoints: [], percent: null, suggestedGrade: null });
  });

  it.each([
    [0, 1],
    [39, 1],
    [40, 2],
    [69, 2],
    [70, 3],
    [99, 3],
    [100, 4],
  ] as const)('%i percent suggests grade %i', (percent, grade) => {
    expect(gradeFromPercent(percent)).toBe(grade);
  });
});
