import { ReceiptIssuer } from '@motcua/contracts';
import type { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { vietnamYear } from '../vietnam-day';
import { ReceiptSeries } from './receipt-series.entity';

/** Who registered the demo series. */
const SEED_ACTOR_ID = '01a21e00-0000-7000-8000-000000000001';

/** Template symbol of fee receipts printed without a face value, as real systems write it (REFERENCE.md addendum §1). */
export const DEMO_TEMPLATE_SYMBOL = '01BLP0-001';

/**
 * The series symbol of the `index`-th unit: two letters, the 2-digit year and E (electronic), like `AA-26E`.
 * The exact pattern belongs to the unit's registration with the tax authority; these are invented.
 */
export function demoSeriesSymbol(index: number, year: number): string {
  const letters = String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26));
  return `${letters}-${String(year % 100).padStart(2, '0')}E`;
}

/**
 * One internal series for this year per unit that issues e-receipts, with an invented tax code (29… is the
 * Nghệ An prefix; the units' real codes are not known). Only units without a series for the year get one.
 */
export async function seedDemoSeries(dataSource: DataSource, unitCodes: readonly string[]): Promise<number> {
  const year = vietnamYear(new Date());
  const existing = new Set(
    (await dataSource.getRepository(ReceiptSeries).findBy({ year })).map((series) => series.unitCode),
  );
  const missing = unitCodes
    .map((unitCode, index) => ({ unitCode, index }))
    .filter(({ unitCode }) => !existing.has(unitCode));
  if (missing.length === 0) return 0;
  await dataSource.getRepository(ReceiptSeries).insert(
    missing.map(({ unitCode, index }) => ({
      id: uuidv7(),
      unitCode,
      templateSymbol: DEMO_TEMPLATE_SYMBOL,
      seriesSymbol: demoSeriesSymbol(index, year),
      year,
      taxCode: `29000${String(index + 1).padStart(5, '0')}`,
      issuer: ReceiptIssuer.Internal,
      lastNumber: 0,
      isActive: true,
      cancelReason: null,
      createdBy: SEED_ACTOR_ID,
      createdAt: new Date(),
      cancelledAt: null,
    })),
  );
  return missing.length;
}
