import { SERVICE_PORTS } from '@motcua/config';
import { SERVICE_NAMES, ServiceName } from '@motcua/contracts';
import concurrently from 'concurrently';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseEnv } from 'node:util';
import { migrate } from './migrate';
import { seed } from './seed';
import { toolsConfig } from './tools-config';

const READY_TIMEOUT_MS = 60_000;

const say = (line: string) => process.stdout.write(`[motcua] ${line}\n`);

function readEnvFile(path: string): Record<string, string> {
  return existsSync(path) ? (parseEnv(readFileSync(path, 'utf8')) as Record<string, string>) : {};
}

async function waitUntilReady(port: number): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return true;
    await sleep(500);
  }
  return false;
}

/**
 * `npm start`: migrates and seeds the local database, then runs all six services under one supervisor with
 * prefixed logs. A service that exits stops the others and the command fails; Ctrl-C stops them all.
 * Configuration: `.env.example`, then `.env`, then the shell's environment, each overriding the previous.
 */
async function start(): Promise<number> {
  const env = { ...readEnvFile('.env.example'), ...readEnvFile('.env'), ...process.env } as Record<
    string,
    string
  >;
  const tools = toolsConfig(env);
  // MOTCUA_<SERVICE>_PORT moves a service off its default port.
  const portOf = (service: ServiceName) =>
    Number(env[`MOTCUA_${service.toUpperCase()}_PORT`] ?? SERVICE_PORTS[service]);
  say(`preparing database "${tools.database}" and the broker topology`);
  await migrate(tools, say);
  await seed(tools);
  say('demo data in place');

  const { result } = concurrently(
    SERVICE_NAMES.map((service) => ({
      name: service,
      command: `node dist/apps/${service}/src/main.js`,
      env: { ...env, PORT: String(portOf(service)) },
    })),
    {
      prefix: '[{name}]',
      killOthersOn: ['failure', 'success'],
      prefixColors: ['cyan', 'green', 'yellow', 'magenta', 'blue', 'red'],
    },
  );

  void Promise.all(SERVICE_NAMES.map((service) => waitUntilReady(portOf(service)))).then((ready) => {
    if (ready.every(Boolean)) {
      say(
        `ready: http://localhost:${portOf('gateway')} (API docs /api/docs) — log in as "reception" with password "${tools.demoPassword}"`,
      );
    } else {
      say(
        `not every service became ready within ${READY_TIMEOUT_MS / 1000} s: ${SERVICE_NAMES.filter((_, i) => !ready[i]).join(', ')}`,
      );
    }
  });

  return result.then(
    () => 0,
    () => 1,
  );
}

start().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`[motcua] could not start: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
