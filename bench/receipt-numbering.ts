import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { Channel, PaymentMethod, ReceiptIssuer, Role } from '@motcua/contracts';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { typeOrmOptions } from '@motcua/persistence';
import { createServiceDatabase } from '@motcua/testing';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { v7 as uuidv7 } from 'uuid';
import { AssessmentsService } from '../apps/fees/src/assessments/assessments.service';
import { CatalogService } from '../apps/fees/src/catalog/catalog.service';
import { FEES_DATABASE } from '../apps/fees/src/database';
import { PaymentsService } from '../apps/fees/src/payments/payments.service';
import { EReceiptProviderClient } from '../apps/fees/src/receipts/e-receipt-provider.client';
import { ProviderNumberingService } from '../apps/fees/src/receipts/provider-numbering.service';
import { ReceiptSeriesService } from '../apps/fees/src/receipts/receipt-series.service';
import { ReceiptsService } from '../apps/fees/src/receipts/receipts.service';
import { ReconciliationService } from '../apps/fees/src/reconciliation/reconciliation.service';
import { vietnamYear } from '../apps/fees/src/vietnam-day';
import { DEMO_PROCEDURES } from '../apps/intake/src/catalog/demo-procedures';
import { percentile } from './percentiles';

// Counter payments per second when every one takes the next receipt number of one series (the worst case: a
// single counter row), on a fresh database: `npm run bench:receipts -- [payments] [concurrency]`.
// Prints one JSON line. Not part of `npm test`.

const UNIT = '000.00.20.H41';
// Phí 200.000 đồng, paid before processing.
const JUDICIAL_RECORDS =
  DEMO_PROCEDURES.find((procedure) => procedure.code === '2.000488') ?? DEMO_PROCEDURES[0];
const ACTOR = { id: uuidv7(), name: 'bench', kind: 'user' as const, roles: [Role.Cashier, Role.Admin] };

async function main(payments: number, concurrency: number): Promise<void> {
  const database = await createServiceDatabase(FEES_DATABASE);
  const options = typeOrmOptions({ ...database.db, poolSize: concurrency }, FEES_DATABASE);
  const dataSource = new DataSource({
    ...(options as PostgresConnectionOptions),
    extra: { ...(options as PostgresConnectionOptions).extra, connectionTimeoutMillis: 120_000 },
  });
  await dataSource.initialize();
  try {
    const outbox = new OutboxService({ service: 'fees' });
    const idempotency = new IdempotencyService({ service: 'fees' }, dataSource);
    const catalog = new CatalogService();
    const assessments = new AssessmentsService(dataSource, outbox, idempotency);
    const series = new ReceiptSeriesService(
      dataSource,
      idempotency,
      catalog,
      new EReceiptProviderClient(new ConfigService({ eReceiptProvider: null })),
    );
    const service = new PaymentsService(
      outbox,
      idempotency,
      assessments,
      catalog,
      new ReceiptsService(dataSource, outbox, series),
      // Internal series only: nothing waits for an e-receipt provider's number.
      { numberNow: () => Promise.resolve(new Map()) } as unknown as ProviderNumberingService,
      new ReconciliationService(dataSource),
    );
    const versionId = uuidv7();
    const dossierIds = Array.from({ length: payments }, () => uuidv7());
    await dataSource.transaction(async (tx) => {
      await catalog.keepProcedureVersion(tx, {
        procedureVersionId: versionId,
        version: 1,
        publishedAt: new Date().toISOString(),
        definition: JUDICIAL_RECORDS,
      });
      for (const [index, dossierId] of dossierIds.entries()) {
        await assessments.assessDossier(tx, {
          dossierId,
          code: `${UNIT}-261128-${String(index % 10_000).padStart(4, '0')}`,
          procedureCode: '2.000488',
          procedureName: JUDICIAL_RECORDS.name,
          procedureVersionId: versionId,
          receivingUnitCode: UNIT,
          handlingUnitCode: UNIT,
          channel: Channel.Direct,
          applicant: { fullName: 'Người nộp đo tải', phone: '+84912345678' },
          receivedAt: new Date().toISOString(),
          receivedBy: ACTOR.id,
        });
      }
    });
    const created = await series.createSeries({
      unitCode: UNIT,
      templateSymbol: '01BLP0-001',
      seriesSymbol: 'BE-26E',
      year: vietnamYear(new Date()),
      issuer: ReceiptIssuer.Internal,
      actor: ACTOR,
    });

    const durationsMs: number[] = [];
    let next = 0;
    const started = performance.now();
    const cashier = async () => {
      while (next < payments) {
        const dossierId = dossierIds[next++];
        const begun = performance.now();
        await service.recordCounterPayment({
          idempotencyKey: `bench-${dossierId}`,
          dossierId,
          method: PaymentMethod.Cash,
          amountDong: 200_000,
          counterNumber: 1 + (next % 30),
          actor: ACTOR,
        });
        durationsMs.push(performance.now() - begun);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, cashier));
    const seconds = (performance.now() - started) / 1000;
    const [check] = await dataSource.query(
      `SELECT count(*)::int AS receipts, count(DISTINCT number)::int AS distinct_numbers, max(number) AS last
       FROM fees.receipts WHERE series_id = $1`,
      [created.id],
    );
    const sorted = [...durationsMs].sort((a, b) => a - b);
    process.stdout.write(
      `${JSON.stringify({
        payments,
        concurrency,
        seconds: Number(seconds.toFixed(2)),
        paymentsPerSecond: Math.round(payments / seconds),
        p50Ms: Math.round(percentile(sorted, 50) ?? 0),
        p95Ms: Math.round(percentile(sorted, 95) ?? 0),
        isGapFree:
          check.receipts === payments && check.distinct_numbers === payments && check.last === payments,
      })}\n`,
    );
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

const [payments = '2000', concurrency = '50'] = process.argv.slice(2);
main(Number(payments), Number(concurrency)).catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
