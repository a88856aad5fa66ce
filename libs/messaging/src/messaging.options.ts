import type { DomainServiceName } from '@motcua/contracts';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingOptions {
  readonly service: DomainServiceName;
}
