import type { ProcedureV1 } from '@motcua/contracts';
import type { ReceptionBody } from '../../api/endpoints';

/** One line of the checklist as the clerk ticks it (by the document's position in the procedure version). */
export interface ChecklistLine {
  checked?: boolean;
  count?: number;
}

export interface ReceptionForm {
  checklist?: ChecklistLine[];
  channel: string;
  applicant: { fullName: string; idNumber: string; phone: string; email?: string; address: string };
  resultDelivery: { method: 'counter' | 'post'; address?: string };
}

const blankToUndefined = (value?: string) =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

/** The reception command from the form: ticked documents with their counts, trimmed applicant fields. */
export function toReceptionBody(
  procedure: ProcedureV1,
  values: ReceptionForm,
  counterNumber?: number,
  ticketId?: string,
): ReceptionBody {
  const documents = procedure.definition.requiredDocuments.flatMap((document, index) => {
    const line = values.checklist?.[index];
    return line?.checked ? [{ index, count: line.count ?? document.count }] : [];
  });
  const email = blankToUndefined(values.applicant.email);
  const address = blankToUndefined(values.resultDelivery.address);
  return {
    procedureCode: procedure.code,
    channel: values.channel,
    ...(counterNumber ? { counterNumber } : {}),
    ...(ticketId ? { ticketId } : {}),
    applicant: {
      fullName: values.applicant.fullName.trim(),
      idNumber: values.applicant.idNumber.trim(),
      phone: values.applicant.phone.trim(),
      ...(email ? { email } : {}),
      address: values.applicant.address.trim(),
    },
    documents,
    resultDelivery: {
      method: values.resultDelivery.method,
      ...(values.resultDelivery.method === 'post' && address ? { address } : {}),
    },
  };
}

/** Whether the clerk must see the paper before receiving (conditional ones depend on the case). */
export const isMandatory = (document: { requirement: string }) => document.requirement === 'mandatory';

/** Checklist lines not ticked: what an incomplete dossier's guidance (form 02) lists as missing. */
export function missingDocuments(procedure: ProcedureV1, checklist: ChecklistLine[] = []): number[] {
  return procedure.definition.requiredDocuments.flatMap((document, index) =>
    isMandatory(document) && !checklist[index]?.checked ? [index] : [],
  );
}
