import { rememberDossier, RECENT_DOSSIERS_LIMIT } from './recent';

const dossier = (id: string) => ({
  id,
  code: `000.00.20.H41-261128-${id.padStart(4, '0')}`,
  applicantName: 'Nguyễn Văn An',
  procedureName: 'Cấp Phiếu lý lịch tư pháp',
  receivedAt: '2026-11-28T01:00:00.000Z',
});

describe(rememberDossier.name, () => {
  it('should put the dossier first without its older copy when it was already in the list', () => {
    const list = rememberDossier([dossier('1'), dossier('2')], dossier('2'));

    expect(list.map((item) => item.id)).toEqual(['2', '1']);
  });

  it('should drop the oldest when the list is full', () => {
    const full = Array.from({ length: RECENT_DOSSIERS_LIMIT }, (_, index) => dossier(String(index)));

    const list = rememberDossier(full, dossier('new'));

    expect(list).toHaveLength(RECENT_DOSSIERS_LIMIT);
    expect(list[0].id).toBe('new');
    expect(list.map((item) => item.id)).not.toContain(String(RECENT_DOSSIERS_LIMIT - 1));
  });
});
