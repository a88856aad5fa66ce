import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ActorV1,
  CENTER_WIDE_ROLES,
  CREATE_SHIPMENT_V1,
  GET_SHIPMENT_V1,
  HAND_OVER_PICKUP_V1,
  LIST_SHIPMENTS_V1,
  PREPARE_PICKUP_V1,
  PackageV1,
  PickupV1,
  RECEIVE_PACKAGE_V1,
  RENDER_HANDOVER_RECORD_V1,
  RENDER_RECEIPT_RECORD_V1,
  Role,
  SEAL_PACKAGE_V1,
  ShipmentListV1,
  ShipmentV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { AuthError, AuthErrorCode } from '../auth/auth.errors';
import { canSee } from '../dossiers/dossiers.service';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { pdfResponse } from '../http/pdf-response';
import { idPipe } from '../http/validation';
import {
  CREATE_SHIPMENT_BODY_SCHEMA,
  CreateShipmentBody,
  HAND_OVER_PICKUP_BODY_SCHEMA,
  HandOverPickupBody,
  PREPARE_PICKUP_BODY_SCHEMA,
  PreparePickupBody,
  RECEIVE_PACKAGE_BODY_SCHEMA,
  ReceivePackageBody,
  SEAL_PACKAGE_BODY_SCHEMA,
  SealPackageBody,
  ShipmentsQuery,
} from './courier.dto';

const POSTAL_DESK = [Role.Postal, Role.Reception, Role.Admin];
// Contact points at units are officers or unit leads; the service checks the package is for their unit.
const RECEIVERS = [...POSTAL_DESK, Role.Officer, Role.UnitLead];

// Center-wide staff see every unit's shipments; a unit's staff only those leaving or reaching their unit.
function unitScope(actor: ActorV1): { unitCode?: string } {
  if (actor.kind === 'user' && actor.roles.some((role) => CENTER_WIDE_ROLES.includes(role))) return {};
  if (!actor.unitCode) throw new AuthError(AuthErrorCode.UnitForbidden);
  return { unitCode: actor.unitCode };
}

/** The postal desk (bưu điện tại Trung tâm): shipments, pickups, seals, hand-over records, receipts at units. */
@ApiTags('courier')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1/courier')
export class CourierDeskController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('shipments')
  @Roles(...RECEIVERS, Role.Manager)
  @ApiOperation({
    summary:
      "Shipments (bưu gửi) by status, kind, dossier or unit, newest first; a unit's staff see their unit's",
  })
  @ApiOkResponse({ schema: contractSchema('ShipmentListV1') })
  list(@Query() query: ShipmentsQuery, @CurrentActor() actor: ActorV1): Promise<ShipmentListV1> {
    return this.rpc.send(LIST_SHIPMENTS_V1, { ...query, ...unitScope(actor) });
  }

  @Get('shipments/:id')
  @Roles(...POSTAL_DESK, Role.Manager)
  @ApiOperation({ summary: 'One shipment with its dossiers, seal and tracking history' })
  @ApiOkResponse({ schema: contractSchema('ShipmentV1') })
  @ApiNotFoundResponse({ type: ErrorDto })
  get(@Param('id', idPipe('Mã bưu gửi')) shipmentId: string): Promise<ShipmentV1> {
    return this.rpc.send(GET_SHIPMENT_V1, { shipmentId });
  }

  @Post('shipments')
  @Roles(...POSTAL_DESK)
  @ApiOperation({
    summary:
      'Make a shipment by hand (e.g. a dossier the citizen sent by post, with its tracking number); without a ' +
      'number courier gives one, or the postal provider does when its order API is configured (`awaiting_order` until then)',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: CREATE_SHIPMENT_BODY_SCHEMA })
  @ApiCreatedResponse({ schema: contractSchema('ShipmentV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'COURIER_TRACKING_NUMBER_TAKEN' })
  create(
    @Body() body: CreateShipmentBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<ShipmentV1> {
    return this.rpc.send(CREATE_SHIPMENT_V1, {
      ...body,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  @Post('pickups')
  @HttpCode(200)
  @Roles(...POSTAL_DESK)
  @ApiOperation({
    summary: "Pack what leaves a unit at one of today's pickup times: one package per destination unit",
  })
  @ApiBody({ schema: PREPARE_PICKUP_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('PickupV1') })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'COURIER_NOTHING_TO_PICK_UP, COURIER_PICKUP_HANDED_OVER',
  })
  prepare(@Body() body: PreparePickupBody, @CurrentActor() actor: ActorV1): Promise<PickupV1> {
    return this.rpc.send(PREPARE_PICKUP_V1, { ...body, actor });
  }

  @Post('packages/:id/seal')
  @HttpCode(200)
  @Roles(...POSTAL_DESK)
  @ApiOperation({ summary: 'The seal number (số niêm phong) put on a packed package' })
  @ApiBody({ schema: SEAL_PACKAGE_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('PackageV1') })
  @ApiConflictResponse({ type: ErrorDto, description: 'COURIER_SEAL_NUMBER_TAKEN' })
  seal(
    @Param('id', idPipe('Mã túi')) packageId: string,
    @Body() body: SealPackageBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<PackageV1> {
    return this.rpc.send(SEAL_PACKAGE_V1, { packageId, sealNumber: body.sealNumber, actor });
  }

  @Post('pickups/:id/hand-over')
  @HttpCode(200)
  @Roles(...POSTAL_DESK)
  @ApiOperation({
    summary: 'Give the sealed packages to the postal worker (bàn giao): shipments are picked up',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: HAND_OVER_PICKUP_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('PickupV1') })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'COURIER_PACKAGE_NOT_SEALED, COURIER_PICKUP_HANDED_OVER',
  })
  handOver(
    @Param('id', idPipe('Mã chuyến lấy')) pickupId: string,
    @Body() body: HandOverPickupBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<PickupV1> {
    return this.rpc.send(HAND_OVER_PICKUP_V1, {
      pickupId,
      takenByName: body.takenByName,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  @Get('pickups/:id/record.pdf')
  @Roles(...POSTAL_DESK, Role.Manager)
  @ApiOperation({
    summary: 'The hand-over record (biên bản giao nhận) of a pickup: dossiers, seals, who gave, who took',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF' })
  @ApiConflictResponse({ type: ErrorDto, description: 'COURIER_PICKUP_NOT_HANDED_OVER' })
  async record(@Param('id', idPipe('Mã chuyến lấy')) pickupId: string): Promise<StreamableFile> {
    return pdfResponse(await this.rpc.send(RENDER_HANDOVER_RECORD_V1, { pickupId }));
  }

  @Get('packages/:id/record.pdf')
  @Roles(...RECEIVERS, Role.Manager)
  @ApiOperation({
    summary: 'The record of a package received from the post at its unit, with the seal check',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF' })
  @ApiConflictResponse({ type: ErrorDto, description: 'COURIER_PACKAGE_NOT_RECEIVED' })
  async receiptRecord(
    @Param('id', idPipe('Mã túi')) packageId: string,
    @CurrentActor() actor: ActorV1,
  ): Promise<StreamableFile> {
    const document = await this.rpc.send(RENDER_RECEIPT_RECORD_V1, { packageId });
    if (!canSee(actor, document.unitCode)) throw new AuthError(AuthErrorCode.UnitForbidden);
    return pdfResponse(document);
  }

  @Post('packages/:id/receive')
  @HttpCode(200)
  @Roles(...RECEIVERS)
  @ApiOperation({
    summary:
      'The contact point takes a package and checks its seal; a mismatch or broken seal is an incident',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: RECEIVE_PACKAGE_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('PackageV1') })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'COURIER_PACKAGE_ALREADY_RECEIVED, COURIER_PICKUP_NOT_HANDED_OVER',
  })
  receive(
    @Param('id', idPipe('Mã túi')) packageId: string,
    @Body() body: ReceivePackageBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<PackageV1> {
    return this.rpc.send(RECEIVE_PACKAGE_V1, {
      packageId,
      sealNumber: body.sealNumber,
      sealIntact: body.sealIntact,
      givenByName: body.givenByName,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }
}
