import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  CancelReceiptSeriesV1,
  CreateReceiptSeriesV1,
  ErrorKind,
  ListReceiptSeriesV1,
  MAX_RECEIPT_NUMBER,
  ReceiptIssuer,
  ReceiptSeriesListV1,
  ReceiptSeriesV1,
} from '@motcua/contracts';
import { IdempotencyService } from '@motcua/messaging';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CatalogService } from '../catalog/catalog.service';
import { EReceiptProviderClient, ProviderErrorCode } from './e-receipt-provider.client';
import { ReceiptSeries } from './receipt-series.entity';
import { toSeriesDto } from './receipts.dto';
import { ReceiptError, ReceiptErrorCode } from './receipts.errors';

const UNIQUE_VIOLATION = '23505';

/** Receipt series (template + series symbol per unit and year), managed by an admin; their counter rows. */
@Injectable()
export class ReceiptSeriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly catalog: CatalogService,
    private readonly provider: EReceiptProviderClient,
  ) {}

  createSeries(request: CreateReceiptSeriesV1): Promise<ReceiptSeriesV1> {
    if (request.issuer === ReceiptIssuer.Provider && !this.provider.isConfigured) {
      return Promise.reject(
        new AppError(
          ProviderErrorCode.NotConfigured,
          ErrorKind.Conflict,
          'Chưa cấu hình nhà cung cấp biên lai điện tử, không tạo được ký hiệu do nhà cung cấp cấp số',
          [
            {
              field: 'issuer',
              constraint: 'providerConfigured',
              message: 'Chưa cấu hình nhà cung cấp biên lai điện tử',
            },
          ],
        ),
      );
    }
    const { idempotencyKey, ...content } = request;
    return this.idempotency
      .run('series.create', idempotencyKey, content, async (tx) => {
        const unit = await this.catalog.unitOf(tx, request.unitCode);
        const series = tx.create(ReceiptSeries, {
          id: uuidv7(),
          unitCode: request.unitCode,
          templateSymbol: request.templateSymbol,
          seriesSymbol: request.seriesSymbol,
          year: request.year,
          taxCode: request.taxCode ?? unit.taxCode,
          issuer: request.issuer,
          lastNumber: 0,
          isActive: true,
          cancelReason: null,
          createdBy: request.actor.id,
          createdAt: new Date(),
          cancelledAt: null,
        });
        await tx.insert(ReceiptSeries, series);
        return toSeriesDto(series);
      })
      .catch((error: unknown) => {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
        ) {
          throw new ReceiptError(
            ReceiptErrorCode.SeriesExists,
            'Đã có ký hiệu biên lai này trong năm, hoặc đơn vị đã có một ký hiệu đang dùng trong năm',
            [{ field: 'seriesSymbol', constraint: 'unique', message: 'Ký hiệu biên lai đã tồn tại' }],
          );
        }
        throw error;
      });
  }

  async listSeries(request: ListReceiptSeriesV1): Promise<ReceiptSeriesListV1> {
    const series = await this.dataSource.getRepository(ReceiptSeries).find({
      where: {
        ...(request.unitCode ? { unitCode: request.unitCode } : {}),
        ...(request.year ? { year: request.year } : {}),
      },
      order: { year: 'DESC', unitCode: 'ASC', createdAt: 'ASC' },
    });
    return { items: series.map(toSeriesDto) };
  }

  /** Stops a series for good; its numbers given so far stay valid. */
  cancelSeries(request: CancelReceiptSeriesV1): Promise<ReceiptSeriesV1> {
    return this.dataSource.transaction(async (tx) => {
      const series = await tx.findOne(ReceiptSeries, {
        where: { id: request.seriesId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!series) throw seriesNotFound(request.seriesId);
      if (!series.isActive) {
        throw new ReceiptError(ReceiptErrorCode.SeriesCancelled, 'Ký hiệu biên lai này đã ngừng sử dụng');
      }
      Object.assign(series, { isActive: false, cancelReason: request.reason, cancelledAt: new Date() });
      await tx.save(series);
      return toSeriesDto(series);
    });
  }

  /** The unit's series in use for a year, or a refusal naming what is missing. */
  async activeSeries(tx: EntityManager, unitCode: string, year: number): Promise<ReceiptSeries> {
    const series = await tx.findOneBy(ReceiptSeries, { unitCode, year, isActive: true });
    if (!series) {
      throw new ReceiptError(
        ReceiptErrorCode.NoActiveSeries,
        `Đơn vị ${unitCode} chưa có ký hiệu biên lai đang sử dụng cho năm ${year}`,
        { unitCode, year },
      );
    }
    return series;
  }

  /**
   * The next number of a series, taken by incrementing its counter row in the caller's transaction: the row
   * stays locked until commit, and a rollback gives the number back, so numbers have no gaps and no repeats.
   * Call it last in the transaction to hold the lock briefly.
   */
  async takeNumber(tx: EntityManager, seriesId: string): Promise<number> {
    const [rows]: [{ last_number: number }[], number] = await tx.query(
      `UPDATE fees.receipt_series SET last_number = last_number + 1
       WHERE id = $1 AND is_active AND last_number < $2 RETURNING last_number`,
      [seriesId, MAX_RECEIPT_NUMBER],
    );
    if (rows.length === 0) {
      const series = await tx.findOneBy(ReceiptSeries, { id: seriesId });
      throw new ReceiptError(
        series?.isActive === false ? ReceiptErrorCode.SeriesCancelled : ReceiptErrorCode.SeriesExhausted,
        series?.isActive === false
          ? 'Ký hiệu biên lai đã ngừng sử dụng'
          : `Ký hiệu biên lai đã dùng hết ${MAX_RECEIPT_NUMBER} số`,
        { seriesId },
      );
    }
    return rows[0].last_number;
  }
}

function seriesNotFound(seriesId: string): ReceiptError {
  return new ReceiptError(ReceiptErrorCode.SeriesNotFound, 'Không tìm thấy ký hiệu biên lai', { seriesId });
}
