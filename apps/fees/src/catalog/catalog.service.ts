import { Injectable } from '@nestjs/common';
import { ProcedurePublishedV1, UnitPublishedV1 } from '@motcua/contracts';
import { EntityManager } from 'typeorm';
import { ProcedureCopy } from './procedure-copy.entity';
import { UnitCopy } from './unit-copy.entity';

/** Keeps fees' copies of procedure versions (their fee items) and units, as intake announces them. */
@Injectable()
export class CatalogService {
  async keepProcedureVersion(tx: EntityManager, event: ProcedurePublishedV1): Promise<ProcedureCopy> {
    const copy = tx.create(ProcedureCopy, {
      id: event.procedureVersionId,
      procedureCode: event.definition.code,
      procedureName: event.definition.name,
      version: event.version,
      fees: event.definition.fees.map(({ kind, name, amountDong, due }) => ({ kind, name, amountDong, due })),
      payBeforeProcessing: event.definition.payBeforeProcessing,
      partialPaymentAllowed: event.definition.partialPaymentAllowed,
      publishedAt: new Date(event.publishedAt),
    });
    // A version never changes once published; a replay finds it there already.
    await tx.createQueryBuilder().insert().into(ProcedureCopy).values(copy).orIgnore().execute();
    return copy;
  }

  async keepUnit(tx: EntityManager, event: UnitPublishedV1): Promise<void> {
    const publishedAt = new Date(event.publishedAt);
    // Events of one unit may arrive out of order: an older announcement never overwrites a newer one.
    await tx.query(
      `INSERT INTO fees.units AS u (code, name, can_issue_e_receipts, tax_code, published_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, can_issue_e_receipts = excluded.can_issue_e_receipts,
         tax_code = excluded.tax_code, published_at = excluded.published_at
       WHERE u.published_at <= excluded.published_at`,
      [
        event.unit.code,
        event.unit.name,
        event.unit.canIssueEReceipts,
        event.unit.taxCode ?? null,
        publishedAt,
      ],
    );
  }

  /**
   * The unit as fees knows it. Until its announcement arrives, a unit is named by its code, has no tax code
   * and may issue e-receipts (the common case; the Police's announcement comes with the seed).
   */
  async unitOf(manager: EntityManager, code: string): Promise<UnitCopy> {
    const unit = await manager.findOneBy(UnitCopy, { code });
    return (
      unit ??
      manager.create(UnitCopy, {
        code,
        name: code,
        canIssueEReceipts: true,
        taxCode: null,
        publishedAt: new Date(0),
      })
    );
  }
}
