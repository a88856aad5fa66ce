import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../auth/auth.decorators';
import { ApiErrors } from '../http/api-errors';
import { idPipe } from '../http/validation';
import { ApiClientDto, ApiClientListDto, ApiClientSecretDto, CreateApiClientBody } from './api-clients.dto';
import { ApiClientsService } from './api-clients.service';

const clientIdPipe = idPipe('Mã định danh ứng dụng');

/** Department systems' client credentials (ứng dụng của đơn vị), for admins only. */
@ApiTags('api-clients')
@AdminOnly()
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
  @ApiErrors({ invalid: true, conflict: 'API_CLIENT_ID_TAKEN' })
  create(@Body() body: CreateApiClientBody): Promise<ApiClientSecretDto> {
    return this.clients.createClient(body);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Issue a new secret, shown once; the old one stops working at once' })
  @ApiOkResponse({ type: ApiClientSecretDto })
  @ApiErrors({ invalid: true, notFound: true, conflict: 'API_CLIENT_REVOKED' })
  rotateSecret(@Param('id', clientIdPipe) id: string): Promise<ApiClientSecretDto> {
    return this.clients.rotateSecret(id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoke for good: no new token, its webhooks stop; tokens already issued work until they expire',
  })
  @ApiOkResponse({ type: ApiClientDto })
  @ApiErrors({ invalid: true, notFound: true })
  revoke(@Param('id', clientIdPipe) id: string): Promise<ApiClientDto> {
    return this.clients.revokeClient(id);
  }
}
