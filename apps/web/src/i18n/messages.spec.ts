import { MessageChannel, MessageStatus, ShipmentKind, ShipmentStatus } from '@motcua/contracts';
import { format } from './format';
import { VIETNAMESE } from './messages';
import { ENGLISH } from './messages-en';

const MESSAGES = { vi: VIETNAMESE, en: ENGLISH };

describe('messages', () => {
  it('should give every Vietnamese text an English one with the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

    const mismatched = Object.keys(MESSAGES.vi).filter(
      (key) =>
        placeholders(MESSAGES.vi[key as keyof typeof MESSAGES.vi]).join() !==
        placeholders(MESSAGES.en[key as keyof typeof MESSAGES.en]).join(),
    );

    expect(mismatched).toEqual([]);
  });
});

describe(format.name, () => {
  it('should fill each placeholder when a value is given', () => {
    const text = format('Quầy {n}: số {number}', { n: 12, number: '0042' });

    expect(text).toBe('Quầy 12: số 0042');
  });

  it('should leave a placeholder when its value is missing', () => {
    const text = format('Còn {count} người', {});

    expect(text).toBe('Còn {count} người');
  });
});

describe('labels of the values the services send', () => {
  it.each([
    ['shipmentStatus', Object.values(ShipmentStatus)],
    ['shipmentKind', Object.values(ShipmentKind)],
    ['messageStatus', Object.values(MessageStatus)],
    ['messageChannel', Object.values(MessageChannel)],
  ])('should name every %s in both languages', (prefix, values) => {
    for (const language of ['vi', 'en'] as const) {
      const missing = values.filter((value) => !(`${prefix}.${value}` in MESSAGES[language]));
      expect(missing).toEqual([]);
    }
  });
});
