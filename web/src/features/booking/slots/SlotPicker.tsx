import { useTranslation } from 'react-i18next';
import type { Slot } from './useOfferingSlots';
import { formatTime } from '../../../lib/format';

interface SlotPickerProps {
  slots: Slot[];
  timeZone: string;
  group: boolean;
  showProvider: boolean;
  selected: Slot | null;
  onSelect: (slot: Slot) => void;
}

/** The chosen day's starts; a group session shows the seats left, and a full one offers the waitlist. */
export function SlotPicker({ slots, timeZone, group, showProvider, selected, onSelect }: SlotPickerProps) {
  const { t, i18n } = useTranslation('booking');
  const locale = i18n.resolvedLanguage ?? 'en';
  return (
    <ul className="slots" aria-label={t('timesOfDay')}>
      {slots.map((slot) => {
        const full = slot.remainingSeats <= 0;
        const key = `${slot.start}-${slot.provider.id}`;
        const isSelected = selected?.start === slot.start && selected.provider.id === slot.provider.id;
        return (
          <li key={key}>
            <button
              type="button"
              className={`slot${isSelected ? ' slot-selected' : ''}${full ? ' slot-full' : ''}`}
              aria-pressed={isSelected}
              data-start={slot.start}
              onClick={() => onSelect(slot)}
            >
              <span className="slot-time">{formatTime(slot.start, timeZone, locale)}</span>
              {showProvider ? <span className="slot-meta">{slot.provider.displayName}</span> : null}
              {group ? (
                <span className="slot-meta">{full ? t('full') : t('seatsLeft', { count: slot.remainingSeats })}</span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
