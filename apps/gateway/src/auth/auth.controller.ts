import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { ActorV1 } from '@motcua/contracts';
import { ErrorDto } from '../http/error.dto';
import { CurrentActor, Public } from './auth.decorators';
import { ActorDto, ClientTokenBody, LoginBody, TokenDto } from './auth.dto';
import { AuthService, IssuedToken } from './auth.service';
import { LoginRateLimit } from './rate-limits';

const toTokenDto = (token: IssuedToken): TokenDto => ({ ...token, tokenType: 'Bearer' });

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @LoginRateLimit()
  @ApiOperation({ summary: 'Staff login (đăng nhập cán bộ): username and password → short-lived JWT' })
  @ApiOkResponse({ type: TokenDto })
  @ApiUnauthorizedResponse({ type: ErrorDto })
  @ApiTooManyRequestsResponse({ type: ErrorDto })
  async login(@Body() body: LoginBody): Promise<TokenDto> {
    return toTokenDto(await this.auth.login(body.username, body.password));
  }

  @Post('token')
  @HttpCode(200)
  @Public()
  @LoginRateLimit()
  @ApiOperation({ summary: 'Department system: client credentials → JWT scoped to its unit' })
  @ApiOkResponse({ type: TokenDto })
  @ApiUnauthorizedResponse({ type: ErrorDto })
  async token(@Body() body: ClientTokenBody): Promise<TokenDto> {
    return toTokenDto(await this.auth.issueClientToken(body.clientId, body.clientSecret));
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who the token belongs to' })
  @ApiOkResponse({ type: ActorDto })
  me(@CurrentActor() actor: ActorV1): ActorDto {
    return actor;
  }
}
