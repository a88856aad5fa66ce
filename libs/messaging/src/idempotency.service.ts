import { Inject, Injectable } from '@nestjs/common';
import { AppError, CommonErrorCode, ErrorKind } from '@motcua/contracts';
import { createHash } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
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

// Thrown inside the transaction when another request with the same key committed first.
class KeyTakenMeanwhile extends Error {}

/**
 * Runs a command at most once per client-supplied key. The first request does the work and records the key
 * with its answer in the same transaction; a retry with the same key and content gets that answer; the same
 * key with different content is refused. The key is recorded last, so the common case costs one statement:
 * a concurrent duplicate waits on the key's unique index, finds it taken, rolls its own work back and reads
 * the winner's answer.
 */
@Injectable()
export class IdempotencyService {
  private readonly table: string;

  constructor(
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.table = `${ident(options.service)}.idempotency_keys`;
  }

  async run<T>(
    scope: string,
    key: string | undefined,
    request: unknown,
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    if (!key) return this.dataSource.transaction(work);
    const hash = requestHash(request);
    try {
      return await this.dataSource.transaction(async (tx) => {
        const result = await work(tx);
        const recorded: unknown[] = await tx.query(
          `INSERT INTO ${this.table} (scope, key, request_hash, response) VALUES ($1, $2, $3, $4)
           ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
          [scope, key, hash, JSON.stringify(result)],
        );
        if (recorded.length === 0) throw new KeyTakenMeanwhile();
        return result;
      });
    } catch (error) {
      // A retry of a command that changed state fails the state's rules the second time (a dossier already
      // returned cannot be returned): when the key was recorded, the first answer is the answer.
      const previous = await this.previousAnswer<T>(scope, key, hash);
      if (previous) return previous.response;
      throw error;
    }
  }

  private async previousAnswer<T>(scope: string, key: string, hash: string): Promise<{ response: T } | null> {
    const [previous]: { request_hash: string; response: T }[] = await this.dataSource.query(
      `SELECT request_hash, response FROM ${this.table} WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    if (!previous) return null;
    if (previous.request_hash !== hash) {
      throw new AppError(
        CommonErrorCode.IdempotencyKeyReused,
        ErrorKind.Conflict,
        'Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác',
        { key },
      );
    }
    return { response: previous.response };
  }
}
