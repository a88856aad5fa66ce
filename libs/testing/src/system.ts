import { EventKey, EventMap, SERVICE_NAMES, ServiceName } from '@motcua/contracts';
import { EVENTS_EXCHANGE, Envelope, createEnvelope, declareTopology } from '@motcua/messaging';
import { connect } from 'amqplib';
import { dropDatabase } from '@motcua/persistence';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseEnv } from 'node:util';
import type { Client } from 'pg';
import { uniqueName } from './names';
import { ADMIN_DATABASE_URL, adminClient } from './postgres';
import { createVhost, deleteVhost, vhostUrl } from './rabbitmq';
import { createSeededDatabase } from './seeded-database';
import { inheritedEnvironment, templateDatabase, testConfig } from './test-config';
import { waitFor } from './wait-for';

const runFile = promisify(execFile);

/** A running process of a service: `routing` for the first, `routing#2` for a second replica. */
export type ServiceInstance = ServiceName | `${ServiceName}#${number}`;

const serviceOf = (instance: ServiceInstance) => instance.split('#')[0] as ServiceName;
// Six services booting at once on two busy cores may take a while; a broken one still fails within the suite's timeout.
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;

export interface HttpResult<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface RequestOptions {
  /** Which gateway replica to ask; the first by default. */
  readonly via?: ServiceInstance;
  readonly token?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

// Ports handed out in this process: the kernel may offer a closed port again before the service that was
// given it has bound it, and two services of one system on one port fail as a 404 from the wrong app.
const givenPorts = new Set<number>();

async function freePort(): Promise<number> {
  for (;;) {
    const port = await unusedPort();
    if (!givenPorts.has(port)) {
      givenPorts.add(port);
      return port;
    }
  }
}

async function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function logTail(path: string, lines = 40): string {
  return existsSync(path)
    ? readFileSync(path, 'utf8').trim().split('\n').slice(-lines).join('\n')
    : '(no log)';
}

/**
 * The whole motcua system, built (`npm run build`) and run for real as child processes against the local
 * PostgreSQL, RabbitMQ and Redis, in a database and a virtual host of its own: one per test suite.
 * Its migrations and seed run through the same CLI tools `npm start` uses (once per jest run, see
 * `createSeededDatabase`).
 */
export class TestSystem {
  readonly database = uniqueName('e2e');
  readonly vhost = this.database;
  readonly ports = {} as Record<ServiceName, number> & Partial<Record<ServiceInstance, number>>;
  readonly logDir: string;
  private amqpUrl = '';
  private baseEnv: Record<string, string> = {};
  private readonly processes = new Map<ServiceInstance, ChildProcess>();

  private constructor(private readonly suite: string) {
    this.logDir = join(testConfig.artifactsDir, suite);
  }

  /** Prepares database and broker, then starts `services` (all six by default) and waits until each is ready. */
  static async start(
    suite: string,
    options: { services?: readonly ServiceName[]; env?: Record<string, string> } = {},
  ): Promise<TestSystem> {
    if (!existsSync('dist/apps/gateway/src/main.js')) {
      throw new Error('the system is not built: run `npm run build` first (`npm test` does)');
    }
    const system = new TestSystem(suite);
    // Logs tell of this run only: a restarted service appends to its own, an earlier run's are gone.
    rmSync(system.logDir, { recursive: true, force: true });
    mkdirSync(system.logDir, { recursive: true });
    system.amqpUrl = vhostUrl(system.vhost);
    for (const service of SERVICE_NAMES) system.ports[service] = await freePort();
    system.baseEnv = {
      ...(parseEnv(readFileSync('.env.example', 'utf8')) as Record<string, string>),
      MOTCUA_DB_ADMIN_URL: ADMIN_DATABASE_URL,
      MOTCUA_DB_NAME: system.database,
      MOTCUA_AMQP_URL: system.amqpUrl,
      MOTCUA_REDIS_URL: testConfig.redisUrl,
      // Rate-limit counters and queues of one test system are invisible to the others.
      MOTCUA_REDIS_PREFIX: system.database,
      MOTCUA_LOG_LEVEL: 'warn',
      // Twelve processes of a scale-out suite stay well inside PostgreSQL's default 100 connections.
      MOTCUA_DB_POOL_SIZE: '5',
      MOTCUA_LOGIN_RATE_LIMIT: '1000',
      MOTCUA_PUBLIC_BASE_URL: `http://127.0.0.1:${system.ports.gateway}`,
      ...options.env,
    };
    try {
      // The virtual host (two rabbitmqctl runs) is made while the database is.
      const vhost = createVhost(system.vhost);
      const prepared = await Promise.allSettled([vhost, system.prepareDatabase(vhost)]);
      const unprepared = prepared.find((result) => result.status === 'rejected');
      if (unprepared) throw unprepared.reason;
      // Every start settles before anything is stopped, so no process is left behind by a failed start.
      const started = await Promise.allSettled(
        (options.services ?? SERVICE_NAMES).map((service) => system.startService(service)),
      );
      const failed = started.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
    } catch (error) {
      // A system that did not start leaves no processes, database or virtual host behind (and jest exits).
      await system.stop();
      throw error;
    }
    return system;
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.ports.gateway}`;
  }

  get brokerUrl(): string {
    return this.amqpUrl;
  }

  /** Environment the services run with (plus their own PORT). */
  get env(): Readonly<Record<string, string>> {
    return this.baseEnv;
  }

  serviceUrl(instance: ServiceInstance): string {
    return `http://127.0.0.1:${this.ports[instance]}`;
  }

  logOf(instance: ServiceInstance): string {
    return join(this.logDir, `${instance.replace('#', '-')}.log`);
  }

  /** Runs `dist/scripts/<tool>.js` with this system's environment; rejects with its output on failure. */
  async runTool(
    tool: string,
    args: string[] = [],
    env: Record<string, string> = {},
  ): Promise<{ stdout: string; stderr: string }> {
    return runFile(process.execPath, [`dist/scripts/${tool}.js`, ...args], {
      env: { ...inheritedEnvironment(), ...this.baseEnv, ...env },
    });
  }

  /**
   * Migrates and seeds this system's database and declares the broker topology in its virtual host, as
   * `npm start` does: with the migrate and seed tools, once per jest run into a template that each suite copies.
   */
  private async prepareDatabase(vhost: Promise<unknown>): Promise<void> {
    const template = templateDatabase();
    if (!template) {
      await vhost;
      await this.runTool('migrate');
      await this.runTool('seed');
      return;
    }
    const prepareTemplate = async (database: string) => {
      await vhost;
      await this.runTool('migrate', [], { MOTCUA_DB_NAME: database });
      await this.runTool('seed', [], { MOTCUA_DB_NAME: database });
    };
    await createSeededDatabase(this.database, template, prepareTemplate, this.baseEnv.MOTCUA_DB_PASSWORD);
    await vhost;
    const connection = await connect(this.amqpUrl);
    try {
      const channel = await connection.createChannel();
      await declareTopology(channel);
    } finally {
      await connection.close();
    }
  }

  /**
   * Starts a service instance (again, or a further replica such as `routing#2`) and waits until
   * `/health/ready` answers 200.
   */
  async startService(service: ServiceInstance, env: Record<string, string> = {}): Promise<void> {
    this.ports[service] ??= await freePort();
    const log = openSync(this.logOf(service), 'a');
    const child = spawn(process.execPath, [`dist/apps/${serviceOf(service)}/src/main.js`], {
      env: { ...inheritedEnvironment(), ...this.baseEnv, ...env, PORT: String(this.ports[service]) },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.processes.set(service, child);
    let exited = false;
    child.once('exit', () => (exited = true));
    await waitFor(
      async () => {
        if (exited) throw new Error(`${service} exited during start-up:\n${logTail(this.logOf(service))}`);
        const response = await fetch(`${this.serviceUrl(service)}/health/ready`).catch(() => null);
        return response?.ok === true;
      },
      { timeoutMs: READY_TIMEOUT_MS, intervalMs: 100, description: `${service} to be ready` },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- ${service} log ---\n${logTail(this.logOf(service))}`);
    });
    // A service that dies under a test leaves only timeouts behind: say so where the test output is read.
    child.once('exit', (code, signal) => {
      if (this.processes.get(service) !== child) return;
      process.stderr.write(
        `\n[${this.suite}] ${service} exited unexpectedly (${code ?? signal})\n${logTail(this.logOf(service))}\n`,
      );
    });
  }

  /** Sends `signal` to a service instance and resolves with its exit code (or signal) once it has exited. */
  async stopService(service: ServiceInstance, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string> {
    const child = this.processes.get(service);
    if (!child || child.exitCode !== null || child.signalCode !== null)
      return child?.exitCode ?? 'not running';
    this.processes.delete(service);
    const exited = new Promise<number | string>((resolve) =>
      child.once('exit', (code, exitSignal) => resolve(code ?? exitSignal ?? 'unknown')),
    );
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    const result = await exited;
    clearTimeout(timer);
    return result;
  }

  /** Stops every service, then drops the database and the virtual host. */
  async stop(): Promise<void> {
    await Promise.all([...this.processes.keys()].map((service) => this.stopService(service)));
    await Promise.all([
      dropDatabase(ADMIN_DATABASE_URL, this.database).catch(() => undefined),
      deleteVhost(this.vhost),
    ]);
  }

  /** A superuser connection to this system's database, for assertions. Close it with `end()`. */
  db(): Promise<Client> {
    return adminClient(this.database);
  }

  async request<T = unknown>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<HttpResult<T>> {
    const response = await fetch(`${options.via ? this.serviceUrl(options.via) : this.gatewayUrl}${path}`, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: body as T };
  }

  /**
   * Publishes an event on this system's exchange as `producer` would (persistent, confirmed): for a consumer's
   * test before its producer exists, or to deliver the same envelope twice. Returns the envelope sent.
   */
  async publishEvent<K extends EventKey>(
    type: K,
    payload: EventMap[K],
    producer: ServiceName,
    envelope: Envelope<K> = createEnvelope(type, payload, { producer }),
  ): Promise<Envelope<K>> {
    const connection = await connect(this.amqpUrl);
    try {
      const channel = await connection.createConfirmChannel();
      channel.publish(EVENTS_EXCHANGE, type, Buffer.from(JSON.stringify(envelope)), {
        persistent: true,
        messageId: envelope.id,
        type,
      });
      await channel.waitForConfirms();
    } finally {
      await connection.close();
    }
    return envelope;
  }

  /** Logs a demo user in (the seed names users after their roles) and returns the bearer token. */
  async login(username: string, password = this.baseEnv.MOTCUA_DEMO_PASSWORD): Promise<string> {
    const response = await this.request<{ accessToken: string }>('POST', '/api/v1/auth/login', {
      body: { username, password },
    });
    if (response.status !== 200)
      throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.accessToken;
  }
}
