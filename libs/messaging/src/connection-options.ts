/**
 * How every motcua connection to RabbitMQ behaves: named in the broker's connection list, heartbeats to
 * notice a dead peer, and a quick reconnect (amqp-connection-manager's default waits 5 s).
 */
export function socketOptions(connectionName: string) {
  return {
    heartbeatIntervalInSeconds: 5,
    reconnectTimeInSeconds: 1,
    connectionOptions: { clientProperties: { connection_name: connectionName } },
  };
}
