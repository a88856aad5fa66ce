import { EventKey, MessageAudience, MessageChannel, ShipmentKind } from '@motcua/contracts';
import { EVENT_FIXTURES } from '@motcua/contracts/test';
import { NOTIFICATION_RULES, ruleFor } from '../messages/notification-rules';
import { DEFAULT_TEMPLATES, templateKey } from './default-templates';
import { placeholdersOf } from './template-text';

const CITIZEN_CHANNELS = [MessageChannel.Sms, MessageChannel.Email];

// Payload variants that reach other audiences than the fixtures do.
const VARIANTS = [
  { officerId: '01a21ebe-84ad-7178-be29-781f85ee9fd6' },
  { kind: ShipmentKind.ResultToCitizen },
  { awaitsPayment: true, totalDong: 1000 },
];

describe('DEFAULT_TEMPLATES', () => {
  it.each([...DEFAULT_TEMPLATES.keys()])('should use only the placeholders its event offers: %s', (key) => {
    const [eventType] = key.split('|') as [EventKey];
    const template = DEFAULT_TEMPLATES.get(key);
    const known = Object.keys(ruleFor(eventType)?.sample ?? {});

    const used = [...placeholdersOf(template?.body ?? ''), ...placeholdersOf(template?.subject ?? '')];

    expect(known.length).toBeGreaterThan(0);
    expect(used.filter((name) => !known.includes(name))).toEqual([]);
  });

  it.each(Object.keys(NOTIFICATION_RULES) as EventKey[])(
    'should have a template for every audience and channel the rule of %s reaches',
    (type) => {
      const rule = ruleFor(type);
      const event = EVENT_FIXTURES[type]() as object;
      const audiences = new Set(
        [{}, ...VARIANTS].flatMap((variant) => rule?.audiences({ ...event, ...variant } as never) ?? []),
      );

      const missing = [...audiences].flatMap((audience) =>
        (audience === MessageAudience.Citizen ? CITIZEN_CHANNELS : [MessageChannel.Inbox])
          .map((channel) => templateKey(type, channel, audience))
          .filter((key) => !DEFAULT_TEMPLATES.has(key)),
      );

      expect(missing).toEqual([]);
    },
  );

  it('should give every staff inbox template a title', () => {
    const untitled = [...DEFAULT_TEMPLATES.entries()].filter(
      ([key, template]) => key.includes(`|${MessageChannel.Inbox}|`) && !template.subject,
    );

    expect(untitled).toEqual([]);
  });
});
