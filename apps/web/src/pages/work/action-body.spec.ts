import dayjs from 'dayjs';
import { ApiError } from '../../api/errors';
import { actionBody, isStale } from './action-body';

describe(actionBody.name, () => {
  it('should send one document per non-empty line and the trimmed reason when a supplement is requested', () => {
    const body = actionBody('request_supplement', 4, {
      reason: '  Thiếu giấy tờ ',
      documents: 'Bản sao CCCD\n\n  Sổ hộ khẩu  \n',
    });

    expect(body).toEqual({
      action: 'request_supplement',
      expectedVersion: 4,
      reason: 'Thiếu giấy tờ',
      documents: ['Bản sao CCCD', 'Sổ hộ khẩu'],
    });
  });

  it('should send the new date as an instant and leave blank fields out when a deadline is extended', () => {
    const body = actionBody('extend', 2, {
      reason: 'Cần xác minh thêm',
      newDueAt: dayjs('2026-12-04T10:00:00.000Z'),
      note: '   ',
    });

    expect(body).toEqual({
      action: 'extend',
      expectedVersion: 2,
      reason: 'Cần xác minh thêm',
      newDueAt: '2026-12-04T10:00:00.000Z',
    });
  });
});

describe(isStale.name, () => {
  it('should tell a stale version from other refusals', () => {
    const stale = new ApiError(409, 'ROUTING_VERSION_STALE', 'Hồ sơ đã được người khác xử lý');
    const other = new ApiError(409, 'ROUTING_SUPPLEMENT_ALREADY_REQUESTED', 'Đã yêu cầu bổ sung');

    expect([isStale(stale), isStale(other), isStale(new Error('mạng'))]).toEqual([true, false, false]);
  });
});
