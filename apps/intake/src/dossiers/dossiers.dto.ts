import type { DossierV1 } from '@motcua/contracts';
import type { Dossier } from './dossier.entity';

export function toDossierDto(dossier: Dossier): DossierV1 {
  return {
    id: dossier.id,
    code: dossier.code,
    status: dossier.status,
    procedureCode: dossier.procedureCode,
    ...(dossier.procedureVersionId ? { procedureVersionId: dossier.procedureVersionId } : {}),
    procedureName: dossier.procedureName,
    receivingUnitCode: dossier.receivingUnitCode,
    handlingUnitCode: dossier.handlingUnitCode,
    channel: dossier.channel,
    applicant: {
      fullName: dossier.applicantFullName,
      phone: dossier.applicantPhone,
      ...(dossier.applicantEmail ? { email: dossier.applicantEmail } : {}),
      ...(dossier.applicantIdNumber ? { idNumber: dossier.applicantIdNumber } : {}),
      ...(dossier.applicantAddress ? { address: dossier.applicantAddress } : {}),
    },
    ...(dossier.documents ? { documents: dossier.documents } : {}),
    ...(dossier.resultDeliveryMethod
      ? {
          resultDelivery: {
            method: dossier.resultDeliveryMethod,
            ...(dossier.resultDeliveryAddress ? { address: dossier.resultDeliveryAddress } : {}),
          },
        }
      : {}),
    receivedAt: dossier.receivedAt.toISOString(),
    ...(dossier.countedFrom ? { countedFrom: dossier.countedFrom.toISOString() } : {}),
    ...(dossier.dueAt ? { dueAt: dossier.dueAt.toISOString() } : {}),
    receivedBy: dossier.receivedBy,
    ...(dossier.counterNumber ? { counterNumber: dossier.counterNumber } : {}),
    ...(dossier.forwardedAt ? { forwardedAt: dossier.forwardedAt.toISOString() } : {}),
    ...(dossier.extendedDueAt ? { extendedDueAt: dossier.extendedDueAt.toISOString() } : {}),
    ...(dossier.supplementRequest ? { supplementRequest: dossier.supplementRequest } : {}),
    ...(dossier.resolutionOutcome && dossier.resolvedAt
      ? {
          resolution: {
            outcome: dossier.resolutionOutcome,
            ...(dossier.resultReference ? { resultReference: dossier.resultReference } : {}),
            resolvedAt: dossier.resolvedAt.toISOString(),
          },
        }
      : {}),
    ...(dossier.resultAtCenterAt ? { resultAtCenterAt: dossier.resultAtCenterAt.toISOString() } : {}),
    ...(dossier.returnedAt ? { returnedAt: dossier.returnedAt.toISOString() } : {}),
    ...(dossier.returnMethod ? { returnMethod: dossier.returnMethod } : {}),
    ...(dossier.returnedTo ? { returnedTo: dossier.returnedTo } : {}),
  };
}
