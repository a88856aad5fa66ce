import { Controller } from '@nestjs/common';
import {
  DefaultProcessListV1,
  GET_PROCESS_V1,
  GetProcessV1,
  LIST_DEFAULT_PROCESSES_V1,
  PUBLISH_PROCESS_V1,
  ProcessV1,
  ProcessValidationV1,
  PublishProcessV1,
  VALIDATE_PROCESS_V1,
  ValidateProcessV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { ProcessesService } from './processes.service';

@Controller()
export class ProcessesRpc {
  constructor(private readonly processes: ProcessesService) {}

  @Respond(VALIDATE_PROCESS_V1)
  validate(request: ValidateProcessV1): Promise<ProcessValidationV1> {
    return this.processes.validateProcess(request.definition);
  }

  @Respond(PUBLISH_PROCESS_V1)
  publish(request: PublishProcessV1): Promise<ProcessV1> {
    return this.processes.publishProcess(request.definition, request.actor);
  }

  @Respond(GET_PROCESS_V1)
  get(request: GetProcessV1): Promise<ProcessV1> {
    return this.processes.getProcess(request.procedureCode);
  }

  @Respond(LIST_DEFAULT_PROCESSES_V1)
  listDefaults(): Promise<DefaultProcessListV1> {
    return this.processes.listDefaultProcesses();
  }
}
