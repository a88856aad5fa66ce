import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ClientRMQ, RmqRecordBuilder } from '@nestjs/microservices';
import type { PlatformConfig } from '@motcua/config';
import { AppError, CommonErrorCode, ErrorKind, RpcKey, RpcRequest, RpcResponse } from '@motcua/contracts';
import { CORRELATION_HEADER, Correlation } from '@motcua/observability';
import type { Channel } from 'amqplib';
import { TimeoutError, lastValueFrom, timeout } from 'rxjs';
import { guardChannel } from './channel-guard';
import { RPC_EXCHANGE, declareTopology } from './topology';
import { socketOptions } from './connection-options';

/** Default time the gateway waits for a service's answer. */
export const RPC_TIMEOUT_MS = 5000;
/** Rendering a PDF or exporting a spreadsheet (`….render.v1`, `….export.v1`) may take longer than a query. */
export const DOCUMENT_RPC_TIMEOUT_MS = 15_000;

/** How long the gateway waits for a key's answer when the caller does not say. */
export function defaultRpcTimeoutMs(key: string): number {
  return /\.(render|export)\.v\d+$/.test(key) ? DOCUMENT_RPC_TIMEOUT_MS : RPC_TIMEOUT_MS;
}

class RpcTransport extends ClientRMQ {
  private closing = false;

  constructor(url: string) {
    super({
      urls: [url],
      exchange: RPC_EXCHANGE,
      wildcards: true,
      persistent: false,
      socketOptions: socketOptions('gateway-rpc'),
    });
  }

  // Nest may open the channel twice on the first connect; each wrapper is guarded as it is made.
  override createChannel(): Promise<void> {
    const created = super.createChannel();
    guardChannel({
      manager: this.client,
      wrapper: this.channel,
      name: 'gateway-rpc',
      logger: this.logger,
      closing: () => this.closing,
    });
    return created;
  }

  override async setupChannel(channel: Channel, resolve: () => void): Promise<void> {
    await declareTopology(channel);
    await this.consumeChannel(channel);
    resolve();
  }

  override async close(): Promise<void> {
    this.closing = true;
    await super.close();
  }

  isConnected(): boolean {
    return this.client?.isConnected() ?? false;
  }
}

/**
 * Typed request/reply from the gateway to a domain service over RabbitMQ (direct reply-to). Every call has a
 * timeout; a service's refusal arrives as the `AppError` it threw, a silence as `SERVICE_TIMEOUT`.
 */
@Injectable()
export class RpcClient implements OnApplicationShutdown {
  private readonly transport: RpcTransport;

  constructor(config: ConfigService<PlatformConfig, true>) {
    this.transport = new RpcTransport(config.get('amqp', { infer: true }).url);
  }

  isConnected(): boolean {
    return this.transport.isConnected();
  }

  async connect(): Promise<void> {
    await this.transport.connect();
  }

  async send<K extends RpcKey>(
    key: K,
    request: RpcRequest<K>,
    timeoutMs = defaultRpcTimeoutMs(key),
  ): Promise<RpcResponse<K>> {
    const service = key.split('.')[0];
    const record = new RmqRecordBuilder(request)
      .setOptions({
        headers: { [CORRELATION_HEADER]: Correlation.id() ?? '' },
        expiration: String(timeoutMs),
      })
      .build();
    try {
      return await lastValueFrom(this.transport.send<RpcResponse<K>>(key, record).pipe(timeout(timeoutMs)));
    } catch (error) {
      if (error instanceof TimeoutError) {
        throw new AppError(
          CommonErrorCode.ServiceTimeout,
          ErrorKind.Unavailable,
          `Dịch vụ ${service} không phản hồi kịp, vui lòng thử lại`,
          {
            service,
          },
        );
      }
      if (AppError.isBody(error)) throw AppError.fromBody(error);
      throw new AppError(
        CommonErrorCode.ServiceUnavailable,
        ErrorKind.Unavailable,
        `Không kết nối được dịch vụ ${service}, vui lòng thử lại`,
        { service },
        { cause: error },
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}
