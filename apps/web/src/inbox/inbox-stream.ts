import { ApiError } from '../api/errors';
import { EventStreamParser } from '../api/event-stream';
import { openStream } from '../api/http';

const STREAM_PATH = '/api/v1/inbox/events';
// The gateway pings every 15 s: a stream silent for longer than this is dead though still open.
const SILENCE_MS = 40_000;
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/** How long to wait before the n-th reconnection in a row (0-based): doubling from 1 s, at most 30 s. */
export function reconnectDelayMs(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** failures, LAST_RETRY_MS);
}

export interface StreamHandlers {
  /** The gateway follows the inbox from now on: read it once to catch up. */
  onReady(): void;
  onItem(): void;
  onLost(): void;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

// Reads one connection until it ends, fails or falls silent.
async function readOnce(signal: AbortSignal, handlers: StreamHandlers): Promise<boolean> {
  const connection = new AbortController();
  const stop = () => connection.abort();
  signal.addEventListener('abort', stop);
  let watchdog = setTimeout(stop, SILENCE_MS);
  let wasReady = false;
  try {
    const response = await openStream(STREAM_PATH, connection.signal);
    if (!response.body) return false;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new EventStreamParser();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return wasReady;
      clearTimeout(watchdog);
      watchdog = setTimeout(stop, SILENCE_MS);
      for (const event of parser.push(value)) {
        if (event.type === 'ready') {
          wasReady = true;
          handlers.onReady();
        } else if (event.type === 'item') handlers.onItem();
      }
    }
  } catch (error) {
    // A refused token ends the session (the HTTP client logs out); anything else is retried.
    if (error instanceof ApiError && error.status === 401) throw error;
    return wasReady;
  } finally {
    clearTimeout(watchdog);
    signal.removeEventListener('abort', stop);
  }
}

/** Follows the user's inbox stream for as long as the signal allows, reconnecting with backoff. */
export async function followInbox(signal: AbortSignal, handlers: StreamHandlers): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    const wasReady = await readOnce(signal, handlers).catch(() => null);
    if (wasReady === null || signal.aborted) return;
    handlers.onLost();
    failures = wasReady ? 0 : failures + 1;
    await pause(reconnectDelayMs(failures), signal);
  }
}
