import { DOMAIN_SERVICE_NAMES, DomainServiceName } from '@motcua/contracts';
import { listDeadLetters, replayDeadLetters } from '@motcua/messaging';
import { toolsConfig } from './tools-config';

const USAGE = `usage: npm run dead-letters -- list <service>
       npm run dead-letters -- replay <service> [message id]
services: ${DOMAIN_SERVICE_NAMES.join(', ')}`;

function isDomainService(value: string | undefined): value is DomainServiceName {
  return (DOMAIN_SERVICE_NAMES as readonly string[]).includes(value ?? '');
}

async function run([command, service, id]: string[]): Promise<number> {
  if (!isDomainService(service) || (command !== 'list' && command !== 'replay')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { amqpUrl } = toolsConfig();
  const letters =
    command === 'list'
      ? await listDeadLetters(amqpUrl, service)
      : await replayDeadLetters(amqpUrl, service, id);
  for (const letter of letters) process.stdout.write(`${JSON.stringify(letter)}\n`);
  const verb = command === 'list' ? 'in the dead-letter queue' : 'replayed';
  process.stderr.write(`${letters.length} message(s) ${verb} of ${service}\n`);
  return command === 'replay' && id && letters.length === 0 ? 1 : 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`dead-letters failed: ${error.message}\n`);
    process.exit(1);
  },
);
