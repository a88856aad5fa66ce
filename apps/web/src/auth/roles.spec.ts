import { canAdminister, canOpen, canReceive, homePath, pagesFor } from './roles';

describe(pagesFor.name, () => {
  it('should show a reception clerk the counter pages first when the role is reception', () => {
    const pages = pagesFor(['reception']);

    expect(pages.slice(0, 2)).toEqual(['reception', 'queue']);
  });

  it('should keep counter work from an officer when the role is officer', () => {
    const pages = pagesFor(['officer']);

    expect(pages).not.toContain('reception');
    expect(pages).not.toContain('queue');
    expect(pages).toContain('catalog');
  });
});

describe(homePath.name, () => {
  it.each([
    [['reception'], '/reception'],
    [['cashier'], '/queue'],
    [['manager'], '/dashboard'],
    [['officer'], '/work'],
    [['unit_lead'], '/work'],
  ] as const)('should land %j on %s', (roles, path) => {
    const home = homePath([...roles]);

    expect(home).toBe(path);
  });
});

describe('role checks', () => {
  it('should let only admins edit the catalog and reception or admins receive', () => {
    expect([canAdminister(['admin']), canAdminister(['manager'])]).toEqual([true, false]);
    expect([canReceive(['reception']), canReceive(['admin']), canReceive(['cashier'])]).toEqual([
      true,
      true,
      false,
    ]);
    expect(canOpen(['unit_lead'], 'queue')).toBe(false);
  });
});
