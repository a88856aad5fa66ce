import { Inject, Injectable } from '@nestjs/common';

export const BROKER_CONNECTION = Symbol('BROKER_CONNECTION');

export interface BrokerConnection {
  isConnected(): boolean;
}

@Injectable()
export class BrokerReadiness {
  readonly name = 'broker';

  constructor(@Inject(BROKER_CONNECTION) private readonly connection: BrokerConnection) {}

  async check(): Promise<void> {
    if (!this.connection.isConnected()) throw new Error('not connected to RabbitMQ');
  }
}
