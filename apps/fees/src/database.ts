import { messagingTablesMigration, outboxRowNotificationsMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';
import { Assessment } from './assessments/assessment.entity';
import { ProcedureCopy } from './catalog/procedure-copy.entity';
import { UnitCopy } from './catalog/unit-copy.entity';
import { CreateFees1764259200001 } from './migrations/1764259200001-CreateFees';
import { CreateOnlinePayments1764259200002 } from './migrations/1764259200002-CreateOnlinePayments';
import { CreateReceiptCorrections1764259200003 } from './migrations/1764259200003-CreateReceiptCorrections';
import { CreateCounterDays1764259200004 } from './migrations/1764259200004-CreateCounterDays';
import { AddProviderCancellation1764259200005 } from './migrations/1764259200005-AddProviderCancellation';
import { ReceiptCorrection } from './receipts/receipt-correction.entity';
import { CounterDay } from './reconciliation/counter-day.entity';
import { PaymentRequest } from './payments/payment-request.entity';
import { Payment } from './payments/payment.entity';
import { ReceiptSeries } from './receipts/receipt-series.entity';
import { Receipt } from './receipts/receipt.entity';

export const FEES_DATABASE = {
  service: 'fees',
  entities: [
    ProcedureCopy,
    UnitCopy,
    Assessment,
    Payment,
    PaymentRequest,
    ReceiptSeries,
    Receipt,
    ReceiptCorrection,
    CounterDay,
  ],
  migrations: [
    messagingTablesMigration('fees', 1764259200000),
    CreateFees1764259200001,
    CreateOnlinePayments1764259200002,
    CreateReceiptCorrections1764259200003,
    CreateCounterDays1764259200004,
    AddProviderCancellation1764259200005,
    outboxRowNotificationsMigration('fees', 1795844400000),
  ],
} as const satisfies ServiceDatabase;
