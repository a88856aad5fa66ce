import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DOMAIN_SERVICE_NAMES, DomainServiceName } from '@motcua/contracts';
import { countDeadLetters, listDeadLetters, replayDeadLetters } from '@motcua/messaging';
import type { AppConfig } from '../config';
import { DeadLetterCountListDto, DeadLetterListDto, ReplayedDto } from './dead-letters.dto';
import { DeadLetterError, DeadLetterErrorCode } from './dead-letters.errors';

/**
 * What sits in each domain service's dead-letter queue, and sending it back: the same reads and replays as
 * `npm run dead-letters`. Listing leaves the messages in place; a replayed one leaves the dead-letter queue
 * only once the broker confirmed its copy in the service's event queue.
 */
@Injectable()
export class DeadLettersService {
  private readonly brokerUrl: string;

  constructor(config: ConfigService<AppConfig, true>) {
    this.brokerUrl = config.get('amqp', { infer: true }).url;
  }

  async countAll(): Promise<DeadLetterCountListDto> {
    const counts = await this.broker(() => countDeadLetters(this.brokerUrl));
    return { items: DOMAIN_SERVICE_NAMES.map((service) => ({ service, count: counts[service] })) };
  }

  async list(service: DomainServiceName): Promise<DeadLetterListDto> {
    return { service, items: await this.broker(() => listDeadLetters(this.brokerUrl, service)) };
  }

  /** Replays one message by id, or all of the service's; an id no longer there is not found. */
  async replay(service: DomainServiceName, id?: string): Promise<ReplayedDto> {
    const replayed = await this.broker(() => replayDeadLetters(this.brokerUrl, service, id));
    if (id && replayed.length === 0) throw new DeadLetterError(DeadLetterErrorCode.NotFound, { id });
    return { service, replayed };
  }

  private async broker<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new DeadLetterError(DeadLetterErrorCode.BrokerUnavailable, undefined, error);
    }
  }
}
