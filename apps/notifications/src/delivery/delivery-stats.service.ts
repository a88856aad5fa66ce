import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  CommonErrorCode,
  DeliveryStatsV1,
  ErrorKind,
  MessageChannel,
  MessageStatus,
} from '@motcua/contracts';
import { CalendarError, atVietnamTime } from '@motcua/calendar';
import { DataSource } from 'typeorm';

const DAY_MS = 24 * 3600 * 1000;

/** One day's messages (created that Vietnam day) by channel and status, and the failures by reason. */
@Injectable()
export class DeliveryStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async dayStats(day: string): Promise<DeliveryStatsV1> {
    const from = startOf(day);
    const range = [from, new Date(from.getTime() + DAY_MS)];
    const counts: { channel: MessageChannel; status: MessageStatus; count: string }[] =
      await this.dataSource.query(
        `SELECT channel, status, count(*) FROM notifications.messages
          WHERE created_at >= $1 AND created_at < $2
          GROUP BY channel, status ORDER BY channel, status`,
        range,
      );
    const failures: { channel: MessageChannel; reason: string; count: string }[] =
      await this.dataSource.query(
        `SELECT channel, failure_reason AS reason, count(*) FROM notifications.messages
        WHERE created_at >= $1 AND created_at < $2 AND failure_reason IS NOT NULL
          AND status IN ('failed', 'permanently_failed')
        GROUP BY channel, failure_reason ORDER BY count(*) DESC, channel, failure_reason`,
        range,
      );
    return {
      day,
      byChannelAndStatus: counts.map((row) => ({ ...row, count: Number(row.count) })),
      failuresByReason: failures.map((row) => ({ ...row, count: Number(row.count) })),
    };
  }
}

function startOf(day: string): Date {
  try {
    return atVietnamTime(day);
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    throw new AppError(CommonErrorCode.ValidationFailed, ErrorKind.Invalid, 'Ngày không hợp lệ', [
      { field: 'day', constraint: 'isDate', message: 'Ngày không phải ngày hợp lệ (YYYY-MM-DD)' },
    ]);
  }
}
