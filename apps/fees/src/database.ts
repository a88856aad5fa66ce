import { messagingTablesMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';
import { Assessment } from './assessments/assessment.entity';
import { ProcedureCopy } from './catalog/procedure-copy.entity';
import { UnitCopy } from './catalog/unit-copy.entity';
import { CreateFees1764259200001 } from './migrations/1764259200001-CreateFees';
import { CreateOnlinePayments1764259200002 } from './migrations/1764259200002-CreateOnlinePayments';
import { PaymentRequest } from './payments/payment-request.entity';
import { Payment } from './payments/payment.entity';
import { ReceiptSeries } from './receipts/receipt-series.entity';
import { Receipt } from './receipts/receipt.entity';

export const FEES_DATABASE = {
  service: 'fees',
  entities: [ProcedureCopy, UnitCopy, Assessment, Payment, PaymentRequest, ReceiptSeries, Receipt],
  migrations: [
    messagingTablesMigration('fees', 1764259200000),
    CreateFees1764259200001,
    CreateOnlinePayments1764259200002,
  ],
} as const satisfies ServiceDatabase;
