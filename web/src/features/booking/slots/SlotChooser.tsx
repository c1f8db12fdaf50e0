import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookableOffering } from '../prices';
import { useOfferingSlots, type Slot } from './useOfferingSlots';
import { MonthCalendar } from './MonthCalendar';
import { SlotPicker } from './SlotPicker';
import { SelectField } from '../../../ui/Field';
import { Notice, Spinner, EmptyState } from '../../../ui/Feedback';
import { describeError, describeFailure } from '../../../lib/errors';
import { formatDuration } from '../../../lib/format';
import { TimeZoneSelect } from './TimeZoneSelect';

export interface Choice {
  providerId: string | null;
  durationMinutes: number | null;
  timeZone: string;
  month: string;
  date: string | null;
  slot: Slot | null;
}

interface SlotChooserProps {
  offering: BookableOffering;
  today: string;
  choice: Choice;
  onChange: (choice: Choice) => void;
  /** The form for the chosen time, shown only while that time is still free. */
  renderForm: (slot: Slot) => ReactNode;
}

/** Provider ("any" by default), length, time zone, a month calendar and the chosen day's starts, live. */
export function SlotChooser({ offering, today, choice, onChange, renderForm }: SlotChooserProps) {
  const { t, i18n } = useTranslation('booking');
  const locale = i18n.resolvedLanguage ?? 'en';
  const group = offering.format === 'GROUP';
  const { byDay, fetching, error, userErrors } = useOfferingSlots({
    offeringId: offering.id, month: choice.month, timeZone: choice.timeZone, providerId: choice.providerId,
    durationMinutes: choice.durationMinutes, seats: 1, includeFull: group,
  });
  const available = useMemo(
    () => new Set([...byDay.entries()].filter(([, slots]) => slots.some((slot) => slot.remainingSeats > 0 || group)).map(([date]) => date)),
    [byDay, group],
  );
  // The first day with a free time opens by itself: a visitor sees times at once instead of an empty panel.
  const firstOpen = useMemo(() => [...available].sort()[0] ?? null, [available]);
  useEffect(() => {
    if (fetching || !firstOpen || choice.slot) return;
    if (!choice.date || !available.has(choice.date)) onChange({ ...choice, date: firstOpen });
  }, [choice, firstOpen, available, fetching, onChange]);
  const daySlots = choice.date ? byDay.get(choice.date) ?? [] : [];
  const selectedStillThere = choice.slot && daySlots.some((slot) => slot.start === choice.slot?.start && slot.provider.id === choice.slot.provider.id);

  return (
    <div className="chooser stack stack-m">
      <div className="chooser-options">
        {offering.providers.length > 1 ? (
          <SelectField label={t('provider')} value={choice.providerId ?? ''}
            onChange={(event) => onChange({ ...choice, providerId: event.target.value || null, date: null, slot: null })}>
            <option value="">{t('anyProvider')}</option>
            {offering.providers.map((provider) => <option key={provider.id} value={provider.id}>{provider.displayName}</option>)}
          </SelectField>
        ) : null}
        {offering.durationsMinutes.length > 1 ? (
          <SelectField label={t('duration')} value={choice.durationMinutes ?? offering.durationsMinutes[0]}
            onChange={(event) => onChange({ ...choice, durationMinutes: Number(event.target.value), slot: null })}>
            {offering.durationsMinutes.map((minutes) => <option key={minutes} value={minutes}>{formatDuration(minutes, locale)}</option>)}
          </SelectField>
        ) : null}
        <TimeZoneSelect value={choice.timeZone} onChange={(timeZone) => onChange({ ...choice, timeZone, date: null, slot: null })} />
      </div>
      {error ? <Notice tone="error">{describeFailure(t, error)}</Notice> : null}
      {userErrors[0] ? <Notice tone="warning">{describeError(t, userErrors[0])}</Notice> : null}
      <div className="chooser-body">
        <MonthCalendar month={choice.month} today={today} available={available} selected={choice.date}
          onSelect={(date) => onChange({ ...choice, date, slot: null })}
          onMonthChange={(month) => onChange({ ...choice, month, date: null, slot: null })} />
        <div className="day-slots" aria-live="polite">
          {fetching ? <Spinner label={t('findingTimes')} /> : choice.date ? (
            <>
              <h3>{t('timesOn', { date: new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
                .format(new Date(`${choice.date}T12:00:00Z`)) })}</h3>
              {daySlots.length ? (
                <SlotPicker slots={daySlots} timeZone={choice.timeZone} group={group} showProvider={!choice.providerId && offering.providers.length > 1}
                  selected={selectedStillThere ? choice.slot : null} onSelect={(slot) => onChange({ ...choice, slot })} />
              ) : <EmptyState title={t('dayGone')} />}
              {choice.slot && !selectedStillThere ? <Notice tone="warning">{t('slotGone')}</Notice> : null}
            </>
          ) : available.size ? <p className="muted">{t('pickDay')}</p> : <EmptyState title={t('noTimesThisMonth')} />}
        </div>
      </div>
      {choice.slot && selectedStillThere ? renderForm(choice.slot) : null}
    </div>
  );
}
