import { describe, expect, it } from 'vitest';
import { iframeCode, isEmbedded, viewUrl, withEmbed } from '../../../src/export/embed-code.ts';

describe('the address of a view, embedded or full', () => {
  const view = 'https://map.example/steppe/?from=2016&to=2016&layers=attack,protest&place=aktobe#6/49.5/57.5';

  it('adds embed=1 and the language the reader sees, keeping the selection, its commas and the camera', () => {
    expect(viewUrl(view, true, 'kk')).toBe(
      'https://map.example/steppe/?from=2016&to=2016&layers=attack,protest&place=aktobe&lang=kk&embed=1#6/49.5/57.5',
    );
  });

  it('takes embed=1 out for the full map, and never overrides a language the address names', () => {
    const embedded = 'https://map.example/?place=atyrau&lang=ru&embed=1#5/47/52';
    expect(viewUrl(embedded, false, 'en')).toBe('https://map.example/?place=atyrau&lang=ru#5/47/52');
    expect(isEmbedded(new URL(embedded).search)).toBe(true);
    expect(isEmbedded('?embed=0')).toBe(false);
    expect(withEmbed('', false)).toBe('');
  });
});

describe('the iframe code', () => {
  it('escapes the address and title as attribute text, so nothing in them can close the attribute', () => {
    const code = iframeCode('https://map.example/?a=1&b="x"', 'Map <of> "protest"');
    expect(code).toBe(
      '<iframe src="https://map.example/?a=1&amp;b=&quot;x&quot;" title="Map &lt;of&gt; &quot;protest&quot;" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    );
  });
});
