import { DOSSIER_ASSIGNED_V1, DossierAssignedV1, EventKey } from '@motcua/contracts';
import { dossierAssignedV1 } from '@motcua/contracts/test';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { MalformedEnvelopeError, createEnvelope, parseEnvelope } from './envelope';

const NOW = new Date('2025-10-27T02:15:00.000Z');
const CORRELATION_ID = '0199f0c2-7a1b-7c3d-8e4f-0123456789ab';
const CAUSATION_ID = '0199f0c2-7a1b-7c3d-8e4f-ba9876543210';

function assignedPayload(): DossierAssignedV1 {
  return dossierAssignedV1({ code: '000.00.20.H41-251027-0361', unitCode: '000.00.21.H41' });
}

function wireEnvelope(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '0199f0c2-7a1b-7c3d-8e4f-0123456789ab',
    type: DOSSIER_ASSIGNED_V1,
    version: 1,
    occurredAt: '2025-10-27T02:16:00.000Z',
    producer: 'routing',
    correlationId: CORRELATION_ID,
    causationId: null,
    payload: assignedPayload(),
    ...overrides,
  };
}

function bodyOf(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

function without(value: Record<string, unknown>, field: string): Record<string, unknown> {
  const { [field]: _removed, ...rest } = value;
  return rest;
}

describe('createEnvelope', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('should frame the payload with a UUID v7 id and the current time when called', () => {
    const payload = assignedPayload();

    const envelope = createEnvelope(DOSSIER_ASSIGNED_V1, payload, { producer: 'routing' });

    expect(isUuid(envelope.id)).toBe(true);
    expect(uuidVersion(envelope.id)).toBe(7);
    expect(envelope).toMatchObject({
      type: DOSSIER_ASSIGNED_V1,
      version: 1,
      occurredAt: '2025-10-27T02:15:00.000Z',
      producer: 'routing',
      payload,
    });
  });

  it('should give a new id when called twice', () => {
    const payload = assignedPayload();

    const first = createEnvelope(DOSSIER_ASSIGNED_V1, payload, { producer: 'routing' });
    const second = createEnvelope(DOSSIER_ASSIGNED_V1, payload, { producer: 'routing' });

    expect(second.id).not.toBe(first.id);
  });

  it('should start a correlation with its own id and have no causation when the origin gives neither', () => {
    const payload = assignedPayload();

    const envelope = createEnvelope(DOSSIER_ASSIGNED_V1, payload, { producer: 'routing' });

    expect(envelope.correlationId).toBe(envelope.id);
    expect(envelope.causationId).toBeNull();
  });

  it('should keep the correlation and causation ids when the origin gives them', () => {
    const payload = assignedPayload();

    const envelope = createEnvelope(DOSSIER_ASSIGNED_V1, payload, {
      producer: 'routing',
      correlationId: CORRELATION_ID,
      causationId: CAUSATION_ID,
    });

    expect(envelope.correlationId).toBe(CORRELATION_ID);
    expect(envelope.causationId).toBe(CAUSATION_ID);
  });

  it('should read the version from the .vN suffix when the key has a later version', () => {
    // No v2 event exists yet; the cast stands in for one.
    const type = 'intake.dossier.received.v12' as string as EventKey;

    const envelope = createEnvelope(type, assignedPayload() as never, { producer: 'intake' });

    expect(envelope.version).toBe(12);
  });
});

describe('parseEnvelope', () => {
  it('should return the envelope when the frame is complete', () => {
    const wire = wireEnvelope();

    const envelope = parseEnvelope(bodyOf(wire));

    expect(envelope).toEqual(wire);
  });

  it('should round-trip an envelope when it was made by createEnvelope', () => {
    const created = createEnvelope(DOSSIER_ASSIGNED_V1, assignedPayload(), { producer: 'routing' });

    const parsed = parseEnvelope(bodyOf(created));

    expect(parsed).toEqual(created);
  });

  it('should refuse the body when it is not JSON', () => {
    const body = Buffer.from('{"id": "0199f0c2-', 'utf8');

    const act = () => parseEnvelope(body);

    expect(act).toThrow(new MalformedEnvelopeError('body is not JSON'));
  });

  it.each([
    ['null', null],
    ['a string', 'intake.dossier.received.v1'],
    ['a number', 42],
  ])('should refuse the body when it is %s', (_name, value) => {
    const body = bodyOf(value);

    const act = () => parseEnvelope(body);

    expect(act).toThrow('malformed envelope: body is not an object');
  });

  it.each(['id', 'type', 'occurredAt', 'producer', 'correlationId'])(
    'should refuse the envelope when %s is missing',
    (field) => {
      const body = bodyOf(without(wireEnvelope(), field));

      const act = () => parseEnvelope(body);

      expect(act).toThrow(`malformed envelope: ${field} is missing`);
    },
  );

  it('should refuse the envelope when a frame field is not a string', () => {
    const body = bodyOf(wireEnvelope({ correlationId: 42 }));

    const act = () => parseEnvelope(body);

    expect(act).toThrow('malformed envelope: correlationId is missing');
  });

  it.each(['42', 'not-a-uuid', '0199f0c2-7a1b-7c3d-8e4f-0123456789', '0199f0c27a1b7c3d8e4f0123456789ab'])(
    'should refuse the envelope when the id is %s',
    (id) => {
      const body = bodyOf(wireEnvelope({ id }));

      const act = () => parseEnvelope(body);

      expect(act).toThrow('malformed envelope: id is not a UUID');
    },
  );

  it.each([
    ['missing', undefined],
    ['null', null],
    ['a string', 'payload'],
  ])('should refuse the envelope when the payload is %s', (_name, payload) => {
    const body = bodyOf(wireEnvelope({ payload }));

    const act = () => parseEnvelope(body);

    expect(act).toThrow('malformed envelope: payload is missing');
  });

  it('should throw a MalformedEnvelopeError when it refuses a body', () => {
    const body = Buffer.from('nope', 'utf8');

    const act = () => parseEnvelope(body);

    expect(act).toThrow(MalformedEnvelopeError);
  });
});
