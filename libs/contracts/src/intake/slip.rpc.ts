import { IsEnum, IsIn, IsString, IsUUID } from 'class-validator';
import { Label } from '../validation';
import { IsUnitCode } from '../shared/validators';

export const RENDER_DOSSIER_SLIP_V1 = 'intake.dossier.slip.render.v1';

/** Paper for a printed document: A4, or the 80 mm roll of a counter's thermal printer. */
export enum PaperFormat {
  A4 = 'a4',
  Roll80 = 'roll80',
}

/**
 * Forms printed for a received dossier: 01, the reception and appointment slip; 04, the apology with the new
 * date, once the unit has extended the appointment.
 */
export const DOSSIER_SLIP_FORMS = ['01', '04'] as const;
export type DossierSlipForm = (typeof DOSSIER_SLIP_FORMS)[number];

/** Query: a dossier's slip as a PDF. */
export class RenderDossierSlipV1 {
  @IsUUID()
  readonly dossierId: string;

  @Label('Mẫu phiếu')
  @IsIn(DOSSIER_SLIP_FORMS)
  readonly form: DossierSlipForm;

  @Label('Khổ giấy')
  @IsEnum(PaperFormat)
  readonly format: PaperFormat;
}

export class RenderedDocumentV1 {
  @IsString()
  readonly filename: string;

  @IsIn(['application/pdf'])
  readonly contentType: 'application/pdf';

  @IsString()
  readonly contentBase64: string;

  /** The unit whose dossier it is: the gateway shows it only to those who may see that unit's dossiers. */
  @IsUnitCode()
  readonly unitCode: string;
}
