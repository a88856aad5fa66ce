import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { addContractSchemas } from './contract-schemas';
import { HttpErrorFilter } from './http-error.filter';
import { validationPipe } from './validation';
import { serveWebApp } from '../web/web-app';

const API_DESCRIPTION = `API of motcua, the one-stop system of the provincial Public Administration Service Center.
Staff log in at \`POST /api/v1/auth/login\`; department systems use client credentials at
\`POST /api/v1/auth/token\`. Errors are \`{ code, message, details, correlationId }\` with Vietnamese messages.`;

/**
 * Gateway HTTP: security headers, validation, the error shape, OpenAPI at /api/docs (JSON: /api/docs-json), and
 * the web app at `/`.
 */
export async function configureHttp(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        styleSrc: [`'self'`, `'unsafe-inline'`],
        imgSrc: [`'self'`, 'data:'],
        scriptSrc: [`'self'`, `'unsafe-inline'`],
      },
    },
  });
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new HttpErrorFilter());
  const document = addContractSchemas(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('motcua API')
        .setDescription(API_DESCRIPTION)
        .setVersion('1')
        .addBearerAuth()
        .build(),
    ),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await serveWebApp(app);
}
