import { createMock } from '@golevelup/ts-jest';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppError } from '@motcua/contracts';
import { SearchProceduresQuery } from '../catalog/catalog.dto';
import { CatalogController } from '../catalog/catalog.controller';
import { DossierDeskController } from '../dossier-desk/dossier-desk.controller';
import { ListDossiersQuery } from '../dossier-desk/dossier-desk.dto';
import { ListUsersQuery } from '../users/users.dto';
import { UsersController } from '../users/users.controller';
import { DeliveryQuery } from '../webhooks/webhooks.dto';
import { WebhooksController } from '../webhooks/webhooks.controller';
import { DepartmentsController } from '../work/departments.controller';
import { DepartmentQueueQuery, WorkQuery } from '../work/work.dto';
import { WorkController } from '../work/work.controller';
import { PageQuery } from './page-query';
import { validationPipe } from './validation';

const LISTS = [
  { query: ListUsersQuery, path: '/api/v1/users', pageSize: 20 },
  { query: SearchProceduresQuery, path: '/api/v1/procedures', pageSize: 20 },
  { query: ListDossiersQuery, path: '/api/v1/dossiers', pageSize: 20 },
  { query: WorkQuery, path: '/api/v1/work', pageSize: 20 },
  { query: DepartmentQueueQuery, path: '/api/v1/departments/dossiers', pageSize: 20 },
  { query: DeliveryQuery, path: '/api/v1/departments/webhooks/{id}/deliveries', pageSize: 50 },
] as const;

const validate = (metatype: new () => PageQuery, query: Record<string, string>) =>
  validationPipe.transform(query, { type: 'query', metatype }) as Promise<PageQuery>;

describe(PageQuery.name, () => {
  describe.each(LISTS)('$query.name', ({ query, pageSize }) => {
    it('should give the first page of the default size when the query names none', async () => {
      const page = await validate(query, {});

      expect(page).toBeInstanceOf(query);
      expect(page).toMatchObject({ page: 1, pageSize });
    });

    it('should refuse a page below 1 and a page size above 200 naming both fields in Vietnamese', async () => {
      const refusal = await validate(query, { page: '0', pageSize: '201' }).catch((error: unknown) => error);

      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).details).toEqual([
        { field: 'page', constraint: 'min', message: 'Trang nhỏ hơn giá trị cho phép' },
        { field: 'pageSize', constraint: 'max', message: 'Số dòng mỗi trang lớn hơn giá trị cho phép' },
      ]);
    });

    it('should refuse a page size that is not a whole number by its label', async () => {
      const refusal = await validate(query, { pageSize: 'hai mươi' }).catch((error: unknown) => error);

      expect((refusal as AppError).details).toEqual([
        { field: 'pageSize', constraint: 'isInt', message: 'Số dòng mỗi trang phải là số nguyên' },
      ]);
    });
  });

  describe('OpenAPI', () => {
    let document: OpenAPIObject;

    beforeAll(async () => {
      const moduleRef = await Test.createTestingModule({
        controllers: [
          UsersController,
          CatalogController,
          DossierDeskController,
          WorkController,
          DepartmentsController,
          WebhooksController,
        ],
      })
        .useMocker(() => createMock())
        .compile();
      const app = moduleRef.createNestApplication(new FastifyAdapter());
      document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
      await app.close();
    });

    it.each(LISTS)('should show page and pageSize as query parameters of $path', ({ path, pageSize }) => {
      const parameters = document.paths[path].get?.parameters ?? [];

      expect(parameters).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: 'page',
            in: 'query',
            required: false,
            schema: expect.objectContaining({ default: 1, minimum: 1, maximum: 10_000 }),
          }),
          expect.objectContaining({
            name: 'pageSize',
            in: 'query',
            required: false,
            schema: expect.objectContaining({ default: pageSize, minimum: 1, maximum: 200 }),
          }),
        ]),
      );
    });
  });
});
