import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CounterListV1, UNIT_PUBLISHED_V1, UnitDefinitionV1, UnitListV1 } from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { Counter } from '../counters/counter.entity';
import { Unit } from './unit.entity';

export function toUnitDefinition(unit: Unit): UnitDefinitionV1 {
  return {
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    kind: unit.kind,
    ...(unit.parentCode ? { parentCode: unit.parentCode } : {}),
    canIssueEReceipts: unit.canIssueEReceipts,
    isDemoData: unit.isDemoData,
  };
}

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /** Creates or updates a unit and announces it (fees and courier keep copies). */
  async saveUnit(tx: EntityManager, unit: UnitDefinitionV1): Promise<void> {
    const publishedAt = new Date();
    await tx.upsert(
      Unit,
      {
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName,
        kind: unit.kind,
        parentCode: unit.parentCode ?? null,
        canIssueEReceipts: unit.canIssueEReceipts,
        isDemoData: unit.isDemoData,
        updatedAt: publishedAt,
      },
      ['code'],
    );
    await this.outbox.publish(tx, UNIT_PUBLISHED_V1, { unit, publishedAt: publishedAt.toISOString() });
  }

  /** Announces every unit again; returns how many. */
  async announceAll(tx: EntityManager): Promise<number> {
    const units = await tx.find(Unit, { order: { code: 'ASC' } });
    const publishedAt = new Date().toISOString();
    for (const unit of units) {
      await this.outbox.publish(tx, UNIT_PUBLISHED_V1, { unit: toUnitDefinition(unit), publishedAt });
    }
    return units.length;
  }

  async listUnits(): Promise<UnitListV1> {
    const units = await this.dataSource.getRepository(Unit).find({ order: { code: 'ASC' } });
    return { items: units.map(toUnitDefinition) };
  }

  async listCounters(): Promise<CounterListV1> {
    const counters = await this.dataSource.getRepository(Counter).find({ order: { number: 'ASC' } });
    return {
      items: counters.map(({ number, name, kind, unitCodes }) => ({ number, name, kind, unitCodes })),
    };
  }
}
