import { EVENT_PAYLOADS, EventKey, EventMap, isEventKey } from './event-map';
import { DOMAIN_SERVICE_NAMES } from './services';
import { DOSSIER_RECEIVED_V1, DossierReceivedV1 } from './intake/dossier.events';
import {
  DossierV1,
  GET_DOSSIER_V1,
  GetDossierV1,
  RECEIVE_DOSSIER_V2,
  ReceiveDossierV2,
} from './intake/dossier.rpc';
import { LIST_DOSSIER_MESSAGES_V1 } from './notifications/message.rpc';
import { DOSSIER_ASSIGNED_V1, DossierAssignedV1 } from './routing/dossier.events';
import { DossierRoutingV1, GET_DOSSIER_ROUTING_V1 } from './routing/dossier.rpc';
import { RPC_CONTRACTS, RpcKey, RpcRequest, RpcResponse, isRpcKey } from './rpc-map';

// Typed like `OutboxService.publish` and `RpcClient.send`: the key alone decides the payload's type.
declare function publish<K extends EventKey>(key: K, payload: EventMap[K]): void;
declare function send<K extends RpcKey>(key: K, request: RpcRequest<K>): Promise<RpcResponse<K>>;

/**
 * Compile-time checks: never called, run by `npx tsc --noEmit -p tsconfig.json` (jest does not type-check).
 * Each `@ts-expect-error` needs an error on the next line; when a mismatch starts compiling, the directive is
 * unused and tsc fails. Keep each checked call on one line.
 */
export function compileTimeChecks(
  received: DossierReceivedV1,
  assigned: DossierAssignedV1,
  receive: ReceiveDossierV2,
  get: GetDossierV1,
): void {
  publish(DOSSIER_RECEIVED_V1, received);
  publish(DOSSIER_ASSIGNED_V1, assigned);

  // @ts-expect-error an assigned payload under the received key
  publish(DOSSIER_RECEIVED_V1, assigned);
  // @ts-expect-error a received payload under the assigned key
  publish(DOSSIER_ASSIGNED_V1, received);
  // @ts-expect-error a payload missing most of its fields
  publish(DOSSIER_RECEIVED_V1, { dossierId: received.dossierId, code: received.code });
  // @ts-expect-error a key that is not in the event map
  publish('intake.dossier.refused.v1', received);

  const dossier: Promise<DossierV1> = send(RECEIVE_DOSSIER_V2, receive);
  const byId: Promise<DossierV1> = send(GET_DOSSIER_V1, get);

  // @ts-expect-error a get request under the receive key
  void send(RECEIVE_DOSSIER_V2, get);
  // @ts-expect-error the routing query answers a DossierRoutingV1, not a DossierV1
  const routing: Promise<DossierV1> = send(GET_DOSSIER_ROUTING_V1, get);
  // @ts-expect-error a key that is not in the request/reply map
  void send('intake.dossier.delete.v1', get);

  void [dossier, byId, routing];
}

describe('isEventKey', () => {
  it.each([DOSSIER_RECEIVED_V1, DOSSIER_ASSIGNED_V1])(
    'should accept %s when it is in the event map',
    (key) => {
      const result = isEventKey(key);

      expect(result).toBe(true);
    },
  );

  it.each([
    ['an unknown event', 'intake.dossier.refused.v1'],
    ['a request/reply key', RECEIVE_DOSSIER_V2],
    ['another version', 'intake.dossier.received.v2'],
    ['an inherited property', 'toString'],
    ['empty', ''],
  ])('should refuse a key when it is %s', (_name, key) => {
    const result = isEventKey(key);

    expect(result).toBe(false);
  });
});

describe('EVENT_PAYLOADS', () => {
  it('should map each event key to its payload class when looked up', () => {
    const received = EVENT_PAYLOADS[DOSSIER_RECEIVED_V1];
    const assigned = EVENT_PAYLOADS[DOSSIER_ASSIGNED_V1];

    expect(received).toBe(DossierReceivedV1);
    expect(assigned).toBe(DossierAssignedV1);
  });
});

describe('isRpcKey', () => {
  it.each([RECEIVE_DOSSIER_V2, GET_DOSSIER_V1, GET_DOSSIER_ROUTING_V1, LIST_DOSSIER_MESSAGES_V1])(
    'should accept %s when it is in the request/reply map',
    (key) => {
      const result = isRpcKey(key);

      expect(result).toBe(true);
    },
  );

  it.each([
    ['an event key', DOSSIER_RECEIVED_V1],
    ['an unknown request', 'intake.dossier.delete.v1'],
    ['an inherited property', 'hasOwnProperty'],
    ['empty', ''],
  ])('should refuse a key when it is %s', (_name, key) => {
    const result = isRpcKey(key);

    expect(result).toBe(false);
  });
});

describe('RPC_CONTRACTS', () => {
  it('should pair each key with its request and response classes when looked up', () => {
    const receive = RPC_CONTRACTS[RECEIVE_DOSSIER_V2];
    const routing = RPC_CONTRACTS[GET_DOSSIER_ROUTING_V1];

    expect(receive).toEqual({ request: ReceiveDossierV2, response: DossierV1 });
    expect(routing.response).toBe(DossierRoutingV1);
  });

  it('should name the answering service in the first segment when a key is declared', () => {
    const owners = new Set(Object.keys(RPC_CONTRACTS).map((key) => key.split('.')[0]));

    expect([...owners].every((owner) => (DOMAIN_SERVICE_NAMES as readonly string[]).includes(owner))).toBe(
      true,
    );
    expect(owners).toEqual(new Set(['intake', 'routing', 'notifications', 'fees', 'courier']));
  });
});
