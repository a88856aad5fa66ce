import {
  AppError,
  CommonErrorCode,
  DomainServiceName,
  ErrorBody,
  ErrorKind,
  RPC_CONTRACTS,
  isRpcKey,
  summariseFieldErrors,
  validateContract,
} from '@motcua/contracts';
import { CORRELATION_HEADER, Correlation, sanitiseCorrelationId } from '@motcua/observability';
import { isTransientDatabaseError } from '@motcua/persistence';
import type { Channel, ConsumeMessage } from 'amqplib';
import type { ClassConstructor } from 'class-transformer';
import { lastValueFrom } from 'rxjs';
import { v7 as uuidv7 } from 'uuid';
import { RPC_TRANSPORT } from './decorators';
import { backoffMs, describeError } from './failure';
import { RequestContext } from './message-context';
import { rpcRequests } from './metrics';
import { QueueServer } from './queue-server';
import { rpcQueue } from './topology';

export interface RpcServerSettings {
  readonly service: DomainServiceName;
  readonly url: string;
  readonly prefetch: number;
  readonly drainMs: number;
}

// A request retries a database hiccup a few times within the caller's timeout, then answers "unavailable".
const OUTAGE_ATTEMPTS = 3;
const OUTAGE_BASE_MS = 50;

interface RequestPacket {
  readonly id: string;
  readonly pattern: string;
  readonly data: unknown;
}

function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  if (isTransientDatabaseError(error)) {
    return {
      code: CommonErrorCode.ServiceUnavailable,
      kind: ErrorKind.Unavailable,
      message: 'Dịch vụ tạm thời gián đoạn, vui lòng thử lại',
    };
  }
  return {
    code: CommonErrorCode.Internal,
    kind: ErrorKind.Internal,
    message: 'Lỗi hệ thống, vui lòng thử lại sau',
  };
}

/**
 * Answers the gateway's requests from the service's request queue. The request is validated against its
 * contract class; every failure becomes the stable `{ code, kind, message, details }` body; the message is
 * acknowledged after the reply is sent. Commands are idempotent by key, so a redelivered request is harmless.
 */
export class RpcServer extends QueueServer {
  constructor(private readonly rpc: RpcServerSettings) {
    super(
      {
        url: rpc.url,
        queue: rpcQueue(rpc.service),
        prefetch: rpc.prefetch,
        drainMs: rpc.drainMs,
        connectionName: `${rpc.service}-rpc`,
      },
      RPC_TRANSPORT,
    );
  }

  protected async onMessage(message: ConsumeMessage, channel: Channel): Promise<void> {
    const { replyTo, correlationId: replyCorrelation, headers } = message.properties;
    let packet: RequestPacket;
    try {
      packet = JSON.parse(message.content.toString('utf8')) as RequestPacket;
    } catch {
      this.log.warn('request body is not JSON; dropped');
      return this.ack(channel, message);
    }
    if (!replyTo) {
      this.log.warn(`request ${packet.pattern} has no reply address; dropped`);
      return this.ack(channel, message);
    }
    const correlationId = sanitiseCorrelationId(headers?.[CORRELATION_HEADER]) ?? uuidv7();
    let body: { response: unknown } | { err: ErrorBody };
    try {
      const response = await Correlation.run({ correlationId }, () => this.answer(packet, correlationId));
      body = { response };
      rpcRequests.inc({ key: packet.pattern, outcome: 'ok' });
    } catch (error) {
      const err = toErrorBody(error);
      if (err.kind === ErrorKind.Internal) {
        this.log.error(`${packet.pattern} failed: ${describeError(error)}`, (error as Error).stack);
      }
      body = { err };
      rpcRequests.inc({ key: packet.pattern, outcome: err.code });
    }
    try {
      channel.sendToQueue(
        replyTo,
        Buffer.from(JSON.stringify({ id: packet.id, ...body, isDisposed: true })),
        {
          correlationId: replyCorrelation,
          contentType: 'application/json',
        },
      );
    } catch (error) {
      this.log.warn(`reply to ${packet.pattern} lost: ${describeError(error)}`);
    }
    this.ack(channel, message);
  }

  private async answer(packet: RequestPacket, correlationId: string): Promise<unknown> {
    const handler = this.getHandlerByPattern(packet.pattern);
    if (!isRpcKey(packet.pattern) || !handler) {
      throw new AppError(CommonErrorCode.NotFound, ErrorKind.NotFound, `Không có thao tác ${packet.pattern}`);
    }
    const checked = await validateContract(
      RPC_CONTRACTS[packet.pattern].request as ClassConstructor<object>,
      packet.data,
    );
    if (!checked.ok) {
      throw new AppError(
        CommonErrorCode.ValidationFailed,
        ErrorKind.Invalid,
        summariseFieldErrors(checked.errors),
        checked.errors,
      );
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await handler(checked.value, new RequestContext(correlationId));
        return await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
      } catch (error) {
        if (attempt >= OUTAGE_ATTEMPTS || !isTransientDatabaseError(error) || this.isClosing) throw error;
        await this.pause(backoffMs(attempt, OUTAGE_BASE_MS));
      }
    }
  }
}
