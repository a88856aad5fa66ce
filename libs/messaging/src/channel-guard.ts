import type { AmqpConnectionManager, ChannelWrapper } from 'amqp-connection-manager';

/** How long after a failed set-up the connection is renewed, unless it was renewed meanwhile. */
export const CHANNEL_REVIVE_MS = 1000;

export interface ChannelGuardLogger {
  warn(message: string): void;
}

export interface ChannelGuard {
  readonly manager: AmqpConnectionManager | null | undefined;
  readonly wrapper: ChannelWrapper | null | undefined;
  /** What the channel is for, in the logs. */
  readonly name: string;
  readonly logger: ChannelGuardLogger;
  /** True while the owner closes on purpose: nothing is renewed then. */
  readonly closing: () => boolean;
}

const guardedWrappers = new WeakSet<ChannelWrapper>();

/**
 * An amqp-connection-manager channel wrapper emits `error` when a set-up step or a queued publish fails. With
 * nobody listening that throws and ends the process; and a set-up that failed half-way leaves the channel open
 * without its consumer, silent until the connection happens to drop. So every motcua channel, from its creation,
 * logs its wrapper's errors and renews the connection a moment later, which opens a new channel and runs every
 * set-up again.
 */
export function guardChannel(guard: ChannelGuard): void {
  const { wrapper } = guard;
  if (!wrapper || guardedWrappers.has(wrapper)) return;
  guardedWrappers.add(wrapper);
  wrapper.on('error', (error: Error) => {
    guard.logger.warn(`${guard.name} channel: ${error.message}`);
    renewLater(guard);
  });
}

function renewLater(guard: ChannelGuard): void {
  const failedOn = guard.manager ? connectionOf(guard.manager) : undefined;
  setTimeout(() => {
    const { manager } = guard;
    // A connection lost or renewed meanwhile has run the set-ups again by itself.
    if (guard.closing() || !manager || !failedOn || connectionOf(manager) !== failedOn) return;
    guard.logger.warn(`${guard.name} channel: renewing the connection to run the set-up again`);
    try {
      manager.reconnect();
    } catch (error) {
      guard.logger.warn(`${guard.name} channel not renewed: ${(error as Error).message}`);
    }
  }, CHANNEL_REVIVE_MS).unref();
}

function connectionOf(manager: AmqpConnectionManager): unknown {
  return (manager as unknown as { connection?: unknown }).connection;
}
