import { describe, expect, it } from 'vitest';
import { bearbeitenUrl, VORGABE_SITE_URL, repository, siteUrl } from '../../src/config/site.ts';
import { slug } from '../../src/modell/slug.ts';

describe('repository', () => {
  it('kommt aus ATLAS_REPO_URL oder den Variablen von GitHub und GitLab', () => {
    expect(repository({})).toBeUndefined();
    expect(repository({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'land/atlas' })).toEqual({
      url: 'https://github.com/land/atlas',
      zweig: 'main',
      art: 'github',
    });
    const gitlab = repository({ CI_PROJECT_URL: 'https://code.example.de/land/atlas' })!;
    expect(gitlab.art).toBe('gitlab');
    expect(bearbeitenUrl(gitlab, 'content/glossar.yaml')).toBe(
      'https://code.example.de/land/atlas/-/edit/main/content/glossar.yaml',
    );
  });
});

describe('slug', () => {
  it('macht aus deutschen Begriffen Anker', () => {
    expect(slug('Zuständigkeitsfinder (XZuFi)')).toBe('zustaendigkeitsfinder-xzufi');
    expect(slug('Art. 26 DSGVO')).toBe('art-26-dsgvo');
    expect(slug('Straße')).toBe('strasse');
  });
});

describe('siteUrl', () => {
  it('nimmt ATLAS_SITE_URL ohne Schrägstrich am Ende, sonst den Platzhalter', () => {
    expect(siteUrl({})).toBe(VORGABE_SITE_URL);
    expect(VORGABE_SITE_URL).toMatch(/\.example$/);
    expect(siteUrl({ ATLAS_SITE_URL: 'https://atlas.example.org/' })).toBe('https://atlas.example.org');
  });

  it('lehnt Adressen ab, unter denen die Links nicht funktionieren würden', () => {
    expect(() => siteUrl({ ATLAS_SITE_URL: 'atlas.example.org' })).toThrow(/keine Webadresse/);
    expect(() => siteUrl({ ATLAS_SITE_URL: 'ftp://atlas.example.org' })).toThrow(/https/);
    expect(() => siteUrl({ ATLAS_SITE_URL: 'https://example.org/atlas/' })).toThrow(/Pfad/);
  });
});
