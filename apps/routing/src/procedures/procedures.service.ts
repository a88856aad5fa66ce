import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProcedurePublishedV1, UnitPublishedV1 } from '@motcua/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { ProcedureCopy } from './procedure-copy.entity';
import { UnitCopy } from './unit-copy.entity';

/** Routing's copies of intake's procedure versions and units, fed by intake's events. */
@Injectable()
export class ProceduresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Keeps a published version; a redelivery or an older event changes nothing. */
  async keepVersion(tx: EntityManager, event: ProcedurePublishedV1): Promise<void> {
    const { definition } = event;
    await tx
      .createQueryBuilder()
      .insert()
      .into(ProcedureCopy)
      .values({
        id: event.procedureVersionId,
        procedureCode: definition.code,
        version: event.version,
        name: definition.name,
        sector: definition.sector,
        handlingUnitCodes: definition.handlingUnitCodes,
        processingTime: definition.processingTime,
        supplementRule: definition.supplementRule,
        interAgency: definition.interAgency,
        publishedAt: new Date(event.publishedAt),
      })
      .orIgnore()
      .execute();
  }

  /** Keeps the latest name of a unit. */
  async keepUnit(tx: EntityManager, event: UnitPublishedV1): Promise<void> {
    await tx.upsert(
      UnitCopy,
      {
        code: event.unit.code,
        name: event.unit.name,
        shortName: event.unit.shortName,
        updatedAt: new Date(event.publishedAt),
      },
      ['code'],
    );
  }

  /** The version a dossier pinned, or else the latest known of its procedure; null while no copy arrived. */
  // Plain SQL: every received dossier asks, and TypeORM's lookups cost more CPU than the queries.
  async findVersion(
    manager: EntityManager,
    procedureCode: string,
    versionId: string | undefined,
  ): Promise<ProcedureCopy | null> {
    if (versionId) {
      const [pinned]: ProcedureCopyRow[] = await manager.query(
        `SELECT ${PROCEDURE_COPY_COLUMNS} FROM routing.procedure_versions WHERE id = $1`,
        [versionId],
      );
      if (pinned) return toProcedureCopy(pinned);
    }
    const [latest]: ProcedureCopyRow[] = await manager.query(
      `SELECT ${PROCEDURE_COPY_COLUMNS} FROM routing.procedure_versions
        WHERE procedure_code = $1 ORDER BY version DESC LIMIT 1`,
      [procedureCode],
    );
    return latest ? toProcedureCopy(latest) : null;
  }

  findLatest(procedureCode: string): Promise<ProcedureCopy | null> {
    return this.findVersion(this.dataSource.manager, procedureCode, undefined);
  }

  /** The latest version of every procedure. */
  async listLatest(): Promise<ProcedureCopy[]> {
    const versions = await this.dataSource
      .getRepository(ProcedureCopy)
      .find({ order: { procedureCode: 'ASC', version: 'DESC' } });
    return versions.filter((v, i) => i === 0 || versions[i - 1].procedureCode !== v.procedureCode);
  }

  /** Unit names (full and short) by code; a unit not yet known is named by its code. */
  async unitNames(codes: readonly string[]): Promise<Map<string, { name: string; shortName: string }>> {
    const units = await this.dataSource.getRepository(UnitCopy).findBy({ code: In([...codes]) });
    return new Map(
      codes.map((code) => {
        const unit = units.find((u) => u.code === code);
        return [code, { name: unit?.name ?? code, shortName: unit?.shortName ?? code }];
      }),
    );
  }
}

const PROCEDURE_COPY_COLUMNS = `id, procedure_code, version, name, sector, handling_unit_codes, processing_time,
  supplement_rule, inter_agency, published_at`;

interface ProcedureCopyRow {
  readonly id: string;
  readonly procedure_code: string;
  readonly version: number;
  readonly name: string;
  readonly sector: string;
  readonly handling_unit_codes: string[];
  readonly processing_time: ProcedureCopy['processingTime'];
  readonly supplement_rule: ProcedureCopy['supplementRule'];
  readonly inter_agency: boolean;
  readonly published_at: Date;
}

function toProcedureCopy(row: ProcedureCopyRow): ProcedureCopy {
  return Object.assign(new ProcedureCopy(), {
    id: row.id,
    procedureCode: row.procedure_code,
    version: row.version,
    name: row.name,
    sector: row.sector,
    handlingUnitCodes: row.handling_unit_codes,
    processingTime: row.processing_time,
    supplementRule: row.supplement_rule,
    interAgency: row.inter_agency,
    publishedAt: row.published_at,
  });
}
