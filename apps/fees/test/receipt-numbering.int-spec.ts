import {
  EventKey,
  EventMap,
  FeeDue,
  FeeKind,
  PROCEDURE_PUBLISHED_V1,
  PaymentMethod,
  RECEIPT_ISSUED_V1,
  ReceiptIssuer,
} from '@motcua/contracts';
import {
  CASHIER,
  EVENT_FIXTURES,
  FEES_ADMIN,
  dossierReceivedV1,
  unitDefinitionV1,
} from '@motcua/contracts/test';
import { Envelope, IdempotencyService, OutboxService } from '@motcua/messaging';
import { typeOrmOptions } from '@motcua/persistence';
import { ServiceTestDatabase, createServiceDatabase } from '@motcua/testing';
import { createMock } from '@golevelup/ts-jest';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AssessmentsService } from '../src/assessments/assessments.service';
import { CatalogService } from '../src/catalog/catalog.service';
import { FEES_DATABASE } from '../src/database';
import { PaymentsService } from '../src/payments/payments.service';
import { EReceiptProviderClient } from '../src/receipts/e-receipt-provider.client';
import { ProviderNumberingService } from '../src/receipts/provider-numbering.service';
import { ReceiptSeriesService } from '../src/receipts/receipt-series.service';
import { ReceiptsService } from '../src/receipts/receipts.service';
import { vietnamYear } from '../src/vietnam-day';

const PAYMENTS = 200;
const ROLLBACK_RATE = 0.15;
const UNIT_CODE = '000.00.20.H41';

class InjectedRollback extends Error {}

// Fails the transaction right after a receipt took its number, as a crash or a lost connection would.
class FlakyOutbox extends OutboxService {
  rollbacks = 0;

  override async publish<K extends EventKey>(
    tx: EntityManager,
    type: K,
    payload: EventMap[K],
  ): Promise<Envelope<K>> {
    if (type === RECEIPT_ISSUED_V1 && Math.random() < ROLLBACK_RATE) {
      this.rollbacks++;
      throw new InjectedRollback('injected rollback after the number was taken');
    }
    return super.publish(tx, type, payload);
  }
}

describe('Receipt numbering under concurrent payments and rollbacks', () => {
  let database: ServiceTestDatabase;
  let dataSource: DataSource;
  let outbox: FlakyOutbox;
  let payments: PaymentsService;
  let assessments: AssessmentsService;
  let seriesService: ReceiptSeriesService;

  beforeAll(async () => {
    database = await createServiceDatabase(FEES_DATABASE);
    dataSource = new DataSource(typeOrmOptions({ ...database.db, poolSize: 10 }, FEES_DATABASE));
    await dataSource.initialize();
    outbox = new FlakyOutbox({ service: 'fees' });
    const idempotency = new IdempotencyService({ service: 'fees' }, dataSource);
    const catalog = new CatalogService();
    assessments = new AssessmentsService(dataSource, outbox, idempotency);
    // Internal series only: the e-receipt provider is never asked.
    seriesService = new ReceiptSeriesService(
      dataSource,
      idempotency,
      catalog,
      createMock<EReceiptProviderClient>(),
    );
    const receipts = new ReceiptsService(dataSource, outbox, seriesService);
    payments = new PaymentsService(
      outbox,
      idempotency,
      assessments,
      catalog,
      receipts,
      createMock<ProviderNumberingService>(),
    );
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should give contiguous unique numbers from 1 and one receipt per payment', async () => {
    const published = EVENT_FIXTURES[PROCEDURE_PUBLISHED_V1]();
    const event = {
      ...published,
      definition: {
        ...published.definition,
        handlingUnitCodes: [UNIT_CODE],
        fees: [{ kind: FeeKind.Phi, name: 'Phí thử nghiệm', amountDong: 200_000, due: FeeDue.AtReception }],
      },
    };
    const dossierIds = Array.from({ length: PAYMENTS }, () => uuidv7());
    await dataSource.transaction(async (tx) => {
      await new CatalogService().keepProcedureVersion(tx, event);
      await new CatalogService().keepUnit(tx, {
        unit: unitDefinitionV1({ code: UNIT_CODE, canIssueEReceipts: true }),
        publishedAt: new Date().toISOString(),
      });
      for (const [index, dossierId] of dossierIds.entries()) {
        await assessments.assessDossier(
          tx,
          dossierReceivedV1({
            dossierId,
            code: `${UNIT_CODE}-261128-${String(index + 1).padStart(4, '0')}`,
            handlingUnitCode: UNIT_CODE,
            procedureVersionId: event.procedureVersionId,
          }),
        );
      }
    });
    const series = await seriesService.createSeries({
      unitCode: UNIT_CODE,
      templateSymbol: '01BLP0-001',
      seriesSymbol: 'TP-26E',
      year: vietnamYear(new Date()),
      issuer: ReceiptIssuer.Internal,
      actor: FEES_ADMIN,
    });

    // Every cashier retries a failed payment with the same Idempotency-Key until it goes through.
    const numbers = await Promise.all(
      dossierIds.map(async (dossierId) => {
        const idempotencyKey = `pay-${dossierId}`;
        for (;;) {
          try {
            const payment = await payments.recordCounterPayment({
              idempotencyKey,
              dossierId,
              method: PaymentMethod.Cash,
              amountDong: 200_000,
              counterNumber: 36,
              actor: CASHIER,
            });
            return payment.receipts[0].number as number;
          } catch (error) {
            if (!(error instanceof InjectedRollback)) throw error;
          }
        }
      }),
    );

    expect(outbox.rollbacks).toBeGreaterThan(0);
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: PAYMENTS }, (_, i) => i + 1));
    const [stored] = await dataSource.query(
      `SELECT (SELECT count(*) FROM fees.receipts)::int AS receipts,
              (SELECT count(DISTINCT number) FROM fees.receipts)::int AS distinct_numbers,
              (SELECT max(number) FROM fees.receipts)::int AS last,
              (SELECT last_number FROM fees.receipt_series WHERE id = $1) AS counter,
              (SELECT count(*) FROM fees.payments)::int AS payments,
              (SELECT count(*) FROM fees.outbox WHERE message_type = $2)::int AS announced`,
      [series.id, RECEIPT_ISSUED_V1],
    );
    expect(stored).toEqual({
      receipts: PAYMENTS,
      distinct_numbers: PAYMENTS,
      last: PAYMENTS,
      counter: PAYMENTS,
      payments: PAYMENTS,
      announced: PAYMENTS,
    });
  }, 120_000);
});
