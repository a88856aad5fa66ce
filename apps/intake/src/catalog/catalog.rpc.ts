import { Controller } from '@nestjs/common';
import {
  CREATE_PROCEDURE_V1,
  CreateProcedureV1,
  GET_PROCEDURE_V1,
  GetProcedureV1,
  ProcedurePageV1,
  ProcedureV1,
  RETIRE_PROCEDURE_V1,
  REVISE_PROCEDURE_V1,
  RetireProcedureV1,
  ReviseProcedureV1,
  SEARCH_PROCEDURES_V1,
  SearchProceduresV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { CatalogService } from './catalog.service';

@Controller()
export class CatalogRpc {
  constructor(private readonly catalog: CatalogService) {}

  @Respond(CREATE_PROCEDURE_V1)
  create(request: CreateProcedureV1): Promise<ProcedureV1> {
    return this.catalog.createProcedure(request.definition, request.actor);
  }

  @Respond(REVISE_PROCEDURE_V1)
  revise(request: ReviseProcedureV1): Promise<ProcedureV1> {
    return this.catalog.reviseProcedure(request.definition, request.expectedVersion, request.actor);
  }

  @Respond(RETIRE_PROCEDURE_V1)
  retire(request: RetireProcedureV1): Promise<ProcedureV1> {
    return this.catalog.retireProcedure(request.code, request.reason, request.expectedVersion);
  }

  @Respond(GET_PROCEDURE_V1)
  get(request: GetProcedureV1): Promise<ProcedureV1> {
    return this.catalog.getProcedure(request.code);
  }

  @Respond(SEARCH_PROCEDURES_V1)
  search(request: SearchProceduresV1): Promise<ProcedurePageV1> {
    return this.catalog.searchProcedures(request);
  }
}
