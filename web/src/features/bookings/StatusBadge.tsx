import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Feedback';
import type { BookingStatus } from '../../gql/graphql';

const tones: Record<BookingStatus, 'neutral' | 'good' | 'warn' | 'bad' | 'info'> = {
  HELD: 'info',
  AWAITING_HOST: 'warn',
  CONFIRMED: 'good',
  COMPLETED: 'neutral',
  CANCELLED: 'bad',
  DECLINED: 'bad',
  EXPIRED: 'neutral',
  NO_SHOW: 'bad',
};

/** The status in words (colour only repeats it). */
export function StatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{t(`common:status.${status}`)}</Badge>;
}

export const activeStatuses: BookingStatus[] = ['HELD', 'AWAITING_HOST', 'CONFIRMED'];
