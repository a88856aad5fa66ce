import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { antdSlim, REDIRECTS } from './vite-antd-slim';

type ResolveId = (source: string, importer?: string) => Promise<string | null>;
type Load = (id: string) => string | null | undefined;

describe(antdSlim.name, () => {
  const plugin = antdSlim();
  const resolveId = plugin.resolveId as unknown as ResolveId;
  const load = plugin.load as unknown as Load;

  // An Ant Design upgrade that moves one of these imports would silently put the weight back.
  it.each(REDIRECTS.map((redirect) => [redirect.importer, redirect.source]))(
    'should find %s still importing %s',
    (importer, source) => {
      const code = readFileSync(join(process.cwd(), 'node_modules', importer), 'utf8');

      expect(code).toMatch(new RegExp(`from ['"]${source.replace(/[./]/g, '\\$&')}['"]`));
    },
  );

  it('should give a left-out component that names this plugin when a page renders it', async () => {
    const id = await resolveId.call({}, '../tabs', '/work/node_modules/antd/es/card/Card.js');

    expect(id).toBe("\0motcua-left-out:Card's tabList");
    expect(load.call({}, id ?? '')).toContain('apps/web/vite-antd-slim.ts');
  });

  it('should leave the same import from any other module alone', async () => {
    const id = await resolveId.call({}, '../tabs', '/work/node_modules/antd/es/tabs/Other.js');

    expect(id).toBeNull();
  });
});
