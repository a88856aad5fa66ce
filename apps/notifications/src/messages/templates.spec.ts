import { DossierReceivedV1 } from '@motcua/contracts';
import { dossierAssignedV1, dossierReceivedV1 } from '@motcua/contracts/test';
import { assignmentInboxNote, receptionSms } from './templates';

const BASE_URL = 'https://dichvucong.nghean.gov.vn';

// The shared contract fixture, at a known code and reception time.
function received(overrides: Partial<DossierReceivedV1> = {}): DossierReceivedV1 {
  return dossierReceivedV1({
    code: '000.00.20.H41-251027-0361',
    receivedAt: '2025-10-27T02:15:00Z',
    ...overrides,
  });
}

describe('receptionSms', () => {
  it('should give the code, the date and the lookup link when a dossier is received', () => {
    const event = received();

    const sms = receptionSms(event, BASE_URL);

    expect(sms).toBe(
      'Trung tâm Phục vụ hành chính công đã tiếp nhận hồ sơ 000.00.20.H41-251027-0361 ngày 27/10/2025. ' +
        `Tra cứu: ${BASE_URL}/tra-cuu?ma=000.00.20.H41-251027-0361`,
    );
  });

  it('should give the Vietnam date when the dossier is received after 17:00Z', () => {
    const event = received({ receivedAt: '2025-10-26T17:30:00Z' });

    const sms = receptionSms(event, BASE_URL);

    expect(sms).toContain('ngày 27/10/2025.');
  });

  it('should give the same Vietnam date when the dossier is received just before 17:00Z', () => {
    const event = received({ receivedAt: '2025-10-26T16:59:59Z' });

    const sms = receptionSms(event, BASE_URL);

    expect(sms).toContain('ngày 26/10/2025.');
  });

  it('should pad day and month to two digits when they are single digits', () => {
    const event = received({ receivedAt: '2026-03-05T01:00:00Z' });

    const sms = receptionSms(event, BASE_URL);

    expect(sms).toContain('ngày 05/03/2026.');
  });

  it('should URL-encode the code in the lookup link when it has reserved characters', () => {
    const event = received({ code: 'A B&C/1' });

    const sms = receptionSms(event, BASE_URL);

    expect(sms).toContain(`Tra cứu: ${BASE_URL}/tra-cuu?ma=A%20B%26C%2F1`);
  });
});

describe('assignmentInboxNote', () => {
  it('should name the dossier, the unit and the step when a dossier is assigned', () => {
    const event = dossierAssignedV1({ code: '000.00.20.H41-251027-0361', unitCode: '000.00.21.H41' });

    const note = assignmentInboxNote(event);

    expect(note).toBe(
      'Hồ sơ 000.00.20.H41-251027-0361 được giao cho đơn vị 000.00.21.H41, bước "Thẩm định hồ sơ".',
    );
  });
});
