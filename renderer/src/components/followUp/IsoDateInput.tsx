import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/** A day as the service takes it (YYYY-MM-DD), shown dd/mm/yyyy. */
export function IsoDateInput({
  value,
  onChange,
  ariaLabel,
  allowClear = true,
}: {
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
  ariaLabel: string;
  allowClear?: boolean;
}) {
  return (
    <DatePicker
      aria-label={ariaLabel}
      format="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      allowClear={allowClear}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)}
    />
  );
}
