import { toApiError } from './errors';

type TokenSource = () => string | null;
type Unauthorized = () => void;

let tokenOf: TokenSource = () => null;
let onUnauthorized: Unauthorized = () => undefined;

/** The session tells the client where the token is and what to do when the gateway no longer accepts it. */
export function configureHttp(source: TokenSource, unauthorized: Unauthorized): void {
  tokenOf = source;
  onUnauthorized = unauthorized;
}

export interface RequestOptions {
  readonly body?: unknown;
  readonly idempotencyKey?: string;
  readonly signal?: AbortSignal;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const token = tokenOf();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token && path.startsWith('/api/')) headers.authorization = `Bearer ${token}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  const response = await fetch(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const error = toApiError(response.status, body);
    if (response.status === 401 && token && path !== '/api/v1/auth/login') onUnauthorized();
    throw error;
  }
  return response;
}

/** Calls the gateway and parses its JSON answer; a non-2xx answer throws an `ApiError`. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  return (await response.json()) as T;
}

export const get = <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, { signal });

/** A streamed answer of the gateway (server-sent events), with the token EventSource cannot send. */
export function openStream(path: string, signal: AbortSignal): Promise<Response> {
  return send('GET', path, { signal });
}

/** A document of the gateway (PDF slips) as a blob, with the token. */
export async function download(path: string): Promise<Blob> {
  const response = await send('GET', path, {});
  return response.blob();
}

/** Opens a PDF the gateway renders in a new tab (the token cannot ride on a plain link). */
export async function openPdf(path: string): Promise<void> {
  const url = URL.createObjectURL(await download(path));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
