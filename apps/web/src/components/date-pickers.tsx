import type { Dayjs } from 'dayjs';
import { Input, type DatePickerProps } from 'antd';
import type { RangePickerProps } from 'antd/es/date-picker';
import { lazy, Suspense, type CSSProperties } from 'react';

// Ant Design's date picker weighs about 33 KB gzipped: it arrives just after the page it sits on, so the
// page's first load stays light; a disabled field holds its place meanwhile.
const LazyDatePicker = lazy(async () => {
  const { default: AntDatePicker } = await import('antd/es/date-picker');
  return { default: (props: DatePickerProps<Dayjs, false>) => <AntDatePicker<Dayjs, false> {...props} /> };
});
const LazyRangePicker = lazy(async () => ({
  default: (await import('antd/es/date-picker')).default.RangePicker,
}));

function Placeholder({ style, wide }: { style?: CSSProperties; wide?: boolean }) {
  return <Input disabled style={{ width: wide ? 260 : 150, ...style }} />;
}

/** Ant Design's `DatePicker`, loaded on first use. */
export function DatePicker(props: DatePickerProps<Dayjs, false>) {
  return (
    <Suspense fallback={<Placeholder style={props.style} />}>
      <LazyDatePicker {...props} />
    </Suspense>
  );
}

/** Ant Design's `DatePicker.RangePicker`, loaded on first use. */
export function RangePicker(props: RangePickerProps) {
  return (
    <Suspense fallback={<Placeholder style={props.style} wide />}>
      <LazyRangePicker {...props} />
    </Suspense>
  );
}
