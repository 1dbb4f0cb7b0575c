import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { db, kindsChosenByUpgrade, readCardKinds, setCardKinds } from '../../db';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { CARD_KINDS_SECTION_ID } from '../../ui/kind-choice-fields';

/**
 * For a learner who studied before notes gave table, concept and code
 * cards: their queue kept questions only, so say the other kinds exist and
 * where to turn them on, until they choose (or dismiss this, which keeps
 * their kinds as they are).
 */
export function NewKindsNotice() {
  const { t } = useTranslation();
  const show = useStoredQuery(() => kindsChosenByUpgrade(db), [], false);
  if (!show) return null;
  const dismiss = async (): Promise<void> => {
    const { kinds } = await readCardKinds(db);
    await setCardKinds(db, { choice: kinds, now: Date.now() });
  };
  return (
    <section className="notice new-kinds" aria-labelledby="new-kinds-title">
      <h2 id="new-kinds-title">{t('cardKinds.newTitle')}</h2>
      <p>{t('cardKinds.newText')}</p>
      <p className="actions">
        <Link className="button small" to={`/settings#${CARD_KINDS_SECTION_ID}`}>
          {t('cardKinds.newChoose')}
        </Link>
        <button type="button" className="button secondary small" onClick={() => void dismiss()}>
          {t('cardKinds.newDismiss')}
        </button>
      </p>
    </section>
  );
}
