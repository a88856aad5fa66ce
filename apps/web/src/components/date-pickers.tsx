import { CalendarOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Input, type DatePickerProps } from 'antd';
import type { RangePickerProps } from 'antd/es/date-picker';
import { lazy, Suspense, useState, type CSSProperties } from 'react';

// Ant Design's date picker weighs about 33 KB gzipped. A page shows its dates in a plain read-only field and
// loads the picker when the pointer or the focus reaches the field, which then becomes the picker in place.
const LazyDatePicker = lazy(async () => {
  const { default: AntDatePicker } = await import('antd/es/date-picker');
  return { default: (props: DatePickerProps<Dayjs, false>) => <AntDatePicker<Dayjs, false> {...props} /> };
});
const LazyRangePicker = lazy(async () => ({
  default: (await import('antd/es/date-picker')).default.RangePicker,
}));

type Reached = 'no' | 'pointer' | 'focus';

interface FieldProps {
  readonly id?: string;
  readonly text: string;
  readonly style?: CSSProperties;
  readonly wide?: boolean;
  readonly disabled?: boolean;
  onReach(by: Exclude<Reached, 'no'>): void;
}

/** The value as the picker will show it, until the picker is loaded. */
function DateField({ id, text, style, wide, disabled, onReach }: FieldProps) {
  return (
    <Input
      id={id}
      readOnly
      disabled={disabled}
      value={text}
      suffix={<CalendarOutlined style={{ color: 'rgba(0, 0, 0, 0.25)' }} />}
      style={{ width: wide ? 260 : 150, ...style }}
      onPointerEnter={() => onReach('pointer')}
      onFocus={() => onReach('focus')}
    />
  );
}

function useReached() {
  const [reached, setReached] = useState<Reached>('no');
  // Focus wins over the pointer: the picker then takes the focus the field had.
  const reach = (by: Exclude<Reached, 'no'>) => setReached((now) => (now === 'focus' ? now : by));
  return [reached, reach] as const;
}

export type DatePickerFieldProps = Omit<DatePickerProps<Dayjs, false>, 'format'> & { format: string };

/** Ant Design's `DatePicker`, loaded when the user reaches the field. */
export function DatePicker(props: DatePickerFieldProps) {
  const [reached, reach] = useReached();
  const field = (
    <DateField
      id={props.id}
      text={props.value?.format(props.format) ?? ''}
      style={props.style}
      disabled={props.disabled === true}
      onReach={reach}
    />
  );
  if (reached === 'no') return field;
  return (
    <Suspense fallback={field}>
      <LazyDatePicker {...props} autoFocus={reached === 'focus'} />
    </Suspense>
  );
}

export type RangePickerFieldProps = Omit<RangePickerProps, 'format' | 'value'> & {
  format: string;
  value: [Dayjs, Dayjs];
};

/** Ant Design's `DatePicker.RangePicker`, loaded when the user reaches the field. */
export function RangePicker(props: RangePickerFieldProps) {
  const [reached, reach] = useReached();
  const [from, to] = props.value;
  const field = (
    <DateField
      id={typeof props.id === 'string' ? props.id : props.id?.start}
      text={`${from.format(props.format)} → ${to.format(props.format)}`}
      style={props.style}
      disabled={props.disabled === true}
      wide
      onReach={reach}
    />
  );
  if (reached === 'no') return field;
  return (
    <Suspense fallback={field}>
      <LazyRangePicker {...props} autoFocus={reached === 'focus'} />
    </Suspense>
  );
}
