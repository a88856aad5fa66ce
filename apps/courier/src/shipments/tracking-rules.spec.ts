import { ShipmentFailureReason, ShipmentKind, ShipmentStatus, TrackingStatus } from '@motcua/contracts';
import {
  failureReason,
  formatTrackingNumber,
  isTrackingNumberValid,
  needsContactPoint,
  nextStatus,
  s10CheckDigit,
} from './tracking-rules';

const at = (iso: string) => new Date(iso);

describe('tracking numbers', () => {
  it('should compute the UPU S10 check digit when given a serial', () => {
    const digit = s10CheckDigit('12345678');

    expect(digit).toBe(5);
  });

  it.each([
    ['a remainder of 1 gives 0', '00000008', 0],
    ['a remainder of 0 gives 5', '00000000', 5],
  ])('should map the special cases when %s', (_name, serial, expected) => {
    expect(s10CheckDigit(serial)).toBe(expected);
  });

  it('should format prefix, serial, check digit and country when a number is given', () => {
    const number = formatTrackingNumber('EA', 1);

    expect(number).toBe('EA000000014VN');
    expect(isTrackingNumberValid(number)).toBe(true);
  });

  it.each([
    ['a wrong check digit', 'EB123456784VN'],
    ['lower-case letters', 'eb123456785VN'],
    ['another country', 'EB123456785US'],
  ])('should refuse %s', (_name, value) => {
    expect(isTrackingNumberValid(value)).toBe(false);
  });
});

describe(nextStatus.name, () => {
  const created = { status: ShipmentStatus.Created, lastEventAt: null };

  it('should move forward when the event is newer and further along', () => {
    const status = nextStatus(created, {
      status: TrackingStatus.PickedUp,
      occurredAt: at('2026-11-28T02:00Z'),
    });

    expect(status).toBe(ShipmentStatus.PickedUp);
  });

  it('should skip steps when the provider reports a later one first', () => {
    const status = nextStatus(created, {
      status: TrackingStatus.Delivered,
      occurredAt: at('2026-11-28T02:00Z'),
    });

    expect(status).toBe(ShipmentStatus.Delivered);
  });

  it('should not go backwards when an earlier step arrives late', () => {
    const inTransit = { status: ShipmentStatus.InTransit, lastEventAt: at('2026-11-28T03:00Z') };

    const status = nextStatus(inTransit, {
      status: TrackingStatus.PickedUp,
      occurredAt: at('2026-11-28T04:00Z'),
    });

    expect(status).toBeNull();
  });

  it('should ignore an event older than the last one applied', () => {
    const pickedUp = { status: ShipmentStatus.PickedUp, lastEventAt: at('2026-11-28T03:00Z') };

    const status = nextStatus(pickedUp, {
      status: TrackingStatus.Delivered,
      occurredAt: at('2026-11-28T02:59Z'),
    });

    expect(status).toBeNull();
  });

  it.each([
    ShipmentStatus.Delivered,
    ShipmentStatus.Failed,
    ShipmentStatus.Returned,
    ShipmentStatus.Cancelled,
  ])('should keep a finished shipment finished when it is %s', (finished) => {
    const status = nextStatus(
      { status: finished, lastEventAt: at('2026-11-28T03:00Z') },
      { status: TrackingStatus.Failed, occurredAt: at('2026-11-28T05:00Z') },
    );

    expect(status).toBeNull();
  });

  it.each([ShipmentStatus.Held, ShipmentStatus.AwaitingOrder])(
    'should not move a %s shipment, which never left',
    (held) => {
      const status = nextStatus(
        { status: held, lastEventAt: null },
        { status: TrackingStatus.PickedUp, occurredAt: at('2026-11-28T02:00Z') },
      );

      expect(status).toBeNull();
    },
  );
});

describe(failureReason.name, () => {
  it('should read a return as returned whatever the reason', () => {
    expect(failureReason(TrackingStatus.Returned, ShipmentFailureReason.Lost)).toBe(
      ShipmentFailureReason.Returned,
    );
  });

  it('should default a failure without reason to undeliverable', () => {
    expect(failureReason(TrackingStatus.Failed)).toBe(ShipmentFailureReason.Undeliverable);
  });

  it('should keep the provider reason of a failure', () => {
    expect(failureReason(TrackingStatus.Failed, ShipmentFailureReason.Damaged)).toBe(
      ShipmentFailureReason.Damaged,
    );
  });
});

describe(needsContactPoint.name, () => {
  it.each([
    [ShipmentKind.DossierToUnit, true],
    [ShipmentKind.ResultToCenter, true],
    [ShipmentKind.ResultToCitizen, false],
    [ShipmentKind.DossierFromCitizen, false],
  ])('should say %s needs a contact point: %s', (kind, expected) => {
    expect(needsContactPoint(kind)).toBe(expected);
  });
});
