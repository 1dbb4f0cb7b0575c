import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatSteps,
  HIGH_RETENTION,
  parseRetention,
  parseSteps,
  parseWholeNumber,
  SETTING_LIMITS,
  type SchedulerSettings,
  type StudySettings,
} from '../../core';
import { formatNumber } from '../../i18n/format';
import { RescheduleDialog, type RescheduleRequest } from './reschedule-dialog';
import { SettingField, type Parsed } from './setting-field';

interface GroupProps {
  settings: StudySettings;
  onSaved: (message: string) => void;
  onEdit: () => void;
}

const TEXT_INPUT = { type: 'text', spellCheck: false, autoCapitalize: 'off', autoComplete: 'off' } as const;

/**
 * FSRS's settings. Each change asks (RescheduleDialog) whether the cards
 * already studied are rescheduled under it or only future reviews use it.
 */
export function SchedulingSettings({ settings, onSaved, onEdit }: GroupProps) {
  const { t, i18n } = useTranslation();
  const fuzzId = useId();
  const fuzzHelpId = useId();
  const [request, setRequest] = useState<RescheduleRequest | null>(null);
  const scheduler = settings.scheduler;

  const propose = (change: Partial<SchedulerSettings>, setting: string, from: string, to: string) =>
    new Promise<boolean>((resolve) =>
      setRequest({ change, summary: t('settings.rescheduleChange', { setting, from, to }), resolve }),
    );

  const retention = (raw: string): Parsed<number> => {
    const value = parseRetention(raw);
    return value === null
      ? { ok: false, message: t('settings.retentionInvalid', SETTING_LIMITS.desiredRetention) }
      : { ok: true, value };
  };
  const maximumInterval = (raw: string): Parsed<number> => {
    const value = parseWholeNumber(raw, SETTING_LIMITS.maximumIntervalDays);
    return value === null
      ? { ok: false, message: t('settings.maxIntervalInvalid', SETTING_LIMITS.maximumIntervalDays) }
      : { ok: true, value };
  };
  const steps = (raw: string): Parsed<string[]> => {
    const parsed = parseSteps(raw);
    if (parsed.ok) return { ok: true, value: parsed.steps };
    const { problem } = parsed;
    return {
      ok: false,
      message: t(`settings.stepsProblem.${problem.kind}`, 'step' in problem ? { step: problem.step } : {}),
    };
  };
  const number = (value: number): string => formatNumber(value, i18n.language);
  const stepsText = (value: string[]): string => formatSteps(value) || t('settings.noSteps');

  return (
    <fieldset className="settings-group">
      <legend>{t('settings.groupScheduling')}</legend>
      <SettingField
        label={t('settings.retention')}
        help={t('settings.retentionHelp', SETTING_LIMITS.desiredRetention)}
        value={scheduler.desiredRetention}
        format={String}
        parse={retention}
        warning={(value) => (value > HIGH_RETENTION ? t('settings.retentionHigh') : null)}
        onEdit={onEdit}
        onCommit={(value) =>
          propose(
            { desiredRetention: value },
            t('settings.retention'),
            number(scheduler.desiredRetention),
            number(value),
          )
        }
        input={{ type: 'number', inputMode: 'decimal', ...SETTING_LIMITS.desiredRetention }}
      />
      <SettingField
        label={t('settings.maxInterval')}
        help={t('settings.maxIntervalHelp', SETTING_LIMITS.maximumIntervalDays)}
        value={scheduler.maximumIntervalDays}
        format={String}
        parse={maximumInterval}
        onEdit={onEdit}
        onCommit={(value) =>
          propose(
            { maximumIntervalDays: value },
            t('settings.maxInterval'),
            number(scheduler.maximumIntervalDays),
            number(value),
          )
        }
        input={{ type: 'number', inputMode: 'numeric', step: 1, ...SETTING_LIMITS.maximumIntervalDays }}
      />
      {(['learningSteps', 'relearningSteps'] as const).map((key) => (
        <SettingField
          key={key}
          label={t(`settings.${key}`)}
          help={t(`settings.${key}Help`)}
          value={scheduler[key]}
          format={formatSteps}
          parse={steps}
          onEdit={onEdit}
          onCommit={(value) =>
            propose({ [key]: value }, t(`settings.${key}`), stepsText(scheduler[key]), stepsText(value))
          }
          input={TEXT_INPUT}
        />
      ))}
      <div className="field field-check">
        <input
          id={fuzzId}
          type="checkbox"
          checked={request?.change.fuzz ?? scheduler.fuzz}
          aria-describedby={fuzzHelpId}
          onChange={(event) => {
            onEdit();
            const on = event.target.checked;
            void propose({ fuzz: on }, t('settings.fuzz'), t(onOff(scheduler.fuzz)), t(onOff(on)));
          }}
        />
        <label htmlFor={fuzzId}>{t('settings.fuzz')}</label>
        <p id={fuzzHelpId} className="muted field-help">
          {t('settings.fuzzHelp')}
        </p>
      </div>
      <RescheduleDialog
        request={request}
        onSettled={(message) => {
          setRequest(null);
          if (message) onSaved(message);
        }}
      />
    </fieldset>
  );
}

function onOff(on: boolean): 'settings.on' | 'settings.off' {
  return on ? 'settings.on' : 'settings.off';
}
