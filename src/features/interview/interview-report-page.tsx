import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { buildInterviewReport, type GradedAnswer, type WeakSpot } from '../../core';
import { findCard, useNotes } from '../../data/notes';
import { formatDateTime } from '../../i18n/format';
import { askedQuestion } from './asked-question';
import { HighlightedAnswer } from './highlighted-answer';
import { QuestionText } from './interview-question-view';
import { reportQuestions } from './report-questions';
import { SourceLabel } from './source-label';
import { startInterview } from './start-interview';
import { formatClock } from './use-countdown';
import { useInterviewSession } from './use-interview-session';
import { usePageTitle } from '../../hooks/use-document-title';

const percentText = (percent: number | null): string => (percent === null ? '—' : `${Math.round(percent)}%`);

export function InterviewReportPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('interview.report.title'));
  const navigate = useNavigate();
  const rawId = useParams().id ?? '';
  const session = useInterviewSession(Number(rawId));
  const [retrying, setRetrying] = useState(false);
  const [retryProblem, setRetryProblem] = useState(false);
  const report = useMemo(() => (session ? buildInterviewReport(reportQuestions(session)) : null), [session]);

  if (session === undefined) return <p className="panel muted">{t('interview.session.loading')}</p>;
  if (session === null || !report) {
    return (
      <section className="panel" role="alert">
        <h1>{t('interview.session.notFound', { id: rawId })}</h1>
        <Link className="button" to="/interview/history">
          {t('interview.report.history')}
        </Link>
      </section>
    );
  }

  const retry = async (): Promise<void> => {
    setRetrying(true);
    const result = await startInterview(
      {
        ...session.settings,
        source: { kind: 'cards', cardIds: report.missedCardIds },
        questionCount: report.missedCardIds.length,
      },
      Date.now(),
    ).catch(() => null);
    if (result?.ok) void navigate(`/interview/session/${result.sessionId}`);
    else {
      // Say why instead of doing nothing (e.g. the missed questions were removed from the notes).
      setRetryProblem(true);
      setRetrying(false);
    }
  };

  return (
    <div className="interview-report">
      <section className="panel">
        <h1>{t('interview.report.title')}</h1>
        <p className="muted">
          {formatDateTime(session.startedAt, i18n.language)} · <SourceLabel source={session.settings.source} />
        </p>
        {session.status === 'in-progress' && (
          <p className="notice">
            {t('interview.report.inProgress')}{' '}
            <Link to={`/interview/session/${session.id}`}>{t('interview.report.resume')}</Link>
          </p>
        )}
        <dl className="report-summary">
          <div>
            <dt>{t('interview.report.overall')}</dt>
            <dd className="report-big">{percentText(report.overallPercent)}</dd>
          </div>
          <div>
            <dt>{t('interview.report.totalTime')}</dt>
            <dd className="report-big">{formatClock(report.totalTimeMs)}</dd>
          </div>
        </dl>
        <div className="weak-spots">
          <WeakList title={t('interview.report.weakTags')} spots={report.weakestTags} />
          <WeakList title={t('interview.report.weakDecks')} spots={report.weakestDecks} />
        </div>
        {retryProblem && (
          <p className="notice" role="alert">
            {t('interview.report.retryProblem')}
          </p>
        )}
        <p className="actions">
          {report.missedCardIds.length > 0 ? (
            <>
              <button type="button" className="button" onClick={() => void retry()} disabled={retrying}>
                {t('interview.report.retry')}
              </button>
              <Link
                className="button secondary"
                to={`/study?cards=${report.missedCardIds.map(encodeURIComponent).join(',')}`}
              >
                {t('interview.report.study')}
              </Link>
            </>
          ) : (
            session.status === 'done' && <span className="muted">{t('interview.report.nothingMissed')}</span>
          )}
          <Link className="button secondary" to="/interview">
            {t('interview.report.newInterview')}
          </Link>
          <Link className="button secondary" to="/interview/history">
            {t('interview.report.history')}
          </Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="report-questions">
        <h2 id="report-questions" className="section-title">
          {t('interview.report.questions')}
        </h2>
        <ol className="report-questions">
          {session.results.map((result, index) => (
            <ReportRow key={index} result={result} />
          ))}
        </ol>
      </section>
    </div>
  );
}

function WeakList({ title, spots }: { title: string; spots: WeakSpot[] }) {
  const { t } = useTranslation();
  return (
    <section>
      <h2 className="card-label">{title}</h2>
      {spots.length === 0 ? (
        <p className="muted">{t('interview.report.weakNone')}</p>
      ) : (
        <ul className="plain-list">
          {spots.map((spot) => (
            <li key={spot.name}>
              {t('interview.report.weakItem', {
                name: spot.name,
                percent: Math.round(spot.percent),
                count: spot.questions,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportRow({ result }: { result: GradedAnswer }) {
  const { t } = useTranslation();
  useNotes(); // redraw when the library changes
  const card = findCard(result.cardId);
  const missed = (result.assessment?.keyPoints ?? []).filter((k) => k.coverage === 'missed');
  // A half-said point is still one to revise: list it, marked, beside the missed ones.
  const partly = (result.assessment?.keyPoints ?? []).filter((k) => k.coverage === 'partly');
  const percent = result.assessment?.percent ?? null;
  return (
    <li className="report-question">
      <div className="card-question report-question-text" lang="ko">
        {card ? (
          <QuestionText card={card} question={askedQuestion(card)} />
        ) : (
          <p className="muted">{t('interview.report.removedQuestion')}</p>
        )}
      </div>
      <dl className="report-facts">
        <div>
          <dt>{t('interview.report.timeUsed')}</dt>
          <dd>
            {formatClock(result.timeUsedMs)}
            {result.timedOut && ` (${t('interview.report.timedOut')})`}
          </dd>
        </div>
        <div>
          <dt>{t('interview.report.coverage')}</dt>
          <dd>{percent === null ? t('interview.report.selfCheck') : percentText(percent)}</dd>
        </div>
        <div>
          <dt>{t('interview.report.grade')}</dt>
          <dd>{t(`study.grade.${result.grade}`)}</dd>
        </div>
        {result.assessment && result.assessment.keyPoints.length > 0 && (
          <div className="report-missed">
            <dt>{t('interview.report.missed')}</dt>
            <dd lang="ko">
              {missed.length + partly.length === 0
                ? t('interview.report.noneMissed')
                : [
                    ...missed.map((k) => k.keyPoint),
                    ...partly.map((k) => t('interview.report.partlyPoint', { keyPoint: k.keyPoint })),
                  ].join(' · ')}
            </dd>
          </div>
        )}
      </dl>
      <details>
        <summary>{t('interview.report.showAnswer')}</summary>
        {result.answer.trim() ? (
          <HighlightedAnswer text={result.answer} keyPoints={result.assessment?.keyPoints ?? []} />
        ) : (
          <p className="muted">{t('interview.feedback.noAnswer')}</p>
        )}
      </details>
    </li>
  );
}
