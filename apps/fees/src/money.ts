import type { ValueTransformer } from 'typeorm';

/**
 * Money columns are `bigint` đồng (sums of many items outgrow 32 bits); the driver returns bigint as text, so
 * entities read it back as a number (exact up to 2^53 đồng).
 */
export const DONG: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
