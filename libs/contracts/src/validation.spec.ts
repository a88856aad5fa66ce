import { IsString, ValidationError } from 'class-validator';
import { FieldError } from './errors';
import { DossierReceivedV1 } from './intake/dossier.events';
import { ReceiveDossierV2 } from './intake/dossier.rpc';
import { ApplicantV1 } from './shared/applicant';
import { Channel } from './shared/channel';
import { Role } from './shared/role';
import { Label, inheritLabels, summariseFieldErrors, toFieldErrors, validateContract } from './validation';

const DOSSIER_ID = '0199f0c2-7a1b-7c3d-8e4f-0123456789ab';
const CLERK_ID = '0199f0c2-7a1b-7c3d-8e4f-ba9876543210';

function applicant(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { fullName: 'Nguyễn Văn An', phone: '+84912345678', ...overrides };
}

function dossierReceived(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dossierId: DOSSIER_ID,
    code: '000.00.20.H41-251027-0361',
    procedureCode: '2.000488',
    receivingUnitCode: '000.00.20.H41',
    handlingUnitCode: '000.00.21.H41',
    channel: Channel.Direct,
    applicant: applicant(),
    receivedAt: '2025-10-27T02:15:00Z',
    receivedBy: CLERK_ID,
    procedureName: 'Cấp giấy phép xây dựng',
    ...overrides,
  };
}

function receiveDossier(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    procedureCode: '2.000488',
    channel: Channel.Online,
    applicant: applicant({ idNumber: '040095001234', address: 'Vinh, Nghệ An' }),
    documents: [{ index: 0, count: 1 }],
    resultDelivery: { method: 'counter' },
    actor: { id: CLERK_ID, name: 'tiepnhan01', kind: 'user', roles: [Role.Reception] },
    ...overrides,
  };
}

function without(payload: Record<string, unknown>, field: string): Record<string, unknown> {
  const { [field]: _removed, ...rest } = payload;
  return rest;
}

async function errorsOf(type: new () => object, plain: unknown): Promise<FieldError[]> {
  const result = await validateContract(type, plain);
  return result.ok ? [] : result.errors;
}

function validationError(fields: Partial<ValidationError>): ValidationError {
  return Object.assign(new ValidationError(), fields);
}

describe('validateContract', () => {
  it('should return an instance of the contract class when the payload is valid', async () => {
    const payload = dossierReceived();

    const result = await validateContract(DossierReceivedV1, payload);

    expect(result.ok).toBe(true);
    const value = result.ok ? result.value : undefined;
    expect(value).toBeInstanceOf(DossierReceivedV1);
    expect(value?.applicant).toBeInstanceOf(ApplicantV1);
    expect(value).toMatchObject(payload);
  });

  it('should drop unknown fields instead of refusing them when the payload has extra fields', async () => {
    const payload = dossierReceived({ addedInV2: 'x', applicant: applicant({ nickname: 'An' }) });

    const result = await validateContract(DossierReceivedV1, payload);

    expect(result.ok).toBe(true);
    const value = result.ok ? result.value : undefined;
    expect(value).not.toHaveProperty('addedInV2');
    expect(value?.applicant).not.toHaveProperty('nickname');
    expect(value?.applicant.fullName).toBe('Nguyễn Văn An');
  });

  it('should report isDefined with "là bắt buộc" when a required field is missing', async () => {
    const payload = without(dossierReceived(), 'procedureName');

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([
      { field: 'procedureName', constraint: 'isDefined', message: 'procedureName là bắt buộc' },
    ]);
  });

  it('should report isDefined rather than the format rule when a unit code is missing', async () => {
    const payload = without(dossierReceived(), 'handlingUnitCode');

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([
      { field: 'handlingUnitCode', constraint: 'isDefined', message: 'handlingUnitCode là bắt buộc' },
    ]);
  });

  it('should give one entry per invalid field when a field breaks several rules', async () => {
    const payload = dossierReceived({ applicant: applicant({ fullName: 12345 }) });

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([
      { field: 'applicant.fullName', constraint: 'isString', message: 'Họ và tên phải là chuỗi ký tự' },
    ]);
  });

  it('should report isNotEmpty when a required string is empty', async () => {
    const payload = dossierReceived({ applicant: applicant({ fullName: '' }) });

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([
      { field: 'applicant.fullName', constraint: 'isNotEmpty', message: 'Họ và tên không được để trống' },
    ]);
  });

  it('should use the dotted path and the @Label name when a nested field is invalid', async () => {
    const payload = dossierReceived({ applicant: applicant({ phone: '02383123456' }) });

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([
      {
        field: 'applicant.phone',
        constraint: 'isVietnameseMobile',
        message: 'Số điện thoại không phải số điện thoại di động Việt Nam hợp lệ',
      },
    ]);
  });

  it('should use the @Label name when a labelled field is missing', async () => {
    const payload = dossierReceived({ applicant: without(applicant(), 'phone') });

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([
      { field: 'applicant.phone', constraint: 'isDefined', message: 'Số điện thoại là bắt buộc' },
    ]);
  });

  it('should report isUnitCode instead of matches when a unit code is malformed', async () => {
    const payload = dossierReceived({ receivingUnitCode: '000.00.20.h41' });

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([
      {
        field: 'receivingUnitCode',
        constraint: 'isUnitCode',
        message: 'receivingUnitCode không đúng mã đơn vị QCVN 102 (ví dụ 000.00.20.H41)',
      },
    ]);
  });

  it('should report isProcedureCode instead of matches when a procedure code is malformed', async () => {
    const payload = dossierReceived({ procedureCode: '1.04227' });

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([
      {
        field: 'procedureCode',
        constraint: 'isProcedureCode',
        message: 'procedureCode không đúng mã thủ tục (ví dụ 2.000488)',
      },
    ]);
  });

  it('should report matches when a plain pattern field is malformed', async () => {
    const payload = dossierReceived({ code: '000.00.20.H41-20251027-361' });

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([{ field: 'code', constraint: 'matches', message: 'code không đúng định dạng' }]);
  });

  it('should list every invalid field when several fields are invalid', async () => {
    const payload = dossierReceived({
      channel: 'fax',
      receivedAt: 'hôm qua',
      applicant: applicant({ phone: '12345' }),
    });

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors.map((e) => [e.field, e.constraint])).toEqual([
      ['channel', 'isEnum'],
      ['applicant.phone', 'isVietnameseMobile'],
      ['receivedAt', 'isIso8601'],
    ]);
  });

  it('should report nestedValidation when a nested object is not an object', async () => {
    const payload = dossierReceived({ applicant: 'Nguyễn Văn An' });

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([
      { field: 'applicant', constraint: 'nestedValidation', message: 'applicant phải là một đối tượng' },
    ]);
  });

  it('should validate a deeper nested contract when the command carries an actor', async () => {
    const payload = receiveDossier({
      actor: {
        id: CLERK_ID,
        name: 'api-client',
        kind: 'client',
        roles: ['reception', 'janitor'],
        unitCode: 'H41',
      },
    });

    const errors = await errorsOf(ReceiveDossierV2, payload);

    expect(errors.map((e) => [e.field, e.constraint])).toEqual([
      ['actor.roles', 'isEnum'],
      ['actor.unitCode', 'isUnitCode'],
    ]);
  });

  it('should accept a command without its optional idempotency key', async () => {
    const payload = receiveDossier();

    const result = await validateContract(ReceiveDossierV2, payload);

    expect(result.ok).toBe(true);
  });

  it('BUG: should report isDefined when the event has no applicant', async () => {
    const payload = without(dossierReceived(), 'applicant');

    const errors = await errorsOf(DossierReceivedV1, payload);

    expect(errors).toEqual([expect.objectContaining({ field: 'applicant', constraint: 'isDefined' })]);
  });

  it('BUG: should report isDefined when the receive command has no actor', async () => {
    const payload = without(receiveDossier(), 'actor');

    const errors = await errorsOf(ReceiveDossierV2, payload);

    expect(errors).toEqual([expect.objectContaining({ field: 'actor', constraint: 'isDefined' })]);
  });

  it.each([
    ['null', null],
    ['an array', [dossierReceived()]],
    ['a string', '{"dossierId":"x"}'],
    ['a number', 42],
    ['undefined', undefined],
  ])('should refuse the input when it is %s', async (_name, plain) => {
    const result = await validateContract(DossierReceivedV1, plain);

    expect(result).toEqual({
      ok: false,
      errors: [{ field: '', constraint: 'isObject', message: 'Dữ liệu phải là một đối tượng' }],
    });
  });
});

describe('toFieldErrors', () => {
  it('should prefix every field when a prefix is given', () => {
    const errors = [validationError({ property: 'phone', value: 'x', constraints: { isString: 'm' } })];

    const result = toFieldErrors(errors, 'applicant');

    expect(result).toEqual([
      { field: 'applicant.phone', constraint: 'isString', message: 'phone phải là chuỗi ký tự' },
    ]);
  });

  it('should use the generic wording when the constraint has no Vietnamese message', () => {
    const errors = [validationError({ property: 'colour', value: 'x', constraints: { isHexColor: 'm' } })];

    const result = toFieldErrors(errors);

    expect(result).toEqual([{ field: 'colour', constraint: 'isHexColor', message: 'colour không hợp lệ' }]);
  });

  it('should prefer the most telling rule when a present value breaks several rules', () => {
    const errors = [
      validationError({
        property: 'name',
        value: 7,
        constraints: { maxLength: 'm', isString: 'm', min: 'm' },
      }),
    ];

    const result = toFieldErrors(errors);

    expect(result).toEqual([{ field: 'name', constraint: 'isString', message: 'name phải là chuỗi ký tự' }]);
  });

  it('should keep whitelistValidation when a forbidden field is sent', () => {
    const errors = [
      validationError({ property: 'role', value: undefined, constraints: { whitelistValidation: 'm' } }),
    ];

    const result = toFieldErrors(errors);

    expect(result).toEqual([
      { field: 'role', constraint: 'whitelistValidation', message: 'Trường role không được phép gửi' },
    ]);
  });

  it('should return nothing when there are no errors', () => {
    const errors: ValidationError[] = [];

    const result = toFieldErrors(errors);

    expect(result).toEqual([]);
  });
});

describe('summariseFieldErrors', () => {
  it('should name every invalid field once when a field has several entries', () => {
    const errors: FieldError[] = [
      { field: 'applicant.phone', constraint: 'isVietnameseMobile', message: 'a' },
      { field: 'channel', constraint: 'isEnum', message: 'b' },
      { field: 'applicant.phone', constraint: 'isDefined', message: 'c' },
    ];

    const summary = summariseFieldErrors(errors);

    expect(summary).toBe('Dữ liệu không hợp lệ: applicant.phone, channel');
  });
});

describe('Label', () => {
  class LabelledSample {
    @Label('Mã hồ sơ')
    @IsString()
    readonly code: string;

    @IsString()
    readonly note: string;
  }

  it('should name the field by its label when the field is labelled', async () => {
    const payload = { code: 361, note: 'ghi chú' };

    const errors = await errorsOf(LabelledSample, payload);

    expect(errors).toEqual([
      { field: 'code', constraint: 'isString', message: 'Mã hồ sơ phải là chuỗi ký tự' },
    ]);
  });

  it('should name the field by its property when the field has no label', async () => {
    const payload = { code: '000.00.20.H41-251027-0361', note: false };

    const errors = await errorsOf(LabelledSample, payload);

    expect(errors).toEqual([{ field: 'note', constraint: 'isString', message: 'note phải là chuỗi ký tự' }]);
  });

  it('should name a field by its source label in a class that took the labels over', async () => {
    class Derived {
      @IsString()
      readonly code: string;
    }
    inheritLabels(Derived, LabelledSample);

    const errors = await errorsOf(Derived, { code: 361 });

    expect(errors).toEqual([
      { field: 'code', constraint: 'isString', message: 'Mã hồ sơ phải là chuỗi ký tự' },
    ]);
  });
});

describe('inheritLabels', () => {
  class Source {
    @Label('Lý do')
    @IsString()
    readonly reason: string;
  }

  // What OmitType/PickType produce: a class with the rules copied and no labels.
  class Derived {
    @IsString()
    readonly reason: string;
  }

  it('should give a derived class the labels of its source so errors name fields in Vietnamese', async () => {
    inheritLabels(Derived, Source);

    const errors = await errorsOf(Derived, { reason: 5 });

    expect(errors).toEqual([
      { field: 'reason', constraint: 'isString', message: 'Lý do phải là chuỗi ký tự' },
    ]);
  });
});
