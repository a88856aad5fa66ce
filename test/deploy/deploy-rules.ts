import { PlatformEnv, SERVICE_PORTS } from '@motcua/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { ValidateFunction } from 'ajv';
import draft07MetaSchema from 'ajv/dist/refs/json-schema-draft-07.json';
import { getMetadataStorage } from 'class-validator';
import { parse } from 'yaml';
import type { ServiceName } from '@motcua/contracts';
import { Env as CourierEnv } from '../../apps/courier/src/config';
import { Env as FeesEnv } from '../../apps/fees/src/config';
import { Env as GatewayEnv } from '../../apps/gateway/src/config';
import { Env as IntakeEnv } from '../../apps/intake/src/config';
import { Env as NotificationsEnv } from '../../apps/notifications/src/config';
import { Env as RoutingEnv } from '../../apps/routing/src/config';
import { toolsConfig } from '../../scripts/tools-config';

// Rules for docker-compose.yml, the Dockerfile and .dockerignore. Each returns a list of problems (empty when
// the file is right), so compose.spec.ts can show both that the real files pass and that a broken copy fails.

export const ROOT = join(__dirname, '..', '..');

/** Each app's own port (its `Env` default, and the PORT compose gives it). */
export const APP_PORTS = SERVICE_PORTS;

export const APP_SERVICES = Object.keys(APP_PORTS) as ServiceName[];

/** Each app's `Env` class: the only reader of its environment, so the source of what it must be given. */
export const ENV_CLASSES: Record<ServiceName, new () => PlatformEnv> = {
  gateway: GatewayEnv,
  intake: IntakeEnv,
  routing: RoutingEnv,
  fees: FeesEnv,
  courier: CourierEnv,
  notifications: NotificationsEnv,
};

/** Where a variable of an app is declared, for failure messages: its `Env` class or PlatformEnv. */
export function envClassFile(service: ServiceName, key: string): string {
  return declaredVariables(PlatformEnv).has(key)
    ? 'libs/config/src/platform-env.ts'
    : `apps/${service}/src/config.ts`;
}

/** Infrastructure services and the command their healthcheck must run. */
export const INFRASTRUCTURE_HEALTH_COMMANDS = {
  postgres: 'pg_isready',
  rabbitmq: 'rabbitmq-diagnostics',
  redis: 'redis-cli',
} as const;

export const MIGRATE_COMMAND = 'node dist/scripts/migrate.js';

/** The variables a reader of the environment looks up: it is handed an environment that notes each lookup. */
export function variablesReadBy(reader: (env: NodeJS.ProcessEnv) => unknown): string[] {
  const read = new Set<string>();
  const recorder = new Proxy<NodeJS.ProcessEnv>(
    {},
    {
      get: (_, key) => {
        if (typeof key === 'string') read.add(key);
        return undefined;
      },
    },
  );
  reader(recorder);
  return [...read];
}

/** What the command-line tools read (scripts/tools-config.ts), the migration tool among them. */
export const MIGRATE_VARIABLES = variablesReadBy(toolsConfig);

/**
 * Dev secrets in compose: literal, marked, and long enough to pass the apps' rules (JWT needs 32), or empty
 * where the app accepts that as "off" (no report token, no mail server: the development sink).
 */
export const DEV_SECRET_VARIABLES = [
  'POSTGRES_PASSWORD',
  'MOTCUA_DB_PASSWORD',
  'MOTCUA_JWT_SECRET',
  'MOTCUA_PAYMENT_HMAC_SECRET',
  'MOTCUA_ERECEIPT_PROVIDER_TOKEN',
  'MOTCUA_COURIER_WEBHOOK_SECRET',
  'MOTCUA_SMS_REPORT_SECRETS',
  'MOTCUA_SMTP_URL',
];

/**
 * Variables docker-compose.yml deliberately leaves to their `Env` default, per app, each with its reason. Every
 * other variable an app's `Env` class declares must be in that app's compose environment.
 */
export const COMPOSE_KEPT_DEFAULTS: Readonly<Record<ServiceName, readonly string[]>> = {
  gateway: [
    // One database role per service, motcua_<service>: the roles the migrate service creates.
    'MOTCUA_DB_USER',
  ],
  intake: ['MOTCUA_DB_USER'],
  routing: ['MOTCUA_DB_USER'],
  fees: [
    'MOTCUA_DB_USER',
    // No e-receipt provider in development: receipts come from internal series (an empty URL is invalid),
    // and its token goes with it.
    'MOTCUA_ERECEIPT_PROVIDER_URL',
    'MOTCUA_ERECEIPT_PROVIDER_TOKEN',
  ],
  courier: [
    'MOTCUA_DB_USER',
    // Tracking arrives by signed callbacks (MOTCUA_COURIER_WEBHOOK_SECRET): no provider to poll.
    'MOTCUA_COURIER_TRACKING_POLL_URL',
    // No order API in development (an empty URL is invalid): courier numbers shipments itself; no key either.
    'MOTCUA_COURIER_PROVIDER_URL',
    'MOTCUA_COURIER_PROVIDER_API_KEY',
  ],
  notifications: ['MOTCUA_DB_USER'],
};

/** A name that says "credential": such a variable is a secret wherever it is given. */
export const CREDENTIAL_NAME = /SECRET|TOKEN|PASSWORD|API_?KEY|CREDENTIAL/;
// The demo users' password is published in the README: a login for a demo, not a secret.
const PUBLISHED_CREDENTIALS = ['MOTCUA_DEMO_PASSWORD'];
const DEV_SECRET_PREFIX = 'dev-only-';
const DEV_SECRET_MIN_LENGTH = 32;

type EnvironmentValue = string | number | boolean | null;

export interface ComposeService {
  image?: string;
  build?:
    string | { context?: string; dockerfile?: string; args?: Record<string, EnvironmentValue> | string[] };
  command?: string | string[];
  environment?: Record<string, EnvironmentValue> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: unknown[];
  stop_grace_period?: string;
  [key: string]: unknown;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  [key: string]: unknown;
}

export function readRepoFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Parses a compose file as Docker Compose does: anchors resolved and `<<` merge keys applied. */
export function parseCompose(text: string): ComposeFile {
  return parse(text, { merge: true }) as ComposeFile;
}

let validateComposeSchema: ValidateFunction | undefined;

/** Errors of the official Compose Specification schema (vendored: see compose-spec.schema.NOTICE). */
export function composeSchemaErrors(compose: unknown): string[] {
  if (!validateComposeSchema) {
    const schema = JSON.parse(readFileSync(join(__dirname, 'compose-spec.schema.json'), 'utf8')) as object;
    // The schema is draft-07 but names its meta-schema with https; Ajv knows draft-07 by its http id.
    // Union types and untyped objects are how the schema is written, not mistakes: allow them.
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false });
    ajv.addMetaSchema({ ...draft07MetaSchema, $id: 'https://json-schema.org/draft-07/schema' });
    validateComposeSchema = ajv.compile(schema);
  }
  if (validateComposeSchema(compose)) return [];
  return (validateComposeSchema.errors ?? []).map((e) =>
    `${e.instancePath || '/'} ${e.message ?? ''}`.trim(),
  );
}

/** The environment a container gets, as strings; a bare name or null (from the host) counts as unset. */
export function environmentOf(service: ComposeService): Record<string, string | undefined> {
  const raw = service.environment ?? {};
  const entries: [string, EnvironmentValue | undefined][] = Array.isArray(raw)
    ? raw.map((item) => {
        const eq = item.indexOf('=');
        return eq < 0 ? [item, undefined] : [item.slice(0, eq), item.slice(eq + 1)];
      })
    : Object.entries(raw);
  return Object.fromEntries(
    entries.map(([key, value]) => [key, value === null || value === undefined ? undefined : String(value)]),
  );
}

function argsOf(service: ComposeService): Record<string, string | undefined> {
  if (typeof service.build !== 'object') return {};
  return environmentOf({ environment: service.build.args });
}

function commandText(command: string | string[] | undefined): string {
  if (command === undefined) return '';
  return Array.isArray(command) ? command.join(' ') : command;
}

function dependencyConditions(service: ComposeService): Record<string, string | undefined> {
  const dependsOn = service.depends_on ?? {};
  // The short (list) form means `service_started`: no health gate at all.
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(dependsOn).map(([name, dep]) => [name, dep?.condition]));
}

/** Compose durations (`30s`, `1m30s`, `500ms`) in milliseconds. */
export function durationMs(duration: string): number {
  const units: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const parts = [...duration.matchAll(/(\d+(?:\.\d+)?)(us|ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== duration) return Number.NaN;
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * units[unit], 0);
}

function problemsOfDependencies(
  name: string,
  service: ComposeService,
  expected: Record<string, string>,
): string[] {
  const conditions = dependencyConditions(service);
  return Object.entries(expected)
    .filter(([dependency, condition]) => conditions[dependency] !== condition)
    .map(([dependency, condition]) => `${name} must depend on ${dependency} with condition ${condition}`);
}

/** An app service: its image, wiring, health, ports and shutdown. Its env is checked by its `Env` class. */
export function appServiceProblems(name: ServiceName, service: ComposeService | undefined): string[] {
  if (!service) return [`service ${name} is missing`];
  const problems: string[] = [];
  const env = environmentOf(service);
  const port = APP_PORTS[name];

  if (typeof service.build !== 'object') problems.push(`${name} must be built from the Dockerfile`);
  if (argsOf(service).SERVICE !== name) problems.push(`${name} must build with args.SERVICE: ${name}`);
  if (service.command !== undefined) problems.push(`${name} must run the image's default command`);
  if (env.PORT !== String(port)) problems.push(`${name} must set PORT to ${port}`);

  problems.push(
    ...problemsOfDependencies(name, service, {
      postgres: 'service_healthy',
      rabbitmq: 'service_healthy',
      redis: 'service_healthy',
      migrate: 'service_completed_successfully',
    }),
  );

  const probe = commandText(service.healthcheck?.test);
  const probesOwnPort = probe.includes(`:${port}/`) || probe.includes('process.env.PORT');
  if (service.healthcheck?.disable || !probe.includes('/health/ready') || !probesOwnPort) {
    problems.push(`${name} must have a healthcheck on /health/ready of port ${port}`);
  }

  const published = (service.ports ?? []).map(String);
  if (name === 'gateway' && !published.some((p) => p.endsWith(`:${port}`) || p === String(port))) {
    problems.push(`gateway must publish port ${port}`);
  }
  // Only the gateway is a public HTTP surface.
  if (name !== 'gateway' && published.length > 0) problems.push(`${name} must not publish ports`);

  const graceMs = durationMs(service.stop_grace_period ?? '10s');
  const drainMs = Number(env.MOTCUA_SHUTDOWN_DRAIN_MS ?? 10_000);
  if (!(graceMs > drainMs)) {
    problems.push(`${name} stop_grace_period must exceed MOTCUA_SHUTDOWN_DRAIN_MS (${drainMs} ms)`);
  }
  return problems;
}

/** Variables an `Env` class declares (its own and inherited), from class-validator's metadata. */
export function declaredVariables(envClass: new () => object): Set<string> {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(envClass, '', true, false);
  return new Set(metadata.map((m) => m.propertyName));
}

// validateEnv strips undeclared variables silently, so a misspelt or misplaced one would go unnoticed and its
// default would win: every variable compose gives an app must be one its Env class declares.
export function undeclaredVariableProblems(
  name: string,
  service: ComposeService,
  declared: Set<string>,
): string[] {
  return Object.keys(environmentOf(service))
    .filter((key) => !declared.has(key))
    .map((key) => `${name} sets ${key}, which its Env class does not declare`);
}

/**
 * Every variable an app's `Env` class declares reaches its compose service, unless COMPOSE_KEPT_DEFAULTS says
 * why it keeps its default: a setting added to an app and forgotten here fails, naming where to add it.
 */
export function missingVariableProblems(
  name: ServiceName,
  service: ComposeService,
  envClass: new () => object = ENV_CLASSES[name],
): string[] {
  const env = environmentOf(service);
  const kept = new Set(COMPOSE_KEPT_DEFAULTS[name]);
  const platform = declaredVariables(PlatformEnv);
  return [...declaredVariables(envClass)]
    .filter((key) => env[key] === undefined && !kept.has(key))
    .map((key) => {
      const where = platform.has(key) ? 'x-platform-env' : `services.${name}.environment`;
      return (
        `${name} declares ${key} (${envClassFile(name, key)}) but docker-compose.yml does not set it: add it to ` +
        `${where} (a ${DEV_SECRET_PREFIX} value if it is a secret), or to COMPOSE_KEPT_DEFAULTS in ` +
        'test/deploy/deploy-rules.ts with the reason it keeps its default'
      );
    });
}

/** An allow-list entry must name a variable the app declares and does not get anyway. */
export function keptDefaultProblems(
  list: string,
  kept: Readonly<Record<ServiceName, readonly string[]>>,
  isProvided: (service: ServiceName, key: string) => boolean,
): string[] {
  return APP_SERVICES.flatMap((service) => {
    const declared = declaredVariables(ENV_CLASSES[service]);
    return kept[service].flatMap((key) => {
      if (!declared.has(key))
        return [`${list} lists ${key} for ${service}, whose Env class does not declare it`];
      if (isProvided(service, key))
        return [`${list} lists ${key} for ${service}, which is given it: remove it`];
      return [];
    });
  });
}

// One file for every service: each keeps its own default PORT (the file says so in words).
const ENV_EXAMPLE_OMITTED = new Set(['PORT']);

/** `.env.example` documents every variable the apps and the tools read, set or commented out (`# NAME=`). */
export function envExampleProblems(text: string): string[] {
  const documented = new Set([...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
  const readers = new Map<string, string>();
  for (const service of APP_SERVICES) {
    for (const key of declaredVariables(ENV_CLASSES[service])) readers.set(key, envClassFile(service, key));
  }
  for (const key of MIGRATE_VARIABLES) readers.set(key, 'scripts/tools-config.ts');
  return [...readers]
    .filter(([key]) => !documented.has(key) && !ENV_EXAMPLE_OMITTED.has(key))
    .map(([key, file]) => `.env.example must document ${key} (read in ${file})`);
}

// The Env defaults point at 127.0.0.1, which inside a container is the container itself: a variable left out
// of compose still validates, so check where the validated values point.
export function addressProblems(name: string, env: PlatformEnv): string[] {
  const problems: string[] = [];
  if (env.MOTCUA_DB_HOST !== 'postgres') problems.push(`${name} must reach the database at postgres`);
  if (new URL(env.MOTCUA_AMQP_URL).hostname !== 'rabbitmq')
    problems.push(`${name} must reach the broker at rabbitmq`);
  if (new URL(env.MOTCUA_REDIS_URL).hostname !== 'redis') problems.push(`${name} must reach Redis at redis`);
  if (env.NODE_ENV !== 'production') problems.push(`${name} must run with NODE_ENV=production`);
  return problems;
}

/** Postgres, RabbitMQ and Redis: a pinned image and a healthcheck running their own probe. */
export function infrastructureProblems(
  name: keyof typeof INFRASTRUCTURE_HEALTH_COMMANDS,
  service?: ComposeService,
): string[] {
  if (!service) return [`service ${name} is missing`];
  const problems = imageTagProblems(`${name} image`, service.image);
  const probe = commandText(service.healthcheck?.test);
  if (service.healthcheck?.disable || !probe.includes(INFRASTRUCTURE_HEALTH_COMMANDS[name])) {
    problems.push(`${name} must have a healthcheck running ${INFRASTRUCTURE_HEALTH_COMMANDS[name]}`);
  }
  return problems;
}

/** `name:tag` or `name@sha256:…`, never untagged or `latest`. */
export function imageTagProblems(what: string, image: string | undefined): string[] {
  if (!image) return [`${what} is missing`];
  if (image.includes('@sha256:')) return [];
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : '';
  if (!tag) return [`${what} ${image} must be pinned to a tag`];
  if (tag === 'latest') return [`${what} ${image} must not use the latest tag`];
  return [];
}

/** The one-shot migration: same image, its command, healthy database and broker, and what the tool reads. */
export function migrateProblems(compose: ComposeFile): string[] {
  const migrate = compose.services.migrate;
  if (!migrate) return ['service migrate is missing'];
  const problems: string[] = [];
  const env = environmentOf(migrate);
  if (typeof migrate.build !== 'object') problems.push('migrate must be built from the Dockerfile');
  if (commandText(migrate.command) !== MIGRATE_COMMAND) problems.push(`migrate must run ${MIGRATE_COMMAND}`);
  problems.push(
    ...problemsOfDependencies('migrate', migrate, {
      postgres: 'service_healthy',
      rabbitmq: 'service_healthy',
    }),
  );
  // What scripts/tools-config.ts reads; its defaults point at 127.0.0.1, which is wrong inside a container.
  for (const key of MIGRATE_VARIABLES) {
    if (!env[key]) {
      problems.push(
        `migrate must set ${key}, which scripts/tools-config.ts reads: add it to services.migrate`,
      );
    }
  }
  if (env.MOTCUA_DB_ADMIN_URL) {
    const admin = new URL(env.MOTCUA_DB_ADMIN_URL);
    const superuserPassword = environmentOf(compose.services.postgres ?? {}).POSTGRES_PASSWORD;
    if (admin.protocol !== 'postgres:' || admin.hostname !== 'postgres') {
      problems.push('MOTCUA_DB_ADMIN_URL must point at the postgres service');
    }
    if (decodeURIComponent(admin.password) !== superuserPassword) {
      problems.push("MOTCUA_DB_ADMIN_URL must use the postgres service's POSTGRES_PASSWORD");
    }
  }
  for (const key of [
    'MOTCUA_DB_HOST',
    'MOTCUA_DB_PORT',
    'MOTCUA_DB_NAME',
    'MOTCUA_DB_PASSWORD',
    'MOTCUA_AMQP_URL',
  ]) {
    const appValues = new Set(APP_SERVICES.map((app) => environmentOf(compose.services[app] ?? {})[key]));
    if (appValues.size !== 1 || !appValues.has(env[key]))
      problems.push(`migrate and the apps must share ${key}`);
  }
  return problems;
}

/** Whole-file rules: Compose Specification without `version`, literal values, marked dev secrets. */
export function composeFileProblems(compose: ComposeFile): string[] {
  const problems: string[] = [];
  if ('version' in compose) problems.push('the version key is obsolete in the Compose Specification');

  // A single `$` is interpolated from the host's environment; the file must read as written (`$$` escapes).
  const interpolated = (value: unknown, path: string): string[] => {
    if (typeof value === 'string') return value.replace(/\$\$/g, '').includes('$') ? [path] : [];
    if (Array.isArray(value)) return value.flatMap((v, i) => interpolated(v, `${path}/${i}`));
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) => interpolated(v, `${path}/${k}`));
    }
    return [];
  };
  problems.push(...interpolated(compose, '').map((path) => `${path} must not use $ interpolation`));

  for (const [name, service] of Object.entries(compose.services)) {
    const env = environmentOf(service);
    for (const key of Object.keys(env)) {
      const isListed = DEV_SECRET_VARIABLES.includes(key) || PUBLISHED_CREDENTIALS.includes(key);
      if (CREDENTIAL_NAME.test(key) && !isListed) {
        problems.push(
          `${name} ${key} names a credential: add it to DEV_SECRET_VARIABLES in test/deploy/deploy-rules.ts`,
        );
      }
    }
    for (const key of DEV_SECRET_VARIABLES.filter((k) => k in env)) {
      const value = env[key] ?? '';
      const isMarked = value.startsWith(DEV_SECRET_PREFIX) && value.length >= DEV_SECRET_MIN_LENGTH;
      if (value !== '' && !isMarked) {
        problems.push(
          `${name} ${key} must be empty or a ${DEV_SECRET_PREFIX} value of at least ${DEV_SECRET_MIN_LENGTH} chars`,
        );
      }
    }
  }
  return problems;
}

export interface DockerInstruction {
  readonly keyword: string;
  readonly args: string;
}

/** Instructions of a Dockerfile: comments dropped, `\` continuations joined, keywords upper-cased. */
export function parseDockerfile(text: string): DockerInstruction[] {
  const logical = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\r?\n/g, ' ');
  return logical
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

function argDefaults(instructions: DockerInstruction[]): Record<string, string> {
  return Object.fromEntries(
    instructions
      .filter((i) => i.keyword === 'ARG' && i.args.includes('='))
      .map((i) => [i.args.slice(0, i.args.indexOf('=')), i.args.slice(i.args.indexOf('=') + 1)]),
  );
}

function substitute(value: string, vars: Record<string, string>): string {
  return value.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (whole, braced?: string, bare?: string) => vars[braced ?? bare ?? ''] ?? whole,
  );
}

function envAssignments(args: string): Record<string, string> {
  return Object.fromEntries(
    [...args.matchAll(/(\w+)=("[^"]*"|'[^']*'|\S+)/g)].map(([, key, value]) => [
      key,
      value.replace(/^["']|["']$/g, ''),
    ]),
  );
}

/**
 * The Dockerfile: pinned bases, `npm ci` and a dev-dependency prune, and a final stage that runs as uid 10001
 * in production mode, picks its app by the SERVICE build arg and starts it through a shell that expands it.
 */
export function dockerfileProblems(text: string): string[] {
  const instructions = parseDockerfile(text);
  const firstFrom = instructions.findIndex((i) => i.keyword === 'FROM');
  if (firstFrom < 0) return ['the Dockerfile has no FROM'];
  const globalArgs = argDefaults(instructions.slice(0, firstFrom));
  const problems: string[] = [];

  const stages: { name?: string; base: string; instructions: DockerInstruction[] }[] = [];
  for (const instruction of instructions.slice(firstFrom)) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const asIndex = words.findIndex((w) => w.toUpperCase() === 'AS');
      stages.push({
        base: substitute(words[0], globalArgs),
        name: asIndex >= 0 ? words[asIndex + 1] : undefined,
        instructions: [],
      });
    } else {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  const stageNames = new Set(stages.map((s) => s.name).filter(Boolean));
  for (const stage of stages.filter((s) => !stageNames.has(s.base))) {
    problems.push(...imageTagProblems('base image', stage.base));
  }

  const runs = instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
  if (!runs.some((run) => /\bnpm ci\b/.test(run))) problems.push('the Dockerfile must install with npm ci');
  if (!runs.some((run) => /\bnpm run build\b/.test(run)))
    problems.push('the Dockerfile must run npm run build');
  if (!runs.some((run) => /\bnpm prune\b.*--omit=dev/.test(run))) {
    problems.push('the Dockerfile must prune dev dependencies (npm prune --omit=dev)');
  }

  const final = stages[stages.length - 1];
  if (!/^node:20(\.\d+)*-bookworm-slim$/.test(final.base)) {
    problems.push(`the final stage must run on node:20…-bookworm-slim, not ${final.base}`);
  }
  const finalOf = (keyword: string) => final.instructions.filter((i) => i.keyword === keyword);
  const user = finalOf('USER').at(-1)?.args.split(':')[0];
  if (user === undefined || user === 'root' || user === '0')
    problems.push('the final stage must run as a non-root USER');
  else if (user !== '10001') problems.push(`the final stage must run as uid 10001, not ${user}`);

  const env = Object.assign({}, ...finalOf('ENV').map((i) => envAssignments(i.args))) as Record<
    string,
    string
  >;
  if (env.NODE_ENV !== 'production') problems.push('the final stage must set NODE_ENV=production');
  const serviceArg = finalOf('ARG').find((i) => i.args.startsWith('SERVICE'));
  if (serviceArg?.args !== 'SERVICE=gateway') problems.push('the final stage must take ARG SERVICE=gateway');
  if (!/^\$\{?SERVICE\}?$/.test(env.MOTCUA_SERVICE ?? ''))
    problems.push('MOTCUA_SERVICE must come from ARG SERVICE');

  const cmd = finalOf('CMD').at(-1)?.args ?? '';
  const isShellForm = !cmd.startsWith('[');
  const runsThroughShell = isShellForm || /^\[\s*"\/bin\/(ba)?sh",\s*"-c"/.test(cmd);
  if (!cmd.includes('dist/apps/${MOTCUA_SERVICE}/src/main.js') || !runsThroughShell) {
    problems.push('CMD must start dist/apps/${MOTCUA_SERVICE}/src/main.js through a shell');
  }
  if (finalOf('HEALTHCHECK').length === 0) problems.push('the final stage must have a HEALTHCHECK');
  if (!finalOf('EXPOSE').some((i) => i.args.split(/\s+/).includes('3000-3005'))) {
    problems.push('the final stage must EXPOSE 3000-3005');
  }
  return problems;
}

export const DOCKERIGNORE_REQUIRED = ['node_modules', 'dist', '.git', '.env', 'coverage', 'test-artifacts'];

/** Patterns the build context must leave out (a `**` prefixed form counts). */
export function dockerignoreProblems(text: string): string[] {
  const patterns = new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) =>
        line
          .replace(/^\*\*\//, '')
          .replace(/^\//, '')
          .replace(/\/$/, ''),
      ),
  );
  return DOCKERIGNORE_REQUIRED.filter((p) => !patterns.has(p)).map((p) => `.dockerignore must exclude ${p}`);
}
