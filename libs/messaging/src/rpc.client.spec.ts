import { RPC_CONTRACTS } from '@motcua/contracts';
import { DOCUMENT_RPC_TIMEOUT_MS, RPC_TIMEOUT_MS, defaultRpcTimeoutMs } from './rpc.client';

describe('defaultRpcTimeoutMs', () => {
  it('should give documents and exports the longer wait and queries and commands the usual one', () => {
    expect(defaultRpcTimeoutMs('intake.dossier.slip.render.v1')).toBe(DOCUMENT_RPC_TIMEOUT_MS);
    expect(defaultRpcTimeoutMs('intake.dossier.register.export.v1')).toBe(DOCUMENT_RPC_TIMEOUT_MS);
    expect(defaultRpcTimeoutMs('intake.dossier.receive.v2')).toBe(RPC_TIMEOUT_MS);
  });

  it('should give every rendering key of the contracts the longer wait', () => {
    const renders = Object.keys(RPC_CONTRACTS).filter((key) => key.includes('render'));

    expect(renders.length).toBeGreaterThan(3);
    expect(renders.map(defaultRpcTimeoutMs)).toEqual(renders.map(() => DOCUMENT_RPC_TIMEOUT_MS));
  });
});
