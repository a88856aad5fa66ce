import {
  DOSSIER_ASSIGNED_V1,
  DOSSIER_DUE_SOON_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESOLVED_V1,
  DueSoonThreshold,
  EventKey,
  FEE_ASSESSED_V1,
  MessageAudience,
  ResolutionOutcome,
  SHIPMENT_FAILED_V1,
  SHIPMENT_HELD_V1,
  SHIPMENT_PICKED_UP_V1,
  SHIPMENT_RELEASED_V1,
  ShipmentKind,
} from '@motcua/contracts';
import { EVENT_FIXTURES } from '@motcua/contracts/test';
import { NOTIFICATION_RULES, ruleFor, vietnamDate, vietnamDateTime } from './notification-rules';

const CONTEXT = { publicBaseUrl: 'https://dichvucong.nghean.gov.vn' };
const OFFICER = '01a21ebe-84ad-7178-be29-781f85ee9fd6';

describe('vietnamDate', () => {
  it('should give the Vietnam date when the instant is after 17:00Z', () => {
    expect(vietnamDate('2025-10-26T17:30:00Z')).toBe('27/10/2025');
  });

  it('should give the same date just before 17:00Z', () => {
    expect(vietnamDate('2025-10-26T16:59:59Z')).toBe('26/10/2025');
  });

  it('should pad day and month to two digits', () => {
    expect(vietnamDate('2026-03-05T01:00:00Z')).toBe('05/03/2026');
  });
});

describe('vietnamDateTime', () => {
  it('should keep the hour of a due date in Vietnam time', () => {
    expect(vietnamDateTime('2026-12-10T10:00:00.000Z')).toBe('17:00 ngày 10/12/2026');
  });
});

describe('NOTIFICATION_RULES', () => {
  it('should tell the applicant of reception with the code, due date and an encoded lookup link', () => {
    const rule = ruleFor(DOSSIER_RECEIVED_V1);
    const event = EVENT_FIXTURES[DOSSIER_RECEIVED_V1]();

    const params = rule?.params({ ...event, dueAt: '2026-12-07T03:00:00.000Z' }, CONTEXT);

    expect(rule?.audiences(event)).toEqual([MessageAudience.Citizen]);
    expect(rule?.isLegalNotice).toBe(true);
    expect(params).toMatchObject({
      code: event.code,
      receivedDate: '28/11/2026',
      dueDate: '10:00 ngày 07/12/2026',
      lookupUrl: `${CONTEXT.publicBaseUrl}/tra-cuu?ma=${encodeURIComponent(event.code)}`,
    });
  });

  it('should leave the due date out when reception promised none', () => {
    const event = EVENT_FIXTURES[DOSSIER_RECEIVED_V1]();

    expect(ruleFor(DOSSIER_RECEIVED_V1)?.params(event, CONTEXT).dueDate).toBeUndefined();
  });

  it('should give an assignment to the named officer, else to the whole unit', () => {
    const rule = ruleFor(DOSSIER_ASSIGNED_V1);
    const event = EVENT_FIXTURES[DOSSIER_ASSIGNED_V1]();

    expect(rule?.audiences(event)).toEqual([MessageAudience.Unit]);
    expect(rule?.audiences({ ...event, officerId: OFFICER })).toEqual([MessageAudience.Officer]);
    expect(rule?.staff({ ...event, officerId: OFFICER })).toEqual({
      userId: OFFICER,
      unitCode: event.unitCode,
    });
  });

  it('should alert the officer and the unit leads of a due-soon dossier, urgent only on the due day', () => {
    const rule = ruleFor(DOSSIER_DUE_SOON_V1);
    const event = { ...EVENT_FIXTURES[DOSSIER_DUE_SOON_V1](), officerId: OFFICER };

    expect(rule?.audiences(event)).toEqual([MessageAudience.Officer, MessageAudience.UnitLead]);
    expect(rule?.audiences({ ...event, officerId: undefined })).toEqual([MessageAudience.UnitLead]);
    expect(rule?.isUrgent(event)).toBe(false);
    expect(rule?.isUrgent({ ...event, threshold: DueSoonThreshold.DueDay })).toBe(true);
    expect(rule?.params(event, CONTEXT).remaining).toBe('còn 1 ngày làm việc');
  });

  it('should make overdue alerts urgent', () => {
    expect(ruleFor(DOSSIER_OVERDUE_V1)?.isUrgent(EVENT_FIXTURES[DOSSIER_OVERDUE_V1]())).toBe(true);
  });

  it('should give the apology both the old and the new date', () => {
    const params = ruleFor(DOSSIER_EXTENDED_V1)?.params(EVENT_FIXTURES[DOSSIER_EXTENDED_V1](), CONTEXT);

    expect(params).toMatchObject({
      previousDueDate: '17:00 ngày 07/12/2026',
      newDueDate: '17:00 ngày 10/12/2026',
    });
  });

  it('should say whether a resolution approved the request', () => {
    const rule = ruleFor(DOSSIER_RESOLVED_V1);
    const event = EVENT_FIXTURES[DOSSIER_RESOLVED_V1]();

    expect(rule?.params(event, CONTEXT).isApproved).toBe('có');
    expect(
      rule?.params({ ...event, outcome: ResolutionOutcome.Refused }, CONTEXT).isApproved,
    ).toBeUndefined();
    expect(rule?.isLegalNotice).toBe(false);
  });

  it('should tell the applicant of a fee only when it holds the dossier', () => {
    const rule = ruleFor(FEE_ASSESSED_V1);
    const event = EVENT_FIXTURES[FEE_ASSESSED_V1]();

    expect(rule?.audiences(event)).toEqual([MessageAudience.Citizen]);
    expect(rule?.audiences({ ...event, awaitsPayment: false })).toEqual([]);
    expect(rule?.audiences({ ...event, totalDong: 0 })).toEqual([]);
    expect(rule?.params(event, CONTEXT).totalAmount).toBe('200.000 đồng');
  });

  it('should tell the applicant when the result leaves by post, not when paper moves between offices', () => {
    const rule = ruleFor(SHIPMENT_PICKED_UP_V1);
    const event = EVENT_FIXTURES[SHIPMENT_PICKED_UP_V1]();

    expect(rule?.audiences(event)).toEqual([]);
    expect(rule?.audiences({ ...event, kind: ShipmentKind.ResultToCitizen })).toEqual([
      MessageAudience.Citizen,
    ]);
    expect(rule?.params(event, CONTEXT)).toMatchObject({ trackingNumber: event.trackingNumber });
  });

  it('should alert the unit the paper was going to of a courier incident, urgently', () => {
    const rule = ruleFor(SHIPMENT_FAILED_V1);
    const event = EVENT_FIXTURES[SHIPMENT_FAILED_V1]();

    expect(rule?.audiences(event)).toEqual([MessageAudience.Unit]);
    expect(rule?.staff(event)).toEqual({ unitCode: event.destinationUnitCode });
    expect(rule?.staff({ ...event, destinationUnitCode: undefined })).toEqual({
      unitCode: event.originUnitCode,
    });
    expect(rule?.isUrgent(event)).toBe(true);
    expect(rule?.params(event, CONTEXT).failure).toBe('số niêm phong không khớp');
  });

  it('should tell the Center managers and the unit leads of a held shipment, urgently', () => {
    const rule = ruleFor(SHIPMENT_HELD_V1);
    const event = EVENT_FIXTURES[SHIPMENT_HELD_V1]();

    expect(rule?.audiences(event)).toEqual([MessageAudience.Manager, MessageAudience.UnitLead]);
    expect(rule?.staff(event)).toEqual({ unitCode: '000.00.20.H41' });
    expect(rule?.isUrgent(event)).toBe(true);
    expect(rule?.params(event, CONTEXT)).toEqual({
      code: '000.00.20.H41-261128-0001',
      unitName: 'Sở Tư pháp tỉnh Nghệ An',
      unitCode: '000.00.20.H41',
    });
  });

  it('should name the unit by its code when courier does not know its name yet', () => {
    const rule = ruleFor(SHIPMENT_HELD_V1);
    const event = { ...EVENT_FIXTURES[SHIPMENT_HELD_V1](), destinationUnitName: undefined };

    expect(rule?.params(event, CONTEXT).unitName).toBe('000.00.20.H41');
  });

  it('should tell only the Center managers that a held shipment goes on', () => {
    const rule = ruleFor(SHIPMENT_RELEASED_V1);
    const event = EVENT_FIXTURES[SHIPMENT_RELEASED_V1]();

    expect(rule?.audiences(event)).toEqual([MessageAudience.Manager]);
    expect(rule?.isUrgent(event)).toBe(false);
  });

  it.each(Object.keys(NOTIFICATION_RULES) as EventKey[])(
    'should offer for %s exactly the values its sample names',
    (type) => {
      const rule = ruleFor(type);
      const params = rule?.params(EVENT_FIXTURES[type]() as never, CONTEXT) ?? {};

      expect(Object.keys(params).sort()).toEqual(Object.keys(rule?.sample ?? {}).sort());
    },
  );
});
