import type { MessageHandler } from '@nestjs/microservices';
import { QueueServer } from './queue-server';

class TestServer extends QueueServer {
  constructor() {
    super(
      { url: 'amqp://127.0.0.1', queue: 'test', prefetch: 1, drainMs: 0, connectionName: 'test' },
      Symbol('test'),
    );
  }

  protected async onMessage(): Promise<void> {}
}

describe('QueueServer.getHandlerByPattern', () => {
  const handler = (async () => undefined) as unknown as MessageHandler;

  afterEach(() => jest.restoreAllMocks());

  it('should find the handler of a string pattern without trying to parse it as JSON', () => {
    const server = new TestServer();
    server.addHandler('intake.dossier.received.v1', handler, true);
    const parse = jest.spyOn(JSON, 'parse');

    expect(server.getHandlerByPattern('intake.dossier.received.v1')).toBe(handler);
    expect(parse).not.toHaveBeenCalled();
  });

  it("should still resolve an object pattern written with its keys in another order through Nest's lookup", () => {
    const server = new TestServer();
    server.addHandler({ service: 'intake', cmd: 'receive' }, handler, false);

    expect(server.getHandlerByPattern('{"service":"intake","cmd":"receive"}')).toBe(handler);
    expect(server.getHandlerByPattern('{"cmd":"receive","service":"intake"}')).toBe(handler);
  });

  it('should return null for a pattern without a handler', () => {
    expect(new TestServer().getHandlerByPattern('intake.dossier.unknown.v1')).toBeNull();
  });
});
