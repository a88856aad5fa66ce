import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ActorV1,
  PROCEDURE_PUBLISHED_V1,
  PROCEDURE_RETIRED_V1,
  ProcedureDefinitionV1,
  ProcedurePageV1,
  ProcedureV1,
  SearchProceduresV1,
} from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager, In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Unit } from '../units/unit.entity';
import { CatalogError, CatalogErrorCode } from './catalog.errors';
import { toProcedureDto, toProcedureSummary } from './catalog.dto';
import { ProcedureVersion } from './procedure-version.entity';
import { Procedure } from './procedure.entity';
import { foldForSearch } from './search-text';

interface VersionInForceRow {
  readonly status: Procedure['status'];
  readonly id: string;
  readonly procedure_code: string;
  readonly version: number;
  readonly definition: ProcedureVersion['definition'];
  readonly published_at: Date;
  readonly published_by: string;
}

@Injectable()
export class CatalogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /** Adds a procedure as version 1 and announces it. */
  createProcedure(definition: ProcedureDefinitionV1, actor: ActorV1): Promise<ProcedureV1> {
    return this.dataSource.transaction(async (tx) => {
      await this.checkUnits(tx, definition);
      if (await tx.existsBy(Procedure, { code: definition.code })) {
        throw new CatalogError(
          CatalogErrorCode.ProcedureExists,
          `Thủ tục ${definition.code} đã có trong danh mục`,
          {
            code: definition.code,
          },
        );
      }
      const versionId = uuidv7();
      await tx.insert(Procedure, {
        code: definition.code,
        status: 'active',
        currentVersion: 1,
        currentVersionId: versionId,
        ...searchableFacts(definition),
        retiredAt: null,
        retiredReason: null,
      });
      await this.publishVersion(tx, versionId, definition, 1, actor);
      return this.view(tx, definition.code);
    });
  }

  /**
   * Publishes a new version. Dossiers already received keep the version they pinned; `expectedVersion` must
   * be the version in force, so two admins editing at once cannot overwrite each other.
   */
  reviseProcedure(
    definition: ProcedureDefinitionV1,
    expectedVersion: number,
    actor: ActorV1,
  ): Promise<ProcedureV1> {
    return this.dataSource.transaction(async (tx) => {
      await this.checkUnits(tx, definition);
      const procedure = await this.lockProcedure(tx, definition.code, expectedVersion);
      if (procedure.status === 'retired') {
        throw new CatalogError(
          CatalogErrorCode.ProcedureRetired,
          `Thủ tục ${procedure.code} đã bãi bỏ, không thể sửa`,
        );
      }
      const version = await this.publishVersion(tx, uuidv7(), definition, expectedVersion + 1, actor);
      await tx.update(
        Procedure,
        { code: procedure.code },
        { currentVersion: version.version, currentVersionId: version.id, ...searchableFacts(definition) },
      );
      return this.view(tx, procedure.code);
    });
  }

  /** Stops reception of a procedure; its versions stay for the dossiers that pinned them. */
  retireProcedure(code: string, reason: string, expectedVersion: number): Promise<ProcedureV1> {
    return this.dataSource.transaction(async (tx) => {
      const procedure = await this.lockProcedure(tx, code, expectedVersion);
      if (procedure.status === 'retired') {
        throw new CatalogError(CatalogErrorCode.ProcedureRetired, `Thủ tục ${code} đã bãi bỏ`);
      }
      const retiredAt = new Date();
      await tx.update(Procedure, { code }, { status: 'retired', retiredAt, retiredReason: reason });
      await this.outbox.publish(tx, PROCEDURE_RETIRED_V1, {
        code,
        retiredAt: retiredAt.toISOString(),
        reason,
      });
      return this.view(tx, code);
    });
  }

  getProcedure(code: string): Promise<ProcedureV1> {
    return this.view(this.dataSource.manager, code);
  }

  /** The version in force of an active procedure, which reception pins. */
  async getVersionInForce(code: string): Promise<ProcedureVersion> {
    // One plain statement: every reception asks, and two TypeORM lookups cost more CPU than the query.
    const [row]: VersionInForceRow[] = await this.dataSource.query(
      `SELECT p.status, v.id, v.procedure_code, v.version, v.definition, v.published_at, v.published_by
         FROM intake.procedures p JOIN intake.procedure_versions v ON v.id = p.current_version_id
        WHERE p.code = $1`,
      [code],
    );
    if (!row) throw notFound(code);
    if (row.status === 'retired') {
      throw new CatalogError(
        CatalogErrorCode.ProcedureRetired,
        `Thủ tục ${code} đã bãi bỏ, không tiếp nhận hồ sơ mới`,
      );
    }
    return Object.assign(new ProcedureVersion(), {
      id: row.id,
      procedureCode: row.procedure_code,
      version: row.version,
      definition: row.definition,
      publishedAt: row.published_at,
      publishedBy: row.published_by,
    });
  }

  async searchProcedures(request: SearchProceduresV1): Promise<ProcedurePageV1> {
    const query = this.dataSource.getRepository(Procedure).createQueryBuilder('p');
    if (!request.includeRetired) query.andWhere(`p.status = 'active'`);
    if (request.query)
      query.andWhere('p.search_text LIKE :text', { text: `%${escapeLike(foldForSearch(request.query))}%` });
    if (request.sector) query.andWhere('p.sector = :sector', { sector: request.sector });
    if (request.unitCode) query.andWhere(':unit = ANY(p.handling_unit_codes)', { unit: request.unitCode });
    const [procedures, total] = await query
      .orderBy('p.sector')
      .addOrderBy('p.name')
      .skip((request.page - 1) * request.pageSize)
      .take(request.pageSize)
      .getManyAndCount();
    return {
      items: procedures.map(toProcedureSummary),
      total,
      page: request.page,
      pageSize: request.pageSize,
    };
  }

  /**
   * Announces every version ever published (dossiers in progress pin old ones), oldest first, then the
   * retirements; returns how many versions.
   */
  async announceAllVersions(tx: EntityManager): Promise<number> {
    const versions = await tx.find(ProcedureVersion, { order: { procedureCode: 'ASC', version: 'ASC' } });
    for (const row of versions) {
      await this.outbox.publish(tx, PROCEDURE_PUBLISHED_V1, {
        procedureVersionId: row.id,
        version: row.version,
        publishedAt: row.publishedAt.toISOString(),
        definition: row.definition,
      });
    }
    const retired = await tx.find(Procedure, { where: { status: 'retired' } });
    for (const procedure of retired) {
      await this.outbox.publish(tx, PROCEDURE_RETIRED_V1, {
        code: procedure.code,
        retiredAt: (procedure.retiredAt ?? new Date()).toISOString(),
        reason: procedure.retiredReason ?? '',
      });
    }
    return versions.length;
  }

  private async publishVersion(
    tx: EntityManager,
    id: string,
    definition: ProcedureDefinitionV1,
    version: number,
    actor: ActorV1,
  ): Promise<ProcedureVersion> {
    const row = tx.create(ProcedureVersion, {
      id,
      procedureCode: definition.code,
      version,
      definition: { ...definition },
      publishedAt: new Date(),
      publishedBy: actor.id,
    });
    await tx.insert(ProcedureVersion, row);
    await this.outbox.publish(tx, PROCEDURE_PUBLISHED_V1, {
      procedureVersionId: row.id,
      version,
      publishedAt: row.publishedAt.toISOString(),
      definition: row.definition,
    });
    return row;
  }

  private async lockProcedure(tx: EntityManager, code: string, expectedVersion: number): Promise<Procedure> {
    const procedure = await tx.findOne(Procedure, { where: { code }, lock: { mode: 'pessimistic_write' } });
    if (!procedure) throw notFound(code);
    if (procedure.currentVersion !== expectedVersion) {
      throw new CatalogError(
        CatalogErrorCode.StaleVersion,
        `Thủ tục ${code} đã được sửa (phiên bản hiện hành ${procedure.currentVersion}), vui lòng tải lại trước khi sửa`,
        { currentVersion: procedure.currentVersion, expectedVersion },
      );
    }
    return procedure;
  }

  private async checkUnits(tx: EntityManager, definition: ProcedureDefinitionV1): Promise<void> {
    const known = await tx.findBy(Unit, { code: In(definition.handlingUnitCodes) });
    const unknown = definition.handlingUnitCodes.filter((code) => !known.some((unit) => unit.code === code));
    if (unknown.length > 0) {
      throw new CatalogError(
        CatalogErrorCode.UnknownUnit,
        `Đơn vị giải quyết không có trong danh mục: ${unknown.join(', ')}`,
        [
          {
            field: 'handlingUnitCodes',
            constraint: 'unitExists',
            message: `Đơn vị giải quyết không có trong danh mục: ${unknown.join(', ')}`,
          },
        ],
      );
    }
  }

  private async view(manager: EntityManager, code: string): Promise<ProcedureV1> {
    const procedure = await manager.findOneBy(Procedure, { code });
    if (!procedure) throw notFound(code);
    const versions = await manager.find(ProcedureVersion, {
      where: { procedureCode: code },
      order: { version: 'ASC' },
    });
    return toProcedureDto(procedure, versions);
  }
}

function searchableFacts(definition: ProcedureDefinitionV1) {
  return {
    name: definition.name,
    sector: definition.sector,
    handlingUnitCodes: definition.handlingUnitCodes,
    searchText: foldForSearch(`${definition.code} ${definition.name}`),
    isDemoData: definition.isDemoData,
  };
}

function notFound(code: string): CatalogError {
  return new CatalogError(CatalogErrorCode.ProcedureNotFound, `Không tìm thấy thủ tục ${code}`, { code });
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
