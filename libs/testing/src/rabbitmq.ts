import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { testConfig } from './test-config';

const run = promisify(execFile);

export const RABBITMQ_HOST = testConfig.rabbitmqHost;

async function rabbitmqctl(...args: string[]): Promise<string> {
  const { stdout } = await run('rabbitmqctl', ['--quiet', ...args], { timeout: 60_000 });
  return stdout;
}

export function vhostUrl(vhost: string): string {
  return `amqp://guest:guest@${RABBITMQ_HOST}/${encodeURIComponent(vhost)}`;
}

/** A RabbitMQ virtual host of its own for one test suite, so suites never see each other's messages. */
export async function createVhost(vhost: string): Promise<string> {
  await rabbitmqctl('add_vhost', vhost);
  await rabbitmqctl('set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*');
  return vhostUrl(vhost);
}

export async function deleteVhost(vhost: string): Promise<void> {
  await rabbitmqctl('delete_vhost', vhost).catch(() => undefined);
}

/** What an operator's `rabbitmqctl close_all_connections` does, limited to one virtual host. */
export async function closeAllConnections(vhost: string): Promise<void> {
  await rabbitmqctl('close_all_connections', '--vhost', vhost, 'test: connections dropped');
}

/** Messages ready in a queue, as the broker counts them. */
export async function queueDepth(vhost: string, queue: string): Promise<number> {
  const out = await rabbitmqctl('list_queues', '-p', vhost, '--no-table-headers', 'name', 'messages');
  const line = out.split('\n').find((l) => l.split('\t')[0] === queue);
  return line ? Number(line.split('\t')[1]) : 0;
}
