import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@motcua/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { hashSecret } from '../auth/passwords';
import { WebhookSubscription } from '../webhooks/webhook-subscription.entity';
import { ApiClient } from './api-client.entity';
import { ApiClientDto, ApiClientListDto, ApiClientSecretDto, CreateApiClientBody } from './api-clients.dto';
import { ApiClientError, ApiClientErrorCode } from './api-clients.errors';

const UNIQUE_VIOLATION = '23505';

/** A department system works its unit's dossiers the way an officer does. */
const DEPARTMENT_ROLES = [Role.Officer];

const toDto = (client: ApiClient): ApiClientDto => ({
  id: client.id,
  clientId: client.clientId,
  name: client.name,
  unitCode: client.unitCode,
  roles: client.roles,
  isActive: client.isActive,
  createdAt: client.createdAt.toISOString(),
});

/** 43 characters from 256 random bits. */
const generateSecret = () => randomBytes(32).toString('base64url');

/**
 * Department systems' client credentials: an admin registers a system for one unit and hands its secret over
 * once (only a hash is kept), rotates the secret, or revokes the client for good. A token issued before a
 * rotation or a revocation works until it expires (`MOTCUA_JWT_TTL_SECONDS`).
 */
@Injectable()
export class ApiClientsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listClients(): Promise<ApiClientListDto> {
    const clients = await this.dataSource
      .getRepository(ApiClient)
      .find({ order: { isActive: 'DESC', clientId: 'ASC' } });
    return { items: clients.map(toDto) };
  }

  async createClient(body: CreateApiClientBody): Promise<ApiClientSecretDto> {
    const clientSecret = generateSecret();
    const client: ApiClient = {
      id: uuidv7(),
      clientId: body.clientId,
      name: body.name,
      secretHash: await hashSecret(clientSecret),
      roles: DEPARTMENT_ROLES,
      unitCode: body.unitCode,
      isActive: true,
      createdAt: new Date(),
    };
    try {
      await this.dataSource.getRepository(ApiClient).insert(client);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ApiClientError(ApiClientErrorCode.ClientIdTaken);
      }
      throw error;
    }
    return { client: toDto(client), clientSecret };
  }

  /** A new secret for an active client; the old one stops working at once. */
  async rotateSecret(id: string): Promise<ApiClientSecretDto> {
    const client = await this.getClient(id);
    if (!client.isActive) throw new ApiClientError(ApiClientErrorCode.Revoked);
    const clientSecret = generateSecret();
    const secretHash = await hashSecret(clientSecret);
    const { affected } = await this.dataSource
      .getRepository(ApiClient)
      .update({ id, isActive: true }, { secretHash });
    if (!affected) throw new ApiClientError(ApiClientErrorCode.Revoked);
    return { client: toDto(client), clientSecret };
  }

  /** No more tokens for this client, and its webhooks stop; revoking twice changes nothing. */
  async revokeClient(id: string): Promise<ApiClientDto> {
    return this.dataSource.transaction(async (tx) => {
      const client = await tx.getRepository(ApiClient).findOneBy({ id });
      if (!client) throw new ApiClientError(ApiClientErrorCode.NotFound);
      await tx.getRepository(ApiClient).update({ id }, { isActive: false });
      await tx
        .getRepository(WebhookSubscription)
        .update({ clientId: id, isActive: true }, { isActive: false });
      return toDto({ ...client, isActive: false });
    });
  }

  private async getClient(id: string): Promise<ApiClient> {
    const client = await this.dataSource.getRepository(ApiClient).findOneBy({ id });
    if (!client) throw new ApiClientError(ApiClientErrorCode.NotFound);
    return client;
  }
}
