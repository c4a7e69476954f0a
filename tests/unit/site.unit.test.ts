import { describe, expect, it } from 'vitest';
import { bearbeitenUrl, repository } from '../../src/config/site.ts';
import { slug } from '../../src/lib/slug.ts';

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
