// Paths the web app never owns: an unknown one there stays the API's JSON 404.
const NOT_WEB = /^\/(api|public|health|metrics)(\/|$)/;
// A file name with an extension (`/assets/x.js`, `/favicon.ico`): missing files are 404, not the app.
const FILE = /\/[^/]+\.[A-Za-z0-9]+$/;

/** Whether a GET for `url` that matched no route is a client-side route of the web app (answered with index.html). */
export function isWebAppRoute(url: string): boolean {
  const path = url.split('?')[0];
  return !NOT_WEB.test(path) && !FILE.test(path);
}
