import { Inject, Injectable } from '@nestjs/common';
import { AppError, CommonErrorCode, ErrorKind } from '@motcua/contracts';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { ident } from './sql';

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** SHA-256 of a request with its keys sorted, so the same content always hashes the same. */
export function requestHash(request: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(request)))
    .digest('hex');
}

/**
 * Runs a command at most once per client-supplied key, inside the caller's transaction: the first request
 * with a key does the work and stores its answer; a retry with the same key and content gets that answer;
 * the same key with different content is refused. Concurrent retries wait on the key row's lock.
 */
@Injectable()
export class IdempotencyService {
  private readonly table: string;

  constructor(@Inject(MESSAGING_OPTIONS) options: MessagingOptions) {
    this.table = `${ident(options.service)}.idempotency_keys`;
  }

  async once<T>(
    tx: EntityManager,
    scope: string,
    key: string | undefined,
    request: unknown,
    work: () => Promise<T>,
  ): Promise<T> {
    if (!key) return work();
    const hash = requestHash(request);
    const claimed: unknown[] = await tx.query(
      `INSERT INTO ${this.table} (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
      [scope, key, hash],
    );
    if (claimed.length > 0) {
      const result = await work();
      await tx.query(`UPDATE ${this.table} SET response = $3 WHERE scope = $1 AND key = $2`, [
        scope,
        key,
        JSON.stringify(result),
      ]);
      return result;
    }
    const [previous]: { request_hash: string; response: T }[] = await tx.query(
      `SELECT request_hash, response FROM ${this.table} WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    if (previous.request_hash !== hash) {
      throw new AppError(
        CommonErrorCode.IdempotencyKeyReused,
        ErrorKind.Conflict,
        'Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác',
        { key },
      );
    }
    return previous.response;
  }
}
