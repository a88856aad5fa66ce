import 'reflect-metadata';
import { InvalidEnvironmentError, validateEnv } from '@motcua/config';
import type { ServiceName } from '@motcua/contracts';
import { IsString } from 'class-validator';
import { Env as FeesEnv } from '../../apps/fees/src/config';
import { Env as IntakeEnv } from '../../apps/intake/src/config';
import {
  addressProblems,
  APP_SERVICES,
  appServiceProblems,
  COMPOSE_KEPT_DEFAULTS,
  ComposeFile,
  composeFileProblems,
  composeSchemaErrors,
  declaredVariables,
  dockerfileProblems,
  dockerignoreProblems,
  ENV_CLASSES,
  envExampleProblems,
  environmentOf,
  imageTagProblems,
  infrastructureProblems,
  keptDefaultProblems,
  MIGRATE_VARIABLES,
  migrateProblems,
  missingVariableProblems,
  parseCompose,
  readRepoFile,
  undeclaredVariableProblems,
} from './deploy-rules';

// Each rule is shown twice: the real file passes it, and a copy broken in memory fails it, naming the problem.

const compose = parseCompose(readRepoFile('docker-compose.yml'));

function brokenCopy(change: (copy: ComposeFile) => void): ComposeFile {
  const copy = structuredClone(compose);
  change(copy);
  return copy;
}

function envOf(copy: ComposeFile, service: string): Record<string, unknown> {
  return copy.services[service].environment as Record<string, unknown>;
}

describe('docker-compose.yml', () => {
  describe('schema', () => {
    it('should match the Compose Specification when its anchors and merge keys are resolved', () => {
      const errors = composeSchemaErrors(compose);

      expect(errors).toEqual([]);
    });

    it('should fail the schema when a service has a misspelt key', () => {
      const broken = brokenCopy((c) => (c.services.fees.healtcheck = c.services.fees.healthcheck));

      const errors = composeSchemaErrors(broken);

      expect(errors).toContain('/services/fees must NOT have additional properties');
    });

    it('should fail the schema when a dependency condition is unknown', () => {
      const broken = brokenCopy(
        (c) => (c.services.intake.depends_on = { postgres: { condition: 'healthy' } }),
      );

      const errors = composeSchemaErrors(broken);

      expect(errors).toContain(
        '/services/intake/depends_on/postgres/condition must be equal to one of the allowed values',
      );
    });
  });

  describe('file', () => {
    it('should have no version key, no interpolation and only marked dev secrets when read', () => {
      const problems = composeFileProblems(compose);

      expect(problems).toEqual([]);
    });

    it.each<[string, (c: ComposeFile) => void, string]>([
      [
        'a version key is set',
        (c) => (c.version = '3.8'),
        'the version key is obsolete in the Compose Specification',
      ],
      [
        'a value is interpolated',
        (c) => (envOf(c, 'gateway').MOTCUA_JWT_SECRET = '${MOTCUA_JWT_SECRET:?set MOTCUA_JWT_SECRET}'),
        '/services/gateway/environment/MOTCUA_JWT_SECRET must not use $ interpolation',
      ],
      [
        'a secret is not marked dev-only',
        (c) => (envOf(c, 'intake').MOTCUA_DB_PASSWORD = 'a-real-looking-password-0123456789abcdef'),
        'intake MOTCUA_DB_PASSWORD must be empty or a dev-only- value of at least 32 chars',
      ],
      [
        'a dev secret is too short',
        (c) => (envOf(c, 'postgres').POSTGRES_PASSWORD = 'dev-only-short'),
        'postgres POSTGRES_PASSWORD must be empty or a dev-only- value of at least 32 chars',
      ],
      [
        'a new credential is not marked as a dev secret',
        (c) => (envOf(c, 'courier').MOTCUA_POST_API_KEY = 'b7c1e0a94f2d6a8e'),
        'courier MOTCUA_POST_API_KEY names a credential: add it to DEV_SECRET_VARIABLES in test/deploy/deploy-rules.ts',
      ],
      [
        'a provider secret is real-looking',
        (c) => (envOf(c, 'fees').MOTCUA_PAYMENT_HMAC_SECRET = 'b7c1e0a94f2d6a8e3c5b9d7f1a2e4c6b8d0f'),
        'fees MOTCUA_PAYMENT_HMAC_SECRET must be empty or a dev-only- value of at least 32 chars',
      ],
      [
        'a mail server with a password is written in',
        (c) => (envOf(c, 'notifications').MOTCUA_SMTP_URL = 'smtp://motcua:hunter2@smtp.example.vn:587'),
        'notifications MOTCUA_SMTP_URL must be empty or a dev-only- value of at least 32 chars',
      ],
    ])('should report a problem when %s', (_, change, problem) => {
      const problems = composeFileProblems(brokenCopy(change));

      expect(problems).toContain(problem);
    });

    it('should accept an escaped $$ when a value needs a literal dollar sign', () => {
      const problems = composeFileProblems(brokenCopy((c) => (envOf(c, 'fees').NOTE = 'costs $$5')));

      expect(problems).toEqual([]);
    });
  });

  describe('app environments', () => {
    it.each(APP_SERVICES)(
      "should satisfy %s's own Env validation when given its compose environment",
      (name) => {
        const environment = environmentOf(compose.services[name]);

        const validate = () => validateEnv(ENV_CLASSES[name], environment);

        expect(validate).not.toThrow();
      },
    );

    it.each(APP_SERVICES)(
      'should point %s at the compose infrastructure when its environment is validated',
      (name) => {
        const env = validateEnv(ENV_CLASSES[name], environmentOf(compose.services[name]));

        const problems = addressProblems(name, env);

        expect(problems).toEqual([]);
      },
    );

    it.each(APP_SERVICES)('should give %s only variables its Env declares when composed', (name) => {
      const problems = undeclaredVariableProblems(
        name,
        compose.services[name],
        declaredVariables(ENV_CLASSES[name]),
      );

      expect(problems).toEqual([]);
    });

    it.each<[string, ServiceName, (env: Record<string, unknown>) => void, RegExp]>([
      [
        'the gateway loses MOTCUA_JWT_SECRET',
        'gateway',
        (env) => delete env.MOTCUA_JWT_SECRET,
        /MOTCUA_JWT_SECRET is required/,
      ],
      [
        'the JWT secret is shorter than 32 characters',
        'gateway',
        (env) => (env.MOTCUA_JWT_SECRET = 'dev-only-short'),
        /MOTCUA_JWT_SECRET is invalid/,
      ],
      [
        'an app loses MOTCUA_DB_PASSWORD',
        'routing',
        (env) => delete env.MOTCUA_DB_PASSWORD,
        /MOTCUA_DB_PASSWORD is required/,
      ],
      [
        'the broker URL is not AMQP',
        'fees',
        (env) => (env.MOTCUA_AMQP_URL = 'http://rabbitmq:5672'),
        /MOTCUA_AMQP_URL is invalid/,
      ],
      [
        'the public base URL is not a URL',
        'notifications',
        (env) => (env.MOTCUA_PUBLIC_BASE_URL = 'gateway'),
        /MOTCUA_PUBLIC_BASE_URL is invalid/,
      ],
      [
        'the log level is unknown',
        'courier',
        (env) => (env.MOTCUA_LOG_LEVEL = 'verbose'),
        /MOTCUA_LOG_LEVEL is invalid/,
      ],
    ])('should throw InvalidEnvironmentError when %s', (_, name, change, problem) => {
      const environment = { ...environmentOf(compose.services[name]) };
      change(environment);

      const validate = () => validateEnv(ENV_CLASSES[name], environment);

      expect(validate).toThrow(InvalidEnvironmentError);
      expect(validate).toThrow(problem);
    });

    it('should report the localhost default when an app loses MOTCUA_DB_HOST', () => {
      const environment = { ...environmentOf(compose.services.intake) };
      delete environment.MOTCUA_DB_HOST;

      const problems = addressProblems('intake', validateEnv(IntakeEnv, environment));

      expect(problems).toEqual(['intake must reach the database at postgres']);
    });

    it.each<[string, ServiceName, (env: Record<string, unknown>) => void, string]>([
      [
        'a variable is misspelt',
        'intake',
        (env) => (env.MOTCUA_DB_HOTS = 'postgres'),
        'intake sets MOTCUA_DB_HOTS, which its Env class does not declare',
      ],
      [
        'a secret reaches an app that does not read it',
        'fees',
        (env) => (env.MOTCUA_JWT_SECRET = 'x'),
        'fees sets MOTCUA_JWT_SECRET, which its Env class does not declare',
      ],
    ])('should report an undeclared variable when %s', (_, name, change, problem) => {
      const broken = brokenCopy((c) => change(envOf(c, name)));

      const problems = undeclaredVariableProblems(
        name,
        broken.services[name],
        declaredVariables(ENV_CLASSES[name]),
      );

      expect(problems).toEqual([problem]);
    });
  });

  describe('settings', () => {
    it.each(APP_SERVICES)(
      'should give %s every variable its Env declares unless it keeps its default on purpose',
      (name) => {
        const problems = missingVariableProblems(name, compose.services[name]);

        expect(problems).toEqual([]);
      },
    );

    it('should name only variables the apps declare and are not given in COMPOSE_KEPT_DEFAULTS', () => {
      const isProvided = (name: ServiceName, key: string) =>
        environmentOf(compose.services[name])[key] !== undefined;

      const problems = keptDefaultProblems('COMPOSE_KEPT_DEFAULTS', COMPOSE_KEPT_DEFAULTS, isProvided);

      expect(problems).toEqual([]);
    });

    it.each<[string, ServiceName, (env: Record<string, unknown>) => void, string]>([
      [
        'an optional secret of an app is left out',
        'notifications',
        (env) => delete env.MOTCUA_SMTP_URL,
        'notifications declares MOTCUA_SMTP_URL (apps/notifications/src/config.ts) but docker-compose.yml does ' +
          'not set it: add it to services.notifications.environment (a dev-only- value if it is a secret), or ' +
          'to COMPOSE_KEPT_DEFAULTS in test/deploy/deploy-rules.ts with the reason it keeps its default',
      ],
      [
        'a platform variable is left out',
        'routing',
        (env) => delete env.MOTCUA_REDIS_PREFIX,
        'routing declares MOTCUA_REDIS_PREFIX (libs/config/src/platform-env.ts) but docker-compose.yml does not ' +
          'set it: add it to x-platform-env (a dev-only- value if it is a secret), or to COMPOSE_KEPT_DEFAULTS ' +
          'in test/deploy/deploy-rules.ts with the reason it keeps its default',
      ],
      [
        'a variable is passed through from the host',
        'courier',
        (env) => (env.MOTCUA_COURIER_PICKUP_TIMES = null),
        'courier declares MOTCUA_COURIER_PICKUP_TIMES (apps/courier/src/config.ts) but docker-compose.yml ' +
          'does not set it: add it to services.courier.environment (a dev-only- value if it is a secret), or ' +
          'to COMPOSE_KEPT_DEFAULTS in test/deploy/deploy-rules.ts with the reason it keeps its default',
      ],
    ])('should report the variable and where to add it when %s', (_, name, change, problem) => {
      const broken = brokenCopy((c) => change(envOf(c, name)));

      const problems = missingVariableProblems(name, broken.services[name]);

      expect(problems).toEqual([problem]);
    });

    it('should report a variable an app adds when compose does not give it yet', () => {
      class FeesEnvWithNewSetting extends FeesEnv {
        @IsString()
        MOTCUA_FEES_NEW_SETTING = 'x';
      }

      const problems = missingVariableProblems('fees', compose.services.fees, FeesEnvWithNewSetting);

      expect(problems).toEqual([
        expect.stringMatching(/^fees declares MOTCUA_FEES_NEW_SETTING \(apps\/fees\/src\/config\.ts\) but/),
      ]);
    });

    it.each<[string, Record<ServiceName, string[]>, string]>([
      [
        'an entry names a variable the app does not declare',
        { ...structuredClone(COMPOSE_KEPT_DEFAULTS), gateway: ['MOTCUA_SMTP_URL'] } as Record<
          ServiceName,
          string[]
        >,
        'COMPOSE_KEPT_DEFAULTS lists MOTCUA_SMTP_URL for gateway, whose Env class does not declare it',
      ],
      [
        'an entry names a variable compose gives anyway',
        { ...structuredClone(COMPOSE_KEPT_DEFAULTS), routing: ['MOTCUA_SUPPLEMENT_SWEEP_MS'] } as Record<
          ServiceName,
          string[]
        >,
        'COMPOSE_KEPT_DEFAULTS lists MOTCUA_SUPPLEMENT_SWEEP_MS for routing, which is given it: remove it',
      ],
    ])('should report a stale allow-list entry when %s', (_, kept, problem) => {
      const isProvided = (name: ServiceName, key: string) =>
        environmentOf(compose.services[name])[key] !== undefined;

      const problems = keptDefaultProblems('COMPOSE_KEPT_DEFAULTS', kept, isProvided);

      expect(problems).toEqual([problem]);
    });
  });

  describe('app services', () => {
    it.each(APP_SERVICES)(
      'should build %s with its own SERVICE and gate it on healthy dependencies when composed',
      (name) => {
        const problems = appServiceProblems(name, compose.services[name]);

        expect(problems).toEqual([]);
      },
    );

    it.each<[string, ServiceName, (c: ComposeFile) => void, string]>([
      ['the service is missing', 'courier', (c) => delete c.services.courier, 'service courier is missing'],
      [
        'it is pulled instead of built',
        'fees',
        (c) => {
          delete c.services.fees.build;
          c.services.fees.image = 'motcua:1';
        },
        'fees must be built from the Dockerfile',
      ],
      [
        'it builds another app',
        'fees',
        (c) => (c.services.fees.build = { context: '.', args: { SERVICE: 'intake' } }),
        'fees must build with args.SERVICE: fees',
      ],
      [
        'it overrides the command',
        'intake',
        (c) => (c.services.intake.command = 'node dist/apps/fees/src/main.js'),
        "intake must run the image's default command",
      ],
      [
        'it listens on another port',
        'routing',
        (c) => (envOf(c, 'routing').PORT = '3001'),
        'routing must set PORT to 3002',
      ],
      [
        'it has no healthcheck',
        'routing',
        (c) => delete c.services.routing.healthcheck,
        'routing must have a healthcheck on /health/ready of port 3002',
      ],
      [
        'its healthcheck is disabled',
        'routing',
        (c) => (c.services.routing.healthcheck = { disable: true }),
        'routing must have a healthcheck on /health/ready of port 3002',
      ],
      [
        'its healthcheck probes liveness only',
        'fees',
        (c) => (c.services.fees.healthcheck = { test: ['CMD', 'curl', 'http://127.0.0.1:3003/health/live'] }),
        'fees must have a healthcheck on /health/ready of port 3003',
      ],
      [
        'its healthcheck probes another port',
        'fees',
        (c) =>
          (c.services.fees.healthcheck = { test: ['CMD', 'curl', 'http://127.0.0.1:3000/health/ready'] }),
        'fees must have a healthcheck on /health/ready of port 3003',
      ],
      [
        'it waits for the database to start only',
        'intake',
        (c) =>
          (c.services.intake.depends_on = {
            ...(c.services.intake.depends_on as object),
            postgres: { condition: 'service_started' },
          }),
        'intake must depend on postgres with condition service_healthy',
      ],
      [
        'it uses the short depends_on form',
        'courier',
        (c) => (c.services.courier.depends_on = ['postgres', 'rabbitmq', 'redis', 'migrate']),
        'courier must depend on rabbitmq with condition service_healthy',
      ],
      [
        'it does not wait for Redis',
        'notifications',
        (c) => delete (c.services.notifications.depends_on as Record<string, unknown>).redis,
        'notifications must depend on redis with condition service_healthy',
      ],
      [
        'it does not wait for migrations',
        'gateway',
        (c) =>
          ((c.services.gateway.depends_on as Record<string, object>).migrate = {
            condition: 'service_started',
          }),
        'gateway must depend on migrate with condition service_completed_successfully',
      ],
      [
        'the gateway is not published',
        'gateway',
        (c) => delete c.services.gateway.ports,
        'gateway must publish port 3000',
      ],
      [
        'an internal app is published',
        'courier',
        (c) => (c.services.courier.ports = ['3004:3004']),
        'courier must not publish ports',
      ],
      [
        'the grace period is shorter than the drain',
        'intake',
        (c) => (c.services.intake.stop_grace_period = '5s'),
        'intake stop_grace_period must exceed MOTCUA_SHUTDOWN_DRAIN_MS (10000 ms)',
      ],
      [
        'the grace period is left at the default',
        'intake',
        (c) => delete c.services.intake.stop_grace_period,
        'intake stop_grace_period must exceed MOTCUA_SHUTDOWN_DRAIN_MS (10000 ms)',
      ],
    ])('should report a problem when %s', (_, name, change, problem) => {
      const broken = brokenCopy(change);

      const problems = appServiceProblems(name, broken.services[name]);

      expect(problems).toContain(problem);
    });
  });

  describe('infrastructure', () => {
    it.each(['postgres', 'rabbitmq', 'redis'] as const)(
      'should pin %s and check its health when composed',
      (name) => {
        const problems = infrastructureProblems(name, compose.services[name]);

        expect(problems).toEqual([]);
      },
    );

    it.each<[string, 'postgres' | 'rabbitmq' | 'redis', (c: ComposeFile) => void, string]>([
      [
        'an image uses latest',
        'postgres',
        (c) => (c.services.postgres.image = 'postgres:latest'),
        'postgres image postgres:latest must not use the latest tag',
      ],
      [
        'an image is untagged',
        'redis',
        (c) => (c.services.redis.image = 'redis'),
        'redis image redis must be pinned to a tag',
      ],
      [
        'an image from a registry with a port is untagged',
        'redis',
        (c) => (c.services.redis.image = 'registry.local:5000/redis'),
        'redis image registry.local:5000/redis must be pinned to a tag',
      ],
      [
        'a healthcheck is missing',
        'rabbitmq',
        (c) => delete c.services.rabbitmq.healthcheck,
        'rabbitmq must have a healthcheck running rabbitmq-diagnostics',
      ],
      [
        'a healthcheck runs the wrong probe',
        'postgres',
        (c) => (c.services.postgres.healthcheck = { test: ['CMD', 'true'] }),
        'postgres must have a healthcheck running pg_isready',
      ],
    ])('should report a problem when %s', (_, name, change, problem) => {
      const broken = brokenCopy(change);

      const problems = infrastructureProblems(name, broken.services[name]);

      expect(problems).toContain(problem);
    });

    it('should accept a digest when an image is pinned by digest', () => {
      const problems = imageTagProblems('image', `postgres@sha256:${'a'.repeat(64)}`);

      expect(problems).toEqual([]);
    });
  });

  describe('migrate', () => {
    it('should run the migration tool once against healthy infrastructure when composed', () => {
      const problems = migrateProblems(compose);

      expect(problems).toEqual([]);
    });

    it.each<[string, (c: ComposeFile) => void, string]>([
      ['the service is missing', (c) => delete c.services.migrate, 'service migrate is missing'],
      [
        'it runs another command',
        (c) => (c.services.migrate.command = ['node', 'dist/apps/gateway/src/main.js']),
        'migrate must run node dist/scripts/migrate.js',
      ],
      [
        'it does not wait for the broker',
        (c) => (c.services.migrate.depends_on = { postgres: { condition: 'service_healthy' } }),
        'migrate must depend on rabbitmq with condition service_healthy',
      ],
      [
        'it lacks the database host',
        (c) => delete envOf(c, 'migrate').MOTCUA_DB_HOST,
        'migrate must set MOTCUA_DB_HOST, which scripts/tools-config.ts reads: add it to services.migrate',
      ],
      [
        'it reaches the service roles at another host than the apps',
        (c) => (envOf(c, 'migrate').MOTCUA_DB_HOST = '127.0.0.1'),
        'migrate and the apps must share MOTCUA_DB_HOST',
      ],
      [
        'it lacks the demo password',
        (c) => delete envOf(c, 'migrate').MOTCUA_DEMO_PASSWORD,
        'migrate must set MOTCUA_DEMO_PASSWORD, which scripts/tools-config.ts reads: add it to services.migrate',
      ],
      [
        'the admin URL has another password',
        (c) => (envOf(c, 'migrate').MOTCUA_DB_ADMIN_URL = 'postgres://postgres:other@postgres:5432/postgres'),
        "MOTCUA_DB_ADMIN_URL must use the postgres service's POSTGRES_PASSWORD",
      ],
      [
        'the admin URL points at localhost',
        (c) => (envOf(c, 'migrate').MOTCUA_DB_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres'),
        'MOTCUA_DB_ADMIN_URL must point at the postgres service',
      ],
      [
        'it creates roles with another password than the apps use',
        (c) => (envOf(c, 'migrate').MOTCUA_DB_PASSWORD = 'dev-only-another-password-0123456789abcdef'),
        'migrate and the apps must share MOTCUA_DB_PASSWORD',
      ],
    ])('should report a problem when %s', (_, change, problem) => {
      const problems = migrateProblems(brokenCopy(change));

      expect(problems).toContain(problem);
    });
  });
});

describe('Dockerfile', () => {
  const dockerfile = readRepoFile('Dockerfile');

  it('should build with npm ci from pinned bases and run the chosen app as uid 10001 when read', () => {
    const problems = dockerfileProblems(dockerfile);

    expect(problems).toEqual([]);
  });

  it.each<[string, (text: string) => string, string]>([
    [
      'it installs with npm install',
      (t) => t.replace(/npm ci/g, 'npm install'),
      'the Dockerfile must install with npm ci',
    ],
    [
      'it skips the build',
      (t) => t.replace(/RUN npm run build/g, 'RUN true'),
      'the Dockerfile must run npm run build',
    ],
    [
      'it keeps dev dependencies',
      (t) => t.replace(/npm prune --omit=dev/g, 'true'),
      'the Dockerfile must prune dev dependencies (npm prune --omit=dev)',
    ],
    [
      'the base image is untagged',
      (t) => t.replace(/^ARG NODE_IMAGE=.*$/m, 'ARG NODE_IMAGE=node'),
      'base image node must be pinned to a tag',
    ],
    [
      'the base image is latest',
      (t) => t.replace(/^ARG NODE_IMAGE=.*$/m, 'ARG NODE_IMAGE=node:latest'),
      'base image node:latest must not use the latest tag',
    ],
    [
      'the runtime is not Node 20 slim',
      (t) => t.replace(/^ARG NODE_IMAGE=.*$/m, 'ARG NODE_IMAGE=node:22-alpine'),
      'the final stage must run on node:20…-bookworm-slim, not node:22-alpine',
    ],
    [
      'it runs as root',
      (t) => t.replace(/^USER .*$/m, 'USER root'),
      'the final stage must run as a non-root USER',
    ],
    [
      'it runs as uid 0',
      (t) => t.replace(/^USER .*$/m, 'USER 0:0'),
      'the final stage must run as a non-root USER',
    ],
    ['it has no USER', (t) => t.replace(/^USER .*$/m, ''), 'the final stage must run as a non-root USER'],
    [
      'it runs as the image node user',
      (t) => t.replace(/^USER .*$/m, 'USER node'),
      'the final stage must run as uid 10001, not node',
    ],
    [
      'it is not in production mode',
      (t) => t.replace(/NODE_ENV=production/g, 'NODE_ENV=development'),
      'the final stage must set NODE_ENV=production',
    ],
    [
      'the SERVICE default changes',
      (t) => t.replace(/ARG SERVICE=gateway/g, 'ARG SERVICE'),
      'the final stage must take ARG SERVICE=gateway',
    ],
    [
      'MOTCUA_SERVICE is fixed',
      (t) => t.replace(/MOTCUA_SERVICE=\$\{SERVICE\}/g, 'MOTCUA_SERVICE=gateway'),
      'MOTCUA_SERVICE must come from ARG SERVICE',
    ],
    [
      'CMD is exec form without a shell',
      (t) => t.replace(/^CMD .*$/m, 'CMD ["node", "dist/apps/${MOTCUA_SERVICE}/src/main.js"]'),
      'CMD must start dist/apps/${MOTCUA_SERVICE}/src/main.js through a shell',
    ],
    [
      'CMD starts a fixed app',
      (t) => t.replace(/^CMD .*$/m, 'CMD node dist/apps/gateway/src/main.js'),
      'CMD must start dist/apps/${MOTCUA_SERVICE}/src/main.js through a shell',
    ],
    [
      'it has no HEALTHCHECK',
      (t) => t.replace(/^HEALTHCHECK [\s\S]*?\n(?=\S)/m, ''),
      'the final stage must have a HEALTHCHECK',
    ],
    [
      'it exposes one port',
      (t) => t.replace(/EXPOSE 3000-3005/g, 'EXPOSE 3000'),
      'the final stage must EXPOSE 3000-3005',
    ],
  ])('should report a problem when %s', (_, change, problem) => {
    const broken = change(dockerfile);
    expect(broken).not.toBe(dockerfile);

    const problems = dockerfileProblems(broken);

    expect(problems).toContain(problem);
  });

  it('should accept a shell-form CMD when it names the app through MOTCUA_SERVICE', () => {
    const shellForm = dockerfile.replace(
      /^CMD .*$/m,
      'CMD exec node dist/apps/${MOTCUA_SERVICE}/src/main.js',
    );

    const problems = dockerfileProblems(shellForm);

    expect(problems).toEqual([]);
  });
});

describe('.env.example', () => {
  const envExample = readRepoFile('.env.example');

  it('should document every variable the apps and the tools read when read', () => {
    const problems = envExampleProblems(envExample);

    expect(problems).toEqual([]);
  });

  it('should know what the tools read from scripts/tools-config.ts itself when derived', () => {
    const variables = MIGRATE_VARIABLES;

    expect(variables).toEqual(
      expect.arrayContaining(['MOTCUA_DB_ADMIN_URL', 'MOTCUA_DB_PASSWORD', 'MOTCUA_AMQP_URL']),
    );
  });

  it('should report a variable when it is no longer documented', () => {
    const problems = envExampleProblems(envExample.replace(/^MOTCUA_QUIET_HOURS=.*$/m, ''));

    expect(problems).toEqual([
      '.env.example must document MOTCUA_QUIET_HOURS (read in apps/notifications/src/config.ts)',
    ]);
  });

  it('should accept a variable when it is documented commented out', () => {
    const problems = envExampleProblems(envExample.replace(/^MOTCUA_QUIET_HOURS=/m, '# MOTCUA_QUIET_HOURS='));

    expect(problems).toEqual([]);
  });
});

describe('.dockerignore', () => {
  const dockerignore = readRepoFile('.dockerignore');

  it('should keep node_modules, dist, .git, .env and test output out of the build context when read', () => {
    const problems = dockerignoreProblems(dockerignore);

    expect(problems).toEqual([]);
  });

  it('should report a problem when .env is no longer excluded', () => {
    const problems = dockerignoreProblems(dockerignore.replace(/^\.env$/m, ''));

    expect(problems).toEqual(['.dockerignore must exclude .env']);
  });
});
