import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import type { ConsoleBookingSettingsQuery } from '../../../gql/graphql';
import { Card } from '../../../ui/Layout';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { Notice, Spinner } from '../../../ui/Feedback';
import { MutationErrors, QueryError } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';

const BookingSettingsDocument = graphql(`
  query ConsoleBookingSettings {
    bookingSettings { holdMinutes confirmationMinutes waitlistOfferMinutes reminderMinutes }
  }
`);

const UpdateBookingSettingsDocument = graphql(`
  mutation ConsoleUpdateBookingSettings($input: BookingSettingsInput!) {
    updateBookingSettings(input: $input) {
      settings { holdMinutes confirmationMinutes waitlistOfferMinutes reminderMinutes }
      userErrors { code field message }
    }
  }
`);

export function BookingSettingsForm() {
  const { t } = useTranslation('console');
  const [{ data, error }] = useQuery({ query: BookingSettingsDocument });
  return (
    <Card title={t('settings.booking')}>
      {error ? <QueryError error={error} /> : null}
      {data?.bookingSettings ? <SettingsFields settings={data.bookingSettings} /> : error ? null : <Spinner />}
    </Card>
  );
}

function SettingsFields({ settings }: { settings: NonNullable<ConsoleBookingSettingsQuery['bookingSettings']> }) {
  const { t } = useTranslation('console');
  const [hold, setHold] = useState(String(settings.holdMinutes));
  const [confirmation, setConfirmation] = useState(String(settings.confirmationMinutes));
  const [waitlist, setWaitlist] = useState(String(settings.waitlistOfferMinutes));
  const [reminders, setReminders] = useState(settings.reminderMinutes.join(', '));
  const [, update] = useMutation(UpdateBookingSettingsDocument);
  const action = useAction();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const reminderMinutes = reminders.split(/[,\s]+/).filter(Boolean).map((value) => Number.parseInt(value, 10)).filter((value) => !Number.isNaN(value));
    await action.run(
      update({ input: { holdMinutes: Number.parseInt(hold, 10), confirmationMinutes: Number.parseInt(confirmation, 10), waitlistOfferMinutes: Number.parseInt(waitlist, 10), reminderMinutes } }),
      (result) => result.updateBookingSettings,
    );
    setBusy(false);
  };

  return (
    <form className="stack stack-m" onSubmit={(event) => void submit(event)} noValidate>
      <div className="console-form">
        <TextField label={t('settings.holdMinutes')} hint={t('settings.holdHint')} type="number" min={1} max={1440} value={hold} onChange={(event) => setHold(event.target.value)} />
        <TextField label={t('settings.confirmationMinutes')} hint={t('settings.confirmationHint')} type="number" min={5} value={confirmation} onChange={(event) => setConfirmation(event.target.value)} />
        <TextField label={t('settings.waitlistMinutes')} hint={t('settings.waitlistHint')} type="number" min={1} max={1440} value={waitlist} onChange={(event) => setWaitlist(event.target.value)} />
        <TextField label={t('settings.reminders')} hint={t('settings.remindersHint')} value={reminders} onChange={(event) => setReminders(event.target.value)} />
      </div>
      <MutationErrors error={action.error} userErrors={action.userErrors} />
      {action.done ? <Notice tone="success">{t('common:saved')}</Notice> : null}
      <div><Button type="submit" busy={busy}>{t('settings.saveBooking')}</Button></div>
    </form>
  );
}
