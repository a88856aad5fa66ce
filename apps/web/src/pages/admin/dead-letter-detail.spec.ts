import { refusedFields } from './dead-letter-detail';

describe(refusedFields.name, () => {
  it('should list field and message when the detail is the service’s field errors', () => {
    const detail = JSON.stringify([
      { field: 'code', constraint: 'isDefined', message: 'code là bắt buộc' },
      { field: 'applicant.phone', constraint: 'isVietnameseMobile', message: 'Số điện thoại không hợp lệ' },
    ]);

    const fields = refusedFields(detail);

    expect(fields).toEqual([
      { field: 'code', message: 'code là bắt buộc' },
      { field: 'applicant.phone', message: 'Số điện thoại không hợp lệ' },
    ]);
  });

  it.each([
    ['no detail', null],
    ['an error text', 'DOSSIER_ALREADY_CLOSED: Hồ sơ đã đóng'],
    ['broken JSON', '[{"field":'],
    ['an empty list', '[]'],
    ['a list of something else', '[1, 2]'],
  ])('should give null for %s', (_name, detail) => {
    const fields = refusedFields(detail);

    expect(fields).toBeNull();
  });
});
