import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ActorV1 } from '@motcua/contracts';
import { AdminOnly, CurrentActor } from '../auth/auth.decorators';
import { ApiErrors } from '../http/api-errors';
import { idPipe } from '../http/validation';
import {
  CreateUserBody,
  ListUsersQuery,
  PasswordBody,
  PasswordResetDto,
  UserCreatedDto,
  UserDto,
  UserPageDto,
  UserProfileBody,
} from './users.dto';
import { UsersService } from './users.service';

const userIdPipe = idPipe('Mã người dùng');

/** Staff accounts (quản lý người dùng), for admins only. */
@ApiTags('users')
@AdminOnly()
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Staff accounts by username, search in username and full name, role filter' })
  @ApiOkResponse({ type: UserPageDto })
  @ApiErrors({ invalid: true })
  list(@Query() query: ListUsersQuery): Promise<UserPageDto> {
    return this.users.listUsers(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a staff account; without a password one is generated and shown once' })
  @ApiCreatedResponse({ type: UserCreatedDto })
  @ApiErrors({ invalid: true, conflict: 'USER_USERNAME_TAKEN' })
  create(@Body() body: CreateUserBody): Promise<UserCreatedDto> {
    return this.users.createUser(body);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change full name, roles and unit' })
  @ApiOkResponse({ type: UserDto })
  @ApiErrors({ invalid: true, notFound: true, conflict: 'USER_LAST_ADMIN' })
  update(@Param('id', userIdPipe) id: string, @Body() body: UserProfileBody): Promise<UserDto> {
    return this.users.updateUser(id, body);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Disable an account: login is refused; tokens already issued work until they expire',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiErrors({ invalid: true, notFound: true, conflict: 'USER_SELF_DISABLE or USER_LAST_ADMIN' })
  disable(@Param('id', userIdPipe) id: string, @CurrentActor() actor: ActorV1): Promise<UserDto> {
    return this.users.disableUser(actor.id, id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled account again' })
  @ApiOkResponse({ type: UserDto })
  @ApiErrors({ invalid: true, notFound: true })
  enable(@Param('id', userIdPipe) id: string): Promise<UserDto> {
    return this.users.enableUser(id);
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reset the password: set by the admin, or generated and shown once' })
  @ApiOkResponse({ type: PasswordResetDto })
  @ApiErrors({ invalid: true, notFound: true })
  resetPassword(@Param('id', userIdPipe) id: string, @Body() body: PasswordBody): Promise<PasswordResetDto> {
    return this.users.resetPassword(id, body.password);
  }
}
