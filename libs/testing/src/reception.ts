import { Channel, DocumentRequirement, ProcedureV1, ResultDeliveryMethod } from '@motcua/contracts';
import type { TestSystem } from './system';

export interface ReceptionBody {
  procedureCode: string;
  channel: Channel;
  applicant: { fullName: string; idNumber: string; phone: string; email?: string; address: string };
  documents: { index: number; count: number }[];
  resultDelivery: { method: ResultDeliveryMethod; address?: string };
  counterNumber?: number;
}

/**
 * A complete reception for a procedure of the running system's catalog, as a clerk would fill it: every
 * mandatory document ticked, the applicant at the counter, the result collected at the counter.
 */
export async function receptionFor(
  system: TestSystem,
  token: string,
  procedureCode: string,
  overrides: Partial<ReceptionBody> = {},
): Promise<ReceptionBody> {
  const procedure = await system.request<ProcedureV1>('GET', `/api/v1/procedures/${procedureCode}`, {
    token,
  });
  if (procedure.status !== 200) throw new Error(`procedure ${procedureCode}: ${procedure.status}`);
  return {
    procedureCode,
    channel: Channel.Direct,
    applicant: {
      fullName: 'Nguyễn Văn An',
      idNumber: '040095001234',
      phone: '0912345678',
      address: 'Số 5 đường Lê Hồng Phong, phường Vinh Phú, tỉnh Nghệ An',
    },
    documents: procedure.body.definition.requiredDocuments
      .map((document, index) => ({ document, index }))
      .filter(({ document }) => document.requirement === DocumentRequirement.Mandatory)
      .map(({ document, index }) => ({ index, count: document.count })),
    resultDelivery: { method: ResultDeliveryMethod.Counter },
    ...overrides,
  };
}
