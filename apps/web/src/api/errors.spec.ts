import { ApiError, fieldErrorsByPath, toApiError } from './errors';

describe(toApiError.name, () => {
  it('should keep the code, the Vietnamese message and the field details when the body is the gateway error', () => {
    const body = {
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu không hợp lệ: applicant.phone',
      details: [
        { field: 'applicant.phone', constraint: 'isVietnameseMobile', message: 'Số điện thoại không hợp lệ' },
      ],
    };

    const error = toApiError(400, body);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: body.message });
    expect(error.fieldErrors).toEqual(body.details);
  });

  it('should name the HTTP status when the body is not the gateway error', () => {
    const error = toApiError(502, '<html>Bad Gateway</html>');

    expect(error).toMatchObject({ status: 502, code: 'HTTP_502' });
    expect(error.fieldErrors).toEqual([]);
  });

  it('should ignore details that name no field when the error carries other details', () => {
    const error = toApiError(403, {
      code: 'ROLE_FORBIDDEN',
      message: 'Không đủ quyền',
      details: { required: ['admin'] },
    });

    expect(error.fieldErrors).toEqual([]);
  });
});

describe(fieldErrorsByPath.name, () => {
  it('should split nested and indexed paths and group messages of one field', () => {
    const paths = fieldErrorsByPath([
      { field: 'applicant.phone', message: 'a' },
      { field: 'requiredDocuments.0.name', message: 'b' },
      { field: 'days[2].legalBasis', message: 'c' },
      { field: 'applicant.phone', message: 'd' },
    ]);

    expect(paths).toEqual([
      { name: ['applicant', 'phone'], errors: ['a', 'd'] },
      { name: ['requiredDocuments', 0, 'name'], errors: ['b'] },
      { name: ['days', 2, 'legalBasis'], errors: ['c'] },
    ]);
  });
});
