import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Post } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { DOMAIN_SERVICE_NAMES, DomainServiceName } from '@motcua/contracts';
import { AdminOnly } from '../auth/auth.decorators';
import { ApiErrors } from '../http/api-errors';
import { ErrorDto } from '../http/error.dto';
import { validationFailed } from '../http/validation';
import {
  DeadLetterCountListDto,
  DeadLetterListDto,
  ReplayDeadLettersBody,
  ReplayedDto,
} from './dead-letters.dto';
import { DeadLettersService } from './dead-letters.service';

const SERVICES = Object.fromEntries(DOMAIN_SERVICE_NAMES.map((name) => [name, name]));

const servicePipe = new ParseEnumPipe(SERVICES, {
  exceptionFactory: () =>
    validationFailed([
      {
        field: 'service',
        constraint: 'isIn',
        message: `Dịch vụ phải là một trong: ${DOMAIN_SERVICE_NAMES.join(', ')}`,
      },
    ]),
});

/** Dead letters (tin nhắn lỗi) of the domain services, for admins: look, then replay one or all. */
@ApiTags('dead-letters')
@AdminOnly()
@ApiServiceUnavailableResponse({ type: ErrorDto, description: 'The broker could not be reached' })
@Controller('api/v1/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Get()
  @ApiOperation({ summary: 'How many dead letters wait for each service' })
  @ApiOkResponse({ type: DeadLetterCountListDto })
  counts(): Promise<DeadLetterCountListDto> {
    return this.deadLetters.countAll();
  }

  @Get(':service')
  @ApiOperation({ summary: 'The dead letters of one service: type, id, reason, when, deliveries' })
  @ApiParam({ name: 'service', enum: DOMAIN_SERVICE_NAMES })
  @ApiOkResponse({ type: DeadLetterListDto })
  @ApiErrors({ invalid: true })
  list(@Param('service', servicePipe) service: DomainServiceName): Promise<DeadLetterListDto> {
    return this.deadLetters.list(service);
  }

  @Post(':service/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send one dead letter (by id) or all of them back to the service' })
  @ApiParam({ name: 'service', enum: DOMAIN_SERVICE_NAMES })
  @ApiOkResponse({ type: ReplayedDto })
  @ApiErrors({ invalid: true, notFound: 'DEAD_LETTER_NOT_FOUND' })
  replay(
    @Param('service', servicePipe) service: DomainServiceName,
    @Body() body: ReplayDeadLettersBody,
  ): Promise<ReplayedDto> {
    return this.deadLetters.replay(service, body.id);
  }
}
