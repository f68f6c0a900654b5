import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** What `npm run lint` says of a file planted in the tree with the given imports. */
async function lintPlanted(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layers, as lint enforces them', () => {
  it('refuse an import from records/ up to the page shell, naming the rule', async () => {
    const said = await lintPlanted(
      'src/records/planted.ts',
      "import { App } from '../app/app.tsx';\nexport const planted = App;\n",
    );
    expect(said).toContainEqual(
      expect.stringMatching(/^import-x\/no-restricted-paths: .*\[layers: records\]/),
    );
  });
  it('refuse an import from formats/ to the map', async () => {
    const said = await lintPlanted(
      'src/formats/planted.ts',
      "import { MapView } from '../map/map-view.tsx';\nexport const planted = MapView;\n",
    );
    expect(said).toContainEqual(expect.stringMatching(/\[layers: formats\] src\/formats\/ may import only/));
  });
  it('let a layer import what lies below it', async () => {
    const said = await lintPlanted(
      'src/formats/planted.ts',
      "import { EVENT_KINDS } from '../records/record-terms.ts';\nexport const planted = EVENT_KINDS;\n",
    );
    expect(said).toEqual([]);
  });
});
