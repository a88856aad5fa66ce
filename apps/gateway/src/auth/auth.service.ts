import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { ActorV1 } from '@motcua/contracts';
import { Repository } from 'typeorm';
import { ApiClient } from '../api-clients/api-client.entity';
import type { AppConfig } from '../config';
import { User } from '../users/user.entity';
import { AuthError, AuthErrorCode } from './auth.errors';
import { hashSecret, verifySecret } from './passwords';
import { TokenClaims, toActor, toClaims } from './token-claims';

export interface IssuedToken {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly actor: ActorV1;
}

@Injectable()
export class AuthService {
  private readonly ttlSeconds: number;
  // Verified when the name is unknown, so a wrong name costs as long as a wrong password.
  private readonly decoyHash = hashSecret('motcua-decoy-secret');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(ApiClient) private readonly clients: Repository<ApiClient>,
    private readonly jwt: JwtService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.ttlSeconds = config.get('auth', { infer: true }).tokenTtlSeconds;
  }

  /** Staff login with username and password. */
  async login(username: string, password: string): Promise<IssuedToken> {
    const user = await this.users.findOneBy({ username: username.trim().toLowerCase(), isActive: true });
    const valid = await verifySecret(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !valid) throw new AuthError(AuthErrorCode.InvalidCredentials);
    return this.issue({
      id: user.id,
      name: user.username,
      displayName: user.fullName,
      kind: 'user',
      roles: user.roles,
      ...(user.unitCode ? { unitCode: user.unitCode } : {}),
    });
  }

  /** A department system's client credentials; its token is scoped to its unit. */
  async issueClientToken(clientId: string, clientSecret: string): Promise<IssuedToken> {
    const client = await this.clients.findOneBy({ clientId, isActive: true });
    const valid = await verifySecret(client?.secretHash ?? (await this.decoyHash), clientSecret);
    if (!client || !valid) throw new AuthError(AuthErrorCode.InvalidCredentials);
    return this.issue({
      id: client.id,
      name: client.clientId,
      kind: 'client',
      roles: client.roles,
      unitCode: client.unitCode,
    });
  }

  /** The actor a bearer token stands for; refuses forged, expired or malformed tokens. */
  async authenticate(token: string): Promise<ActorV1> {
    try {
      return toActor(await this.jwt.verifyAsync<TokenClaims>(token));
    } catch {
      throw new AuthError(AuthErrorCode.TokenInvalid);
    }
  }

  private async issue(actor: ActorV1): Promise<IssuedToken> {
    const accessToken = await this.jwt.signAsync({ ...toClaims(actor) }, { expiresIn: this.ttlSeconds });
    return { accessToken, expiresIn: this.ttlSeconds, actor };
  }
}
