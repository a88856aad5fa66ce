import http from 'node:http';
import https from 'node:https';

// node:http with a keep-alive agent: about 4x the request rate of the global fetch (undici) on this
// machine, so the client is not what limits the measured system.

export interface JsonResponse {
  readonly status: number;
  readonly body: string;
}

export type JsonPoster = (
  path: string,
  headers: Record<string, string>,
  body: unknown,
) => Promise<JsonResponse>;

export interface JsonClient {
  readonly post: JsonPoster;
  readonly close: () => void;
}

export function createJsonClient(baseUrl: string, maxSockets: number): JsonClient {
  const base = new URL(baseUrl);
  const transport = base.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({ keepAlive: true, maxSockets });
  const post: JsonPoster = (path, headers, body) =>
    new Promise((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify(body));
      const request = transport.request(
        new URL(path, base),
        {
          method: 'POST',
          agent,
          headers: { ...headers, 'content-type': 'application/json', 'content-length': payload.length },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  return { post, close: () => agent.destroy() };
}
