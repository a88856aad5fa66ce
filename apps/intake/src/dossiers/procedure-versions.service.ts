import { Injectable } from '@nestjs/common';
import { CatalogError, CatalogErrorCode } from '../catalog/catalog.errors';
import { CatalogService } from '../catalog/catalog.service';
import { ProcedureVersion } from '../catalog/procedure-version.entity';
import { DossierError, DossierErrorCode } from './dossiers.errors';

/** The catalog as the counter sees it: an unknown or retired procedure is bad input naming `procedureCode`. */
@Injectable()
export class ProcedureVersionsService {
  constructor(private readonly catalog: CatalogService) {}

  async versionInForce(procedureCode: string): Promise<ProcedureVersion> {
    try {
      return await this.catalog.getVersionInForce(procedureCode);
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      const retired = error.code === CatalogErrorCode.ProcedureRetired;
      const message = retired
        ? `Thủ tục ${procedureCode} đã bãi bỏ, không tiếp nhận hồ sơ mới`
        : `Không có thủ tục ${procedureCode} trong danh mục`;
      throw new DossierError(
        retired ? DossierErrorCode.ProcedureRetired : DossierErrorCode.UnknownProcedure,
        message,
        [{ field: 'procedureCode', constraint: retired ? 'procedureActive' : 'procedureExists', message }],
      );
    }
  }
}
