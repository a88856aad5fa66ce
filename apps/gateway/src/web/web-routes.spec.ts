import { isWebAppRoute } from './web-routes';

describe(isWebAppRoute.name, () => {
  it.each([
    '/',
    '/login',
    '/tra-cuu?ma=000.00.20.H41-261128-0001',
    '/dossiers/01a21f3b-0431-71ff',
    '/lay-so',
  ])('should answer %s with the app when it is a client route', (url) => {
    const result = isWebAppRoute(url);

    expect(result).toBe(true);
  });

  it.each([
    '/api/v1/unknown',
    '/api',
    '/public/v1/nothing',
    '/health/live',
    '/metrics',
    '/assets/missing-abc123.js',
    '/favicon.ico',
  ])('should leave %s to the 404 when it is the API or a file', (url) => {
    const result = isWebAppRoute(url);

    expect(result).toBe(false);
  });
});
