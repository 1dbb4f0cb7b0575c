import { useTranslation } from 'react-i18next';
import type { InterviewSource } from '../../core';
import { findNote } from '../../data/notes';

/** A session's source in words, for the report and the history. */
export function SourceLabel({ source }: { source: InterviewSource }) {
  const { t } = useTranslation();
  switch (source.kind) {
    case 'all':
    case 'due-first':
      return <>{t(`interview.source.${source.kind}`)}</>;
    case 'deck':
      return <>{t('interview.source.deck', { name: source.deck })}</>;
    case 'tag':
      return <>{t('interview.source.tag', { name: source.tag })}</>;
    case 'difficulty':
      return <>{t('interview.source.difficulty', { name: t(`difficulty.${source.difficulty}`) })}</>;
    case 'note':
      return <>{t('interview.source.note', { name: findNote(source.noteId)?.title ?? source.noteId })}</>;
    case 'cards':
      return <>{t('interview.source.cards', { count: source.cardIds.length })}</>;
  }
}
