import { IsBoolean, IsInt, IsISO8601, IsString, IsUUID } from 'class-validator';

export const TICKET_CALLED_V1 = 'intake.ticket.called.v1';

/** A ticket was called (or called again) to a counter: what the hall screen shows and announces. */
export class TicketCalledV1 {
  @IsUUID(7)
  readonly ticketId: string;

  @IsString()
  readonly number: string;

  @IsInt()
  readonly counterNumber: number;

  @IsString()
  readonly counterName: string;

  @IsISO8601({ strict: true })
  readonly calledAt: string;

  @IsBoolean()
  readonly isRecall: boolean;
}
