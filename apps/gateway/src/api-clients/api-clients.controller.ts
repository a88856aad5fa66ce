import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Role } from '@motcua/contracts';
import { Roles } from '../auth/auth.decorators';
import { ErrorDto } from '../http/error.dto';
import { idPipe } from '../http/validation';
import { ApiClientDto, ApiClientListDto, ApiClientSecretDto, CreateApiClientBody } from './api-clients.dto';
import { ApiClientsService } from './api-clients.service';

const clientIdPipe = idPipe('Mã định danh ứng dụng');

/** Department systems' client credentials (ứng dụng của đơn vị), for admins only. */
@ApiTags('api-clients')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto, description: 'Not an admin' })
@Roles(Role.Admin)
@Controller('api/v1/api-clients')
export class ApiClientsController {
  constructor(private readonly clients: ApiClientsService) {}

  @Get()
  @ApiOperation({ summary: 'Every department client, active first' })
  @ApiOkResponse({ type: ApiClientListDto })
  list(): Promise<ApiClientListDto> {
    return this.clients.listClients();
  }

  @Post()
  @ApiOperation({ summary: 'Register a department system for one unit; its secret is shown once' })
  @ApiCreatedResponse({ type: ApiClientSecretDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'API_CLIENT_ID_TAKEN' })
  create(@Body() body: CreateApiClientBody): Promise<ApiClientSecretDto> {
    return this.clients.createClient(body);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Issue a new secret, shown once; the old one stops working at once' })
  @ApiOkResponse({ type: ApiClientSecretDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'API_CLIENT_REVOKED' })
  rotateSecret(@Param('id', clientIdPipe) id: string): Promise<ApiClientSecretDto> {
    return this.clients.rotateSecret(id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoke for good: no new token, its webhooks stop; tokens already issued work until they expire',
  })
  @ApiOkResponse({ type: ApiClientDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  revoke(@Param('id', clientIdPipe) id: string): Promise<ApiClientDto> {
    return this.clients.revokeClient(id);
  }
}
