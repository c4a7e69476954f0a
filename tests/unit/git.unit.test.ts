import { describe, expect, it } from 'vitest';
import { zerlegeGitLog } from '../../src/lib/git.ts';

describe('zerlegeGitLog', () => {
  it('ordnet jeder Datei ihre Änderungen zu, neueste zuerst', () => {
    const ausgabe = [
      '\u001eaaa\t2026-11-20T10:00:00+01:00\tKonzept überarbeitet\n\ncontent/a.mdx\ncontent/b.mdx\n',
      '\u001ebbb\t2026-10-01T09:00:00+02:00\tErste Fassung\t(mit Tab)\n\ncontent/a.mdx\n',
    ].join('');
    const karte = zerlegeGitLog(ausgabe);
    expect(karte.get('content/a.mdx')).toEqual([
      { hash: 'aaa', datum: '2026-11-20', zeitpunkt: '2026-11-20T10:00:00+01:00', nachricht: 'Konzept überarbeitet' },
      {
        hash: 'bbb',
        datum: '2026-10-01',
        zeitpunkt: '2026-10-01T09:00:00+02:00',
        nachricht: 'Erste Fassung\t(mit Tab)',
      },
    ]);
    expect(karte.get('content/b.mdx')?.map((a) => a.hash)).toEqual(['aaa']);
    expect(karte.has('content/c.mdx')).toBe(false);
  });
});
