import { ReceiptSeriesV1, ReceiptV1 } from '@motcua/contracts';
import type { ReceiptSeries } from './receipt-series.entity';
import type { Receipt } from './receipt.entity';

export function toReceiptDto(receipt: Receipt): ReceiptV1 {
  return {
    id: receipt.id,
    dossierId: receipt.dossierId,
    ...(receipt.paymentId ? { paymentId: receipt.paymentId } : {}),
    issuer: receipt.issuer,
    status: receipt.status,
    kind: receipt.kind,
    feeName: receipt.feeName,
    amountDong: receipt.amountDong,
    ...(receipt.templateSymbol ? { templateSymbol: receipt.templateSymbol } : {}),
    seriesSymbol: receipt.seriesSymbol,
    ...(receipt.number === null ? {} : { number: receipt.number }),
    unitCode: receipt.unitCode,
    payerName: receipt.payerName,
    method: receipt.method,
    issuedAt: receipt.issuedAt.toISOString(),
    ...(receipt.correctsReceiptId ? { correctsReceiptId: receipt.correctsReceiptId } : {}),
  };
}

export function toSeriesDto(series: ReceiptSeries): ReceiptSeriesV1 {
  return {
    id: series.id,
    unitCode: series.unitCode,
    templateSymbol: series.templateSymbol,
    seriesSymbol: series.seriesSymbol,
    year: series.year,
    ...(series.taxCode ? { taxCode: series.taxCode } : {}),
    issuer: series.issuer,
    lastNumber: series.lastNumber,
    isActive: series.isActive,
    ...(series.cancelReason ? { cancelReason: series.cancelReason } : {}),
    createdAt: series.createdAt.toISOString(),
  };
}
