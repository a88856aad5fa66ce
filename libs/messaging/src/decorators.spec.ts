import { ArgumentsHost } from '@nestjs/common';
import { EXCEPTION_FILTERS_METADATA } from '@nestjs/common/constants';
import {
  PARAM_ARGS_METADATA,
  PATTERN_HANDLER_METADATA,
  PATTERN_METADATA,
  TRANSPORT_METADATA,
} from '@nestjs/microservices/constants';
import { PatternHandler } from '@nestjs/microservices/enums/pattern-handler.enum';
import { RpcParamtype } from '@nestjs/microservices/enums/rpc-paramtype.enum';
import {
  AppError,
  DOSSIER_ASSIGNED_V1,
  DOSSIER_RECEIVED_V1,
  DossierAssignedV1,
  DossierReceivedV1,
  DossierV1,
  ErrorKind,
  GET_DOSSIER_V1,
  GetDossierV1,
  RECEIVE_DOSSIER_V2,
  ReceiveDossierV2,
} from '@motcua/contracts';
import { firstValueFrom, Observable } from 'rxjs';
import { EVENTS_TRANSPORT, RPC_TRANSPORT, Respond, Subscribe } from './decorators';
import { MessageContext, RequestContext } from './message-context';

// Compile-time checks run by `npx tsc --noEmit -p tsconfig.json` (jest does not type-check): a handler whose
// signature does not match its key must not compile. TypeScript reports the mismatch on the decorator line
// (TS1241 "Unable to resolve signature of method decorator"), so each `@ts-expect-error` sits right above it;
// if a mismatch starts compiling, the directive is unused and tsc fails.

class ReceivedConsumer {
  @Subscribe(DOSSIER_RECEIVED_V1)
  async onReceived(_payload: DossierReceivedV1, _context: MessageContext): Promise<void> {}

  @Subscribe(DOSSIER_ASSIGNED_V1)
  async onAssigned(_payload: DossierAssignedV1): Promise<void> {}
}

export class PayloadOfAnotherKey {
  // @ts-expect-error the handler takes the assigned payload under the received key
  @Subscribe(DOSSIER_RECEIVED_V1)
  async on(_payload: DossierAssignedV1, _context: MessageContext): Promise<void> {}
}

export class WrongContext {
  // @ts-expect-error an event handler's second argument is a MessageContext
  @Subscribe(DOSSIER_ASSIGNED_V1)
  async on(_payload: DossierAssignedV1, _context: RequestContext): Promise<void> {}
}

export class NotAsync {
  // @ts-expect-error an event handler returns a promise
  @Subscribe(DOSSIER_RECEIVED_V1)
  on(_payload: DossierReceivedV1, _context: MessageContext): void {}
}

class DossiersResponder {
  @Respond(GET_DOSSIER_V1)
  async get(_request: GetDossierV1, _context: RequestContext): Promise<DossierV1> {
    throw new AppError('DOSSIER_NOT_FOUND', ErrorKind.NotFound, 'Không tìm thấy hồ sơ');
  }
}

export class RequestOfAnotherKey {
  // @ts-expect-error the handler takes a get request under the receive key
  @Respond(RECEIVE_DOSSIER_V2)
  async receive(_request: GetDossierV1, _context: RequestContext): Promise<DossierV1> {
    throw new Error('never called');
  }
}

export class WrongResponse {
  // @ts-expect-error the receive request answers a DossierV1
  @Respond(RECEIVE_DOSSIER_V2)
  async receive(_request: ReceiveDossierV2, _context: RequestContext): Promise<GetDossierV1> {
    throw new Error('never called');
  }
}

function filterOf(handler: object): { catch(exception: unknown, host: ArgumentsHost): Observable<never> } {
  const [filter] = Reflect.getMetadata(EXCEPTION_FILTERS_METADATA, handler) as [
    { catch(exception: unknown, host: ArgumentsHost): Observable<never> },
  ];
  return filter;
}

describe('Subscribe', () => {
  it('should register the handler for the key on the events transport when applied', () => {
    const handler = ReceivedConsumer.prototype.onReceived;

    const patterns: unknown = Reflect.getMetadata(PATTERN_METADATA, handler);
    const transport: unknown = Reflect.getMetadata(TRANSPORT_METADATA, handler);
    const kind: unknown = Reflect.getMetadata(PATTERN_HANDLER_METADATA, handler);

    expect(patterns).toEqual([DOSSIER_RECEIVED_V1]);
    expect(transport).toBe(EVENTS_TRANSPORT);
    expect(kind).toBe(PatternHandler.EVENT);
  });

  it('should pass the payload first and the context second when the handler is called', () => {
    const params = Reflect.getMetadata(PARAM_ARGS_METADATA, ReceivedConsumer, 'onReceived') as Record<
      string,
      { index: number }
    >;

    const bound = Object.entries(params).map(([key, param]) => [key.split(':')[0], param.index]);

    expect(bound).toEqual(
      expect.arrayContaining([
        [String(RpcParamtype.PAYLOAD), 0],
        [String(RpcParamtype.CONTEXT), 1],
      ]),
    );
    expect(bound).toHaveLength(2);
  });

  it('should rethrow the original error when the handler throws', async () => {
    const error = new AppError('DOSSIER_NOT_FOUND', ErrorKind.NotFound, 'Không tìm thấy hồ sơ');
    const sut = filterOf(ReceivedConsumer.prototype.onAssigned);

    const rethrown = firstValueFrom(sut.catch(error, {} as ArgumentsHost));

    await expect(rethrown).rejects.toBe(error);
  });
});

describe('Respond', () => {
  it('should register the handler for the key on the request transport when applied', () => {
    const handler = DossiersResponder.prototype.get;

    const patterns: unknown = Reflect.getMetadata(PATTERN_METADATA, handler);
    const transport: unknown = Reflect.getMetadata(TRANSPORT_METADATA, handler);
    const kind: unknown = Reflect.getMetadata(PATTERN_HANDLER_METADATA, handler);

    expect(patterns).toEqual([GET_DOSSIER_V1]);
    expect(transport).toBe(RPC_TRANSPORT);
    expect(kind).toBe(PatternHandler.MESSAGE);
  });

  it('should rethrow the original error when the handler throws', async () => {
    const error = new Error('database gone');
    const sut = filterOf(DossiersResponder.prototype.get);

    const rethrown = firstValueFrom(sut.catch(error, {} as ArgumentsHost));

    await expect(rethrown).rejects.toBe(error);
  });
});
