import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ActorV1,
  DefaultProcessListV1,
  ProcessDefinitionV1,
  ProcessStepV1,
  ProcessV1,
  ProcessValidationV1,
  ProcessingTimeV1,
  Role,
  TimeUnit,
} from '@motcua/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ProceduresService } from '../procedures/procedures.service';
import { ProcessVersion } from './process-version.entity';
import { WORKING_DAY_HOURS, checkProcess, timeLimitHours } from './process-rules';
import { invalidProcess } from './processes.errors';

/** Name of the one step of the default process, at the procedure's deciding unit. */
export const DEFAULT_STEP_NAME = 'Thẩm định hồ sơ';
export const DEFAULT_STEP_KEY = 'tham-dinh';

/** The process a dossier runs on: a published version, or the default one-step process. */
export interface ProcessInForce {
  readonly versionId: string | null;
  readonly version: number | null;
  readonly steps: ProcessStepV1[];
}

/**
 * The default process of a procedure without one: a single step at the deciding unit, for an officer, as
 * long as the whole time limit.
 */
export function defaultSteps(unitCode: string, time: ProcessingTimeV1 | null): ProcessStepV1[] {
  const hours = time ? timeLimitHours(time) : WORKING_DAY_HOURS;
  return [
    {
      key: DEFAULT_STEP_KEY,
      name: DEFAULT_STEP_NAME,
      unitCode,
      role: Role.Officer,
      duration: { amount: hours, unit: TimeUnit.WorkingHours },
      next: [],
    },
  ];
}

/**
 * Inserts the next version of a procedure's process; the unique (procedure, version) index makes two admins
 * publishing at once fail one of them rather than both getting the same number.
 */
export async function insertProcessVersion(
  tx: EntityManager,
  definition: ProcessDefinitionV1,
  publishedBy: string,
): Promise<void> {
  const [{ last }]: { last: number }[] = await tx.query(
    `SELECT coalesce(max(version), 0)::int AS last FROM routing.process_versions WHERE procedure_code = $1`,
    [definition.procedureCode],
  );
  await tx.insert(ProcessVersion, {
    id: uuidv7(),
    procedureCode: definition.procedureCode,
    version: last + 1,
    definition: { procedureCode: definition.procedureCode, steps: definition.steps },
    publishedAt: new Date(),
    publishedBy,
  });
}

@Injectable()
export class ProcessesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
  ) {}

  /** The problems a definition would be refused for, measured against routing's copy of the procedure. */
  async validateProcess(definition: ProcessDefinitionV1): Promise<ProcessValidationV1> {
    const procedure = await this.procedures.findLatest(definition.procedureCode);
    const limit = procedure ? timeLimitHours(procedure.processingTime) : null;
    const { problems, longestPathHours } = checkProcess(definition, limit);
    if (!procedure) {
      problems.push({
        field: 'procedureCode',
        constraint: 'procedureKnown',
        message: `Chưa có thông tin thủ tục ${definition.procedureCode} từ danh mục TTHC, chưa kiểm tra được thời hạn`,
      });
    }
    return {
      isValid: problems.length === 0,
      problems,
      longestPathHours,
      ...(limit === null ? {} : { timeLimitHours: limit }),
    };
  }

  /** Publishes a new version when the definition validates; running dossiers keep theirs. */
  async publishProcess(definition: ProcessDefinitionV1, actor: ActorV1): Promise<ProcessV1> {
    const validation = await this.validateProcess(definition);
    if (!validation.isValid) throw invalidProcess(validation.problems);
    await this.dataSource.transaction((tx) => insertProcessVersion(tx, definition, actor.id));
    return this.getProcess(definition.procedureCode);
  }

  async getProcess(procedureCode: string): Promise<ProcessV1> {
    const versions = await this.dataSource
      .getRepository(ProcessVersion)
      .find({ where: { procedureCode }, order: { version: 'ASC' } });
    return {
      procedureCode,
      isDefault: versions.length === 0,
      versions: versions.map((v) => ({
        id: v.id,
        version: v.version,
        publishedAt: v.publishedAt.toISOString(),
        publishedBy: v.publishedBy,
        definition: v.definition,
      })),
    };
  }

  /** Procedures routing knows that have no published process: they run on the default one. */
  async listDefaultProcesses(): Promise<DefaultProcessListV1> {
    const [procedures, withProcess] = await Promise.all([
      this.procedures.listLatest(),
      this.dataSource
        .getRepository(ProcessVersion)
        .createQueryBuilder('v')
        .select('DISTINCT v.procedure_code', 'code')
        .getRawMany<{ code: string }>(),
    ]);
    const defined = new Set(withProcess.map((row) => row.code));
    return {
      items: procedures
        .filter((p) => !defined.has(p.procedureCode))
        .map((p) => ({
          procedureCode: p.procedureCode,
          procedureName: p.name,
          handlingUnitCode: p.handlingUnitCodes[0],
          interAgency: p.interAgency,
        })),
    };
  }

  /** The process a dossier received now starts on. */
  async processInForce(
    tx: EntityManager,
    procedureCode: string,
    handlingUnitCode: string,
    time: ProcessingTimeV1 | null,
  ): Promise<ProcessInForce> {
    // Plain SQL: every received dossier asks, and TypeORM's lookup cost more CPU than the query.
    const [latest]: { id: string; version: number; definition: ProcessVersion['definition'] }[] =
      await tx.query(
        `SELECT id, version, definition FROM routing.process_versions
        WHERE procedure_code = $1 ORDER BY version DESC LIMIT 1`,
        [procedureCode],
      );
    if (!latest) return { versionId: null, version: null, steps: defaultSteps(handlingUnitCode, time) };
    return { versionId: latest.id, version: latest.version, steps: latest.definition.steps };
  }
}
