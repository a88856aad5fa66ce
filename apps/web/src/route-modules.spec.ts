import { modulesAt, pathPattern, STAFF_LAYOUT } from './route-modules';

describe(modulesAt.name, () => {
  it('should draw a public page alone when the path is public', () => {
    const modules = modulesAt('/tra-cuu');

    expect(modules).toEqual(['./pages/public/lookup-page.tsx']);
  });

  it('should draw the staff frame and the page when the path is behind the login', () => {
    const modules = modulesAt('/admin/users/');

    expect(modules).toEqual([STAFF_LAYOUT, './pages/admin/users-page.tsx']);
  });

  it('should draw the dossier page when the path names a dossier', () => {
    const modules = modulesAt('/dossiers/01a21f3b-0431-71ff');

    expect(modules).toEqual([STAFF_LAYOUT, './pages/dossiers/dossier-page.tsx']);
  });

  it('should draw only the frame when the path is home', () => {
    const modules = modulesAt('/');

    expect(modules).toEqual([STAFF_LAYOUT]);
  });

  it('should draw the not-found page when no route matches', () => {
    const modules = modulesAt('/dossiers/01a21f3b/extra');

    expect(modules).toEqual([STAFF_LAYOUT, './pages/not-found-page.tsx']);
  });
});

describe(pathPattern.name, () => {
  it.each([
    ['/queue', '/queue-stats', false],
    ['/queue', '/queue/', true],
    ['/dossiers/:id', '/dossiers', false],
  ])('should match %s against %s: %s', (path, pathname, expected) => {
    const matches = new RegExp(pathPattern(path)).test(pathname);

    expect(matches).toBe(expected);
  });
});
