import type { ProcedureSummaryV1, ProcedureV1, ProcedureVersionSummaryV1 } from '@motcua/contracts';
import type { ProcedureVersion } from './procedure-version.entity';
import type { Procedure } from './procedure.entity';

function toVersionSummary(version: ProcedureVersion): ProcedureVersionSummaryV1 {
  return {
    id: version.id,
    version: version.version,
    publishedAt: version.publishedAt.toISOString(),
    publishedBy: version.publishedBy,
  };
}

/** `versions` oldest first; the last is the one in force (or the last before retirement). */
export function toProcedureDto(procedure: Procedure, versions: ProcedureVersion[]): ProcedureV1 {
  const current = versions.find((v) => v.id === procedure.currentVersionId) ?? versions[versions.length - 1];
  return {
    code: procedure.code,
    status: procedure.status,
    currentVersion: toVersionSummary(current),
    definition: current.definition,
    versions: versions.map(toVersionSummary),
    retiredAt: procedure.retiredAt?.toISOString() ?? null,
    retiredReason: procedure.retiredReason,
  };
}

export function toProcedureSummary(procedure: Procedure): ProcedureSummaryV1 {
  return {
    code: procedure.code,
    name: procedure.name,
    sector: procedure.sector,
    handlingUnitCodes: procedure.handlingUnitCodes,
    status: procedure.status,
    version: procedure.currentVersion,
    isDemoData: procedure.isDemoData,
  };
}
