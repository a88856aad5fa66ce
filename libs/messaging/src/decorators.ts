import { ArgumentsHost, Catch, RpcExceptionFilter, UseFilters, applyDecorators } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { EventKey, EventMap, RpcKey, RpcRequest, RpcResponse } from '@motcua/contracts';
import { Observable, throwError } from 'rxjs';
import { MessageContext, RequestContext } from './message-context';

/** Transport ids that keep event handlers and request handlers on their own queues. */
export const EVENTS_TRANSPORT = Symbol('motcua-events');
export const RPC_TRANSPORT = Symbol('motcua-rpc');

// Nest's default RPC filter replaces every unknown error by "Internal server error"; our servers need the
// original error to decide between retry and dead-letter, so handlers rethrow it untouched.
@Catch()
class RethrowFilter implements RpcExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

// Handlers receive (payload, context) without parameter decorators: Nest passes only what they declare.
function bindArguments(target: object, property: string | symbol): void {
  Payload()(target, property, 0);
  Ctx()(target, property, 1);
}

type EventHandler<K extends EventKey> = (payload: EventMap[K], context: MessageContext) => Promise<void>;
type RequestHandler<K extends RpcKey> = (
  request: RpcRequest<K>,
  context: RequestContext,
) => Promise<RpcResponse<K>>;

/**
 * Handles one event type. The payload arrives validated against its contract class, inside a transaction
 * that also records it in the inbox; a handler whose signature does not match the key does not compile.
 */
export function Subscribe<K extends EventKey>(key: K) {
  const decorate = applyDecorators(EventPattern(key, EVENTS_TRANSPORT), UseFilters(new RethrowFilter()));
  return (target: object, property: string | symbol, descriptor: { value?: EventHandler<K> }) => {
    decorate(target, property, descriptor as PropertyDescriptor);
    bindArguments(target, property);
  };
}

/** Answers one request type from the gateway; the request arrives validated against its contract class. */
export function Respond<K extends RpcKey>(key: K) {
  const decorate = applyDecorators(MessagePattern(key, RPC_TRANSPORT), UseFilters(new RethrowFilter()));
  return (target: object, property: string | symbol, descriptor: { value?: RequestHandler<K> }) => {
    decorate(target, property, descriptor as PropertyDescriptor);
    bindArguments(target, property);
  };
}
