import { useTranslation } from 'react-i18next';
import { parseWholeNumber, SETTING_LIMITS, type StudySettings } from '../../core';
import { saveSettingsChange } from './save-settings';
import { SettingField, type Parsed } from './setting-field';

type WholeNumberKey = 'newCardsPerDay' | 'maxReviewsPerDay' | 'dayStartHour';
const FIELDS: { key: WholeNumberKey; name: string }[] = [
  { key: 'newCardsPerDay', name: 'newPerDay' },
  { key: 'maxReviewsPerDay', name: 'maxReviews' },
  { key: 'dayStartHour', name: 'dayStart' },
];

interface GroupProps {
  settings: StudySettings;
  onSaved: () => void;
  onEdit: () => void;
}

/** How much a study day holds, and when it begins. */
export function DailyLimitSettings({ settings, onSaved, onEdit }: GroupProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="settings-group">
      <legend>{t('settings.groupDaily')}</legend>
      {FIELDS.map(({ key, name }) => {
        const limits = SETTING_LIMITS[key];
        const parse = (raw: string): Parsed<number> => {
          const value = parseWholeNumber(raw, limits);
          return value === null ? { ok: false, message: t(`settings.${name}Invalid`, limits) } : { ok: true, value };
        };
        return (
          <SettingField
            key={key}
            label={t(`settings.${name}`)}
            help={t(`settings.${name}Help`, limits)}
            value={settings[key]}
            format={String}
            parse={parse}
            onEdit={onEdit}
            onCommit={async (value) => {
              await saveSettingsChange((current) => ({ ...current, [key]: value }));
              onSaved();
              return true;
            }}
            input={{ type: 'number', inputMode: 'numeric', min: limits.min, max: limits.max, step: 1 }}
          />
        );
      })}
    </fieldset>
  );
}
