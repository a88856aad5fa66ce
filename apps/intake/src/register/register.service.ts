import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { atVietnamTime } from '@motcua/calendar';
import {
  AppError,
  CommonErrorCode,
  DOSSIER_CODE_PATTERN,
  DossierListView,
  DossierPageV1,
  DossierStatus,
  ErrorKind,
  ExportDossierRegisterV1,
  ExportedFileV1,
  ListDossiersV1,
  isVietnameseMobile,
  toE164,
} from '@motcua/contracts';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { Dossier } from '../dossiers/dossier.entity';
import { toDossierDto } from '../dossiers/dossiers.dto';
import { Unit } from '../units/unit.entity';
import { REGISTER_COLUMNS, registerRows } from './register-columns';

const DAY_MS = 24 * 60 * 60 * 1000;
// A register is a working document for a month or a quarter, not a data dump.
const MAX_REGISTER_DAYS = 366;
const MAX_REGISTER_ROWS = 100_000;
const CODE_PREFIX = /^[0-9.A-Z-]{3,}$/;
const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Dossiers as the Center received them: the staff list, the return counter's list and register 06. */
@Injectable()
export class RegisterService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listDossiers(request: ListDossiersV1): Promise<DossierPageV1> {
    const query = this.dataSource.getRepository(Dossier).createQueryBuilder('d');
    if (request.view === DossierListView.ReadyForReturn) {
      query
        .where('d.status = :resolved', { resolved: DossierStatus.Resolved })
        .andWhere('d.result_at_center_at IS NOT NULL')
        .orderBy('d.result_at_center_at', 'ASC');
    } else {
      query.orderBy('d.received_at', 'DESC');
      if (request.status) query.andWhere('d.status = :status', { status: request.status });
    }
    if (request.handlingUnitCode)
      query.andWhere('d.handling_unit_code = :unit', { unit: request.handlingUnitCode });
    if (request.q?.trim()) matchText(query, request.q.trim());
    const [dossiers, total] = await query
      .addOrderBy('d.id', 'ASC')
      .skip((request.page - 1) * request.pageSize)
      .take(request.pageSize)
      .getManyAndCount();
    return { items: dossiers.map(toDossierDto), total, page: request.page, pageSize: request.pageSize };
  }

  async exportRegister(request: ExportDossierRegisterV1): Promise<ExportedFileV1> {
    const from = atVietnamTime(request.from);
    const until = new Date(atVietnamTime(request.to).getTime() + DAY_MS);
    const days = (until.getTime() - from.getTime()) / DAY_MS;
    if (days < 1 || days > MAX_REGISTER_DAYS) {
      throw new AppError(
        CommonErrorCode.ValidationFailed,
        ErrorKind.Invalid,
        'Khoảng thời gian không hợp lệ',
        [
          {
            field: 'to',
            constraint: 'period',
            message: `"Đến ngày" phải sau "Từ ngày" và cách không quá ${MAX_REGISTER_DAYS} ngày`,
          },
        ],
      );
    }
    const query = this.dataSource
      .getRepository(Dossier)
      .createQueryBuilder('d')
      .where('d.received_at >= :from AND d.received_at < :until', { from, until })
      .orderBy('d.received_at', 'ASC')
      .addOrderBy('d.code', 'ASC')
      .take(MAX_REGISTER_ROWS);
    if (request.handlingUnitCode)
      query.andWhere('d.handling_unit_code = :unit', { unit: request.handlingUnitCode });
    const [dossiers, units] = await Promise.all([
      query.getMany(),
      this.dataSource.getRepository(Unit).find(),
    ]);
    const rows = registerRows(dossiers, new Map(units.map((unit) => [unit.code, unit.name])));
    const name = `so-theo-doi-ho-so_${request.from}_${request.to}${request.handlingUnitCode ? `_${request.handlingUnitCode}` : ''}`;
    return request.format === 'csv' ? toCsv(name, rows) : toXlsx(name, request, rows);
  }
}

// A code or its prefix, a mobile number, or part of a name.
function matchText(query: SelectQueryBuilder<Dossier>, q: string): void {
  if (DOSSIER_CODE_PATTERN.test(q) || CODE_PREFIX.test(q.toUpperCase())) {
    query.andWhere(
      new Brackets((where) => {
        where.where('d.code LIKE :prefix', { prefix: `${q.toUpperCase()}%` });
        if (isVietnameseMobile(q)) where.orWhere('d.applicant_phone = :phone', { phone: toE164(q) });
      }),
    );
  } else {
    query.andWhere('d.applicant_full_name ILIKE :name', { name: `%${q.replace(/[%_\\]/g, '\\$&')}%` });
  }
}

function toCsv(name: string, rows: (string | number)[][]): ExportedFileV1 {
  const lines = [REGISTER_COLUMNS.map((column) => column.header), ...rows].map((cells) =>
    cells.map((cell) => csvCell(String(cell))).join(','),
  );
  // The byte-order mark makes spreadsheet programs read the Vietnamese letters as UTF-8.
  const text = `\ufeff${lines.join('\r\n')}\r\n`;
  return {
    filename: `${name}.csv`,
    contentType: CSV_CONTENT_TYPE,
    contentBase64: Buffer.from(text, 'utf8').toString('base64'),
  };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

async function toXlsx(
  name: string,
  request: ExportDossierRegisterV1,
  rows: (string | number)[][],
): Promise<ExportedFileV1> {
  // Loaded on the first spreadsheet export: requiring it at boot cost every start about 0.4 s of CPU.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Mẫu 06', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow(['SỔ THEO DÕI HỒ SƠ']).font = { bold: true, size: 14 };
  sheet.addRow([`Hồ sơ tiếp nhận từ ngày ${dmy(request.from)} đến ngày ${dmy(request.to)}`]);
  const header = sheet.addRow(REGISTER_COLUMNS.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  REGISTER_COLUMNS.forEach((column, i) => (sheet.getColumn(i + 1).width = column.width));
  sheet.addRows(rows);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename: `${name}.xlsx`,
    contentType: XLSX_CONTENT_TYPE,
    contentBase64: Buffer.from(buffer).toString('base64'),
  };
}

const dmy = (date: string): string => date.split('-').reverse().join('/');
