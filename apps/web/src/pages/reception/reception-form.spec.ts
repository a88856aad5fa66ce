import type { ProcedureV1 } from '@motcua/contracts';
import { missingDocuments, toReceptionBody, type ReceptionForm } from './reception-form';

const procedure = {
  code: '2.000488',
  definition: {
    requiredDocuments: [
      { name: 'Tờ khai', form: 'original', count: 1, requirement: 'mandatory' },
      { name: 'Bản sao CCCD', form: 'copy', count: 2, requirement: 'mandatory' },
      { name: 'Văn bản ủy quyền', form: 'certified_copy', count: 1, requirement: 'conditional' },
    ],
  },
} as unknown as ProcedureV1;

const values = (overrides: Partial<ReceptionForm> = {}): ReceptionForm => ({
  channel: 'direct',
  checklist: [{ checked: true, count: 1 }, { checked: true }, { checked: false, count: 1 }],
  applicant: {
    fullName: '  Nguyễn Văn An ',
    idNumber: '040095001234',
    phone: ' 0912345678',
    email: ' ',
    address: 'Vinh, Nghệ An',
  },
  resultDelivery: { method: 'counter', address: 'left over from an earlier choice' },
  ...overrides,
});

describe(toReceptionBody.name, () => {
  it('should send the ticked documents with their counts, trimmed fields and no blank e-mail', () => {
    const body = toReceptionBody(procedure, values(), 11, 'ticket-id');

    expect(body).toEqual({
      procedureCode: '2.000488',
      channel: 'direct',
      counterNumber: 11,
      ticketId: 'ticket-id',
      applicant: {
        fullName: 'Nguyễn Văn An',
        idNumber: '040095001234',
        phone: '0912345678',
        address: 'Vinh, Nghệ An',
      },
      documents: [
        { index: 0, count: 1 },
        { index: 1, count: 2 },
      ],
      resultDelivery: { method: 'counter' },
    });
  });

  it('should carry the address when the result goes by post', () => {
    const body = toReceptionBody(
      procedure,
      values({ resultDelivery: { method: 'post', address: ' 12 Lê Lợi, Vinh ' } }),
    );

    expect(body.resultDelivery).toEqual({ method: 'post', address: '12 Lê Lợi, Vinh' });
    expect(body).not.toHaveProperty('counterNumber');
    expect(body).not.toHaveProperty('ticketId');
  });
});

describe(missingDocuments.name, () => {
  it('should list the mandatory documents not ticked, not the conditional ones', () => {
    const missing = missingDocuments(procedure, [{ checked: true }]);

    expect(missing).toEqual([1]);
  });
});
