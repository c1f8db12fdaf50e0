import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';

export interface TimeRangeValue { start: string; end: string }

/** Editable "from–to" rows; time inputs cannot say 24:00, so an end of 00:00 means midnight (see toApiRange). */
export function RangesEditor({ ranges, onChange, context }: { ranges: TimeRangeValue[]; onChange: (ranges: TimeRangeValue[]) => void; context: string }) {
  const { t } = useTranslation('agenda');
  const update = (index: number, patch: Partial<TimeRangeValue>) =>
    onChange(ranges.map((range, i) => (i === index ? { ...range, ...patch } : range)));
  return (
    <div className="ranges">
      {ranges.map((range, index) => (
        <div className="range-row" key={index}>
          <TextField label={<>{t('from')}<span className="visually-hidden"> ({context}, {index + 1})</span></>} type="time" value={range.start} onChange={(event) => update(index, { start: event.target.value })} required />
          <TextField label={<>{t('to')}<span className="visually-hidden"> ({context}, {index + 1})</span></>} type="time" value={range.end} onChange={(event) => update(index, { end: event.target.value })} required />
          <Button variant="ghost" onClick={() => onChange(ranges.filter((_, i) => i !== index))}>
            {t('remove')}<span className="visually-hidden"> {context} {range.start}–{range.end}</span>
          </Button>
        </div>
      ))}
      <div>
        <Button variant="secondary" onClick={() => onChange([...ranges, { start: '09:00', end: '17:00' }])}>
          {t('addHours')}<span className="visually-hidden">: {context}</span>
        </Button>
      </div>
    </div>
  );
}

export function toApiRange(range: TimeRangeValue): TimeRangeValue {
  return { start: range.start, end: range.end === '00:00' ? '24:00' : range.end };
}

export function fromApiRange(range: TimeRangeValue): TimeRangeValue {
  return { start: range.start.slice(0, 5), end: range.end.startsWith('24') ? '00:00' : range.end.slice(0, 5) };
}
