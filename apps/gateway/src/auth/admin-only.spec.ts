import { createMock } from '@golevelup/ts-jest';
import { ExecutionContext, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ActorV1, Role } from '@motcua/contracts';
import { ApiClientsController } from '../api-clients/api-clients.controller';
import { DeadLettersController } from '../dead-letters/dead-letters.controller';
import { UsersController } from '../users/users.controller';
import { AuthErrorCode } from './auth.errors';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AdminOnly } from './auth.decorators';

const ADMIN_CONTROLLERS = [UsersController, ApiClientsController, DeadLettersController];

const routesOf = (controller: Type): [string, Type][] =>
  Object.getOwnPropertyNames(controller.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => [name, controller]);

const ROUTES = ADMIN_CONTROLLERS.flatMap(routesOf);

const actorWith = (roles: Role[]): ActorV1 =>
  ({ id: '01a21ebe-e40e-74bb-acf5-1d22dbfdeb39', name: 'someone', kind: 'user', roles }) as ActorV1;

const contextOf = (controller: Type, handler: string): ExecutionContext =>
  createMock<ExecutionContext>({
    getType: () => 'http',
    getClass: () => controller,
    getHandler: () => (controller.prototype as Record<string, () => void>)[handler] as never,
    switchToHttp: () => ({
      getRequest: () => ({ url: '/api/v1/admin', headers: { authorization: 'Bearer token' } }),
    }),
  });

describe(AdminOnly.name, () => {
  describe('guard', () => {
    const auth = createMock<AuthService>();
    const sut = new AuthGuard(auth, new Reflector());

    it.each(ROUTES)('should let an admin call %s', async (handler, controller) => {
      auth.authenticate.mockResolvedValue(actorWith([Role.Admin]));

      await expect(sut.canActivate(contextOf(controller, handler))).resolves.toBe(true);
    });

    it.each(ROUTES)('should refuse %s to a manager', async (handler, controller) => {
      auth.authenticate.mockResolvedValue(actorWith([Role.Manager, Role.Reception]));

      await expect(sut.canActivate(contextOf(controller, handler))).rejects.toMatchObject({
        code: AuthErrorCode.RoleForbidden,
      });
    });
  });

  describe('OpenAPI', () => {
    let document: OpenAPIObject;

    beforeAll(async () => {
      const moduleRef = await Test.createTestingModule({ controllers: ADMIN_CONTROLLERS })
        .useMocker(() => createMock())
        .compile();
      const app = moduleRef.createNestApplication(new FastifyAdapter());
      document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
      await app.close();
    });

    const operations = () =>
      Object.entries(document.paths).flatMap(([path, item]) =>
        (['get', 'post', 'put', 'delete'] as const)
          .filter((method) => item[method])
          .map((method) => ({ route: `${method} ${path}`, operation: item[method]! })),
      );

    it('should mark every admin route as needing a bearer token, with 401 and 403 answers', () => {
      const routes = operations();

      expect(routes).toHaveLength(ROUTES.length);
      for (const { route, operation } of routes) {
        expect({ route, security: operation.security }).toEqual({ route, security: [{ bearer: [] }] });
        expect(operation.responses).toMatchObject({
          401: expect.anything(),
          403: expect.objectContaining({ description: 'Not an admin' }),
        });
      }
    });

    it('should document the error answers of each route with the error body and its codes', () => {
      const errorsOf = (path: string, method: 'post' | 'put') => {
        const responses = document.paths[path][method]!.responses as Record<
          string,
          { description: string; content?: Record<string, { schema: { $ref?: string } }> }
        >;
        return Object.fromEntries(
          ['400', '404', '409']
            .filter((code) => responses[code])
            .map((code) => [
              code,
              [responses[code].description, responses[code].content?.['application/json'].schema.$ref],
            ]),
        );
      };
      const ERROR_BODY = '#/components/schemas/ErrorDto';

      expect(errorsOf('/api/v1/users/{id}/disable', 'post')).toEqual({
        400: ['', ERROR_BODY],
        404: ['', ERROR_BODY],
        409: ['USER_SELF_DISABLE or USER_LAST_ADMIN', ERROR_BODY],
      });
      expect(errorsOf('/api/v1/api-clients', 'post')).toEqual({
        400: ['', ERROR_BODY],
        409: ['API_CLIENT_ID_TAKEN', ERROR_BODY],
      });
      expect(errorsOf('/api/v1/dead-letters/{service}/replay', 'post')).toEqual({
        400: ['', ERROR_BODY],
        404: ['DEAD_LETTER_NOT_FOUND', ERROR_BODY],
      });
    });
  });
});
