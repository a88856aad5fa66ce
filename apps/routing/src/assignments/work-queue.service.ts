import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addWorkingDays } from '@motcua/calendar';
import { ListWorkV1, ProcessStatus, WorkFilter, WorkPageV1 } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { Assignment } from './assignment.entity';
import { ProcessInstance } from './process-instance.entity';
import { CalendarService } from '../calendar/calendar.service';

/** A dossier is "due soon" within this many working days of its appointment. */
export const DUE_SOON_WORKING_DAYS = 3;

const OPEN = [ProcessStatus.Processing, ProcessStatus.SupplementRequested];

/** Work queues per unit and per officer, over the steps units hold now. */
@Injectable()
export class WorkQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
  ) {}

  async listWork(request: ListWorkV1): Promise<WorkPageV1> {
    const now = new Date();
    const query = this.dataSource
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoinAndMapOne('a.instance', ProcessInstance, 'i', 'i.dossierId = a.dossierId')
      .where('a.unitCode = :unit', { unit: request.unitCode })
      .andWhere(`a.status = 'active'`)
      .andWhere('i.status IN (:...open)', { open: OPEN });
    if (request.officerId) query.andWhere('a.officerId = :officer', { officer: request.officerId });
    const processing = { processing: ProcessStatus.Processing };
    switch (request.filter) {
      case WorkFilter.New:
        query.andWhere('a.officerId IS NULL').andWhere('i.status = :processing', processing);
        break;
      case WorkFilter.Processing:
        query.andWhere('a.officerId IS NOT NULL').andWhere('i.status = :processing', processing);
        break;
      case WorkFilter.DueSoon:
        query
          .andWhere('i.status = :processing', processing)
          .andWhere('i.dueAt >= :now AND i.dueAt <= :soon', {
            now,
            soon: addWorkingDays(await this.calendar.getCalendar(), now, DUE_SOON_WORKING_DAYS),
          });
        break;
      case WorkFilter.Overdue:
        query.andWhere('i.status = :processing', processing).andWhere('i.dueAt < :now', { now });
        break;
      case WorkFilter.AwaitingSupplement:
        query.andWhere('i.status = :awaiting', { awaiting: ProcessStatus.SupplementRequested });
        break;
      case WorkFilter.All:
        break;
    }
    const [rows, total] = await query
      .orderBy('a.assignedAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((request.page - 1) * request.pageSize)
      .take(request.pageSize)
      .getManyAndCount();
    return {
      items: rows.map((row) => {
        const { instance } = row as Assignment & { instance: ProcessInstance };
        return {
          dossierId: row.dossierId,
          code: row.dossierCode,
          procedureCode: instance.procedureCode,
          procedureName: instance.procedureName,
          assignmentId: row.id,
          stepName: row.stepName,
          unitCode: row.unitCode,
          ...(row.officerId ? { officerId: row.officerId } : {}),
          status: instance.status,
          assignedAt: row.assignedAt.toISOString(),
          ...(row.dueAt ? { stepDueAt: row.dueAt.toISOString() } : {}),
          ...(instance.dueAt ? { dueAt: instance.dueAt.toISOString() } : {}),
          version: instance.version,
        };
      }),
      total,
      page: request.page,
      pageSize: request.pageSize,
    };
  }
}
