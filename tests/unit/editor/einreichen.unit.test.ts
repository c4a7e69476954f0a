/** „Auf GitHub/GitLab einreichen“ öffnet die Seite „Neue Datei“ im richtigen Ordner, mit Text, solange die Adresse kurz genug ist. */
import { describe, expect, it } from 'vitest';
import type { Repository } from '../../../src/config/site.ts';
import type { BeitragDatei } from '../../../src/browser/editor/datei.ts';
import { einreichung } from '../../../src/browser/editor/einreichen.ts';

const datei = (text: string): BeitragDatei => ({
  id: 'musterstadt/test',
  ordner: 'content/beitraege/musterstadt',
  name: 'test.mdx',
  pfad: 'content/beitraege/musterstadt/test.mdx',
  text,
  kopfEnde: 3,
  bearbeitet: false,
  abschnitte: [],
});
const github: Repository = { url: 'https://github.com/org/atlas', zweig: 'main', art: 'github' };
const gitlab: Repository = { url: 'https://gitlab.opencode.de/gruppe/atlas', zweig: 'main', art: 'gitlab' };

describe('Einreichen auf der Plattform', () => {
  it('GitHub: /new/<zweig>/<ordner>?filename=…&value=…', () => {
    const { url, textInAdresse } = einreichung(github, datei('---\ntitel: Ä & B\n---\n'));
    expect(textInAdresse).toBe(true);
    expect(url).toBe(
      'https://github.com/org/atlas/new/main/content/beitraege/musterstadt?filename=test.mdx&value=---%0Atitel%3A%20%C3%84%20%26%20B%0A---%0A',
    );
    expect(decodeURIComponent(new URL(url).search.split('value=')[1]!)).toBe('---\ntitel: Ä & B\n---\n');
  });

  it('GitLab: /-/new/<zweig>/<ordner>?file_name=…&content=…', () => {
    const { url } = einreichung(gitlab, datei('x'));
    expect(url).toBe(
      'https://gitlab.opencode.de/gruppe/atlas/-/new/main/content/beitraege/musterstadt?file_name=test.mdx&content=x',
    );
  });

  it('lange Texte: nur der Dateiname in der Adresse, der Text über die Zwischenablage', () => {
    const { url, textInAdresse } = einreichung(github, datei('ä'.repeat(3000)));
    expect(textInAdresse).toBe(false);
    expect(url).toBe('https://github.com/org/atlas/new/main/content/beitraege/musterstadt?filename=test.mdx');
  });

  it('ein Beitrag der Website: die vorhandene Datei zum Bearbeiten, der Text über die Zwischenablage', () => {
    const gh = einreichung(github, { ...datei('kurz'), bearbeitet: true });
    expect(gh).toEqual({
      url: 'https://github.com/org/atlas/edit/main/content/beitraege/musterstadt/test.mdx',
      textInAdresse: false,
      bearbeiten: true,
    });
    expect(einreichung(gitlab, { ...datei('kurz'), bearbeitet: true }).url).toBe(
      'https://gitlab.opencode.de/gruppe/atlas/-/edit/main/content/beitraege/musterstadt/test.mdx',
    );
  });
});
