import { IsUUID } from 'class-validator';

export const GET_DOSSIER_ROUTING_V1 = 'routing.dossier.get.v1';

/** Query: where a dossier is in its process. */
export class GetDossierRoutingV1 {
  @IsUUID()
  readonly dossierId: string;
}

export class AssignmentV1 {
  readonly id: string;
  readonly unitCode: string;
  readonly officerId: string | null;
  readonly stepName: string;
  readonly assignedAt: string;
}

/** Routing's view of a dossier; `assignments` is newest last. */
export class DossierRoutingV1 {
  readonly dossierId: string;
  readonly assignments: AssignmentV1[];
}
