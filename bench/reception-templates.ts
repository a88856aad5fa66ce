import type { ReceptionTemplate } from './dossier-requests';

interface ProcedurePage {
  readonly items: readonly { readonly code: string }[];
}

interface Procedure {
  readonly code: string;
  readonly definition: {
    readonly channels: readonly string[];
    readonly requiredDocuments: readonly { readonly requirement: string; readonly count: number }[];
  };
}

async function getJson<T>(url: string, token: string): Promise<T> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Every active procedure that takes dossiers at the counter, with its mandatory documents ticked. */
export async function loadReceptionTemplates(
  gatewayUrl: string,
  token: string,
): Promise<ReceptionTemplate[]> {
  const page = await getJson<ProcedurePage>(`${gatewayUrl}/api/v1/procedures?pageSize=100`, token);
  const procedures = await Promise.all(
    page.items.map((item) => getJson<Procedure>(`${gatewayUrl}/api/v1/procedures/${item.code}`, token)),
  );
  const templates = procedures
    .filter((procedure) => procedure.definition.channels.includes('direct'))
    .map((procedure) => ({
      procedureCode: procedure.code,
      documents: procedure.definition.requiredDocuments
        .map((document, index) => ({ document, index }))
        .filter(({ document }) => document.requirement === 'mandatory')
        .map(({ document, index }) => ({ index, count: document.count })),
    }))
    .sort((a, b) => a.procedureCode.localeCompare(b.procedureCode));
  if (templates.length === 0)
    throw new Error('the catalog has no procedure received at the counter: was the system seeded?');
  return templates;
}
