import { useTranslation } from 'react-i18next';
import type { KeyPointResult } from '../../core';

/** Each key point with its verdict in words and colour (never colour alone). */
export function KeyPointList({ keyPoints }: { keyPoints: readonly KeyPointResult[] }) {
  const { t } = useTranslation();
  return (
    <ul className="key-points">
      {keyPoints.map((point, index) => (
        <li key={index} className={`key-point key-point-${point.coverage}`}>
          <span className={`chip coverage-badge coverage-${point.coverage}`}>
            {t(`interview.feedback.status.${point.coverage}`)}
          </span>{' '}
          <span lang="ko">{point.keyPoint}</span>
        </li>
      ))}
    </ul>
  );
}
