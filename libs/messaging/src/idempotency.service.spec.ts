import { requestHash } from './idempotency.service';

describe('requestHash', () => {
  it('should give a hex SHA-256 when given a request', () => {
    const request = { procedureCode: '2.000488' };

    const hash = requestHash(request);

    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should give the same hash when only the key order differs', () => {
    const first = { procedureCode: '2.000488', applicant: { fullName: 'An', phone: '+84912345678' } };
    const second = { applicant: { phone: '+84912345678', fullName: 'An' }, procedureCode: '2.000488' };

    const hashes = [requestHash(first), requestHash(second)];

    expect(hashes[0]).toBe(hashes[1]);
  });

  it('should give the same hash when a field is undefined rather than absent', () => {
    const absent = { procedureCode: '2.000488', applicant: { fullName: 'An' } };
    const undefinedFields = {
      procedureCode: '2.000488',
      idempotencyKey: undefined,
      applicant: { fullName: 'An', email: undefined },
    };

    const hashes = [requestHash(absent), requestHash(undefinedFields)];

    expect(hashes[0]).toBe(hashes[1]);
  });

  it('should give the same hash when the request is a class instance with the same fields', () => {
    class Command {
      constructor(
        readonly procedureCode: string,
        readonly channel: string,
      ) {}
    }

    const hashes = [
      requestHash(new Command('2.000488', 'direct')),
      requestHash({ channel: 'direct', procedureCode: '2.000488' }),
    ];

    expect(hashes[0]).toBe(hashes[1]);
  });

  it.each([
    ['a value differs', { procedureCode: '2.000488' }, { procedureCode: '1.004228' }],
    [
      'a nested value differs',
      { applicant: { phone: '+84912345678' } },
      { applicant: { phone: '+84912345679' } },
    ],
    ['a field is added', { procedureCode: '2.000488' }, { procedureCode: '2.000488', channel: 'direct' }],
    [
      'a field is null instead of absent',
      { procedureCode: '2.000488' },
      { procedureCode: '2.000488', note: null },
    ],
    ['array items are reordered', { roles: ['reception', 'officer'] }, { roles: ['officer', 'reception'] }],
    ['a number becomes a string', { count: 1 }, { count: '1' }],
  ])('should give different hashes when %s', (_name, first, second) => {
    const hashes = [requestHash(first), requestHash(second)];

    expect(hashes[0]).not.toBe(hashes[1]);
  });

  it('BUG: should give different hashes when two requests differ only in a Date value', () => {
    const first = { receivedAt: new Date('2025-10-27T02:15:00Z') };
    const second = { receivedAt: new Date('2025-10-28T09:00:00Z') };

    const hashes = [requestHash(first), requestHash(second)];

    expect(hashes[0]).not.toBe(hashes[1]);
  });
});
