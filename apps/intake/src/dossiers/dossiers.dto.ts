import type { DossierV1 } from '@motcua/contracts';
import type { Dossier } from './dossier.entity';

export function toDossierDto(dossier: Dossier): DossierV1 {
  return {
    id: dossier.id,
    code: dossier.code,
    status: dossier.status,
    procedureCode: dossier.procedureCode,
    procedureName: dossier.procedureName,
    receivingUnitCode: dossier.receivingUnitCode,
    handlingUnitCode: dossier.handlingUnitCode,
    channel: dossier.channel,
    applicant: {
      fullName: dossier.applicantFullName,
      phone: dossier.applicantPhone,
      ...(dossier.applicantEmail ? { email: dossier.applicantEmail } : {}),
    },
    receivedAt: dossier.receivedAt.toISOString(),
    receivedBy: dossier.receivedBy,
  };
}
