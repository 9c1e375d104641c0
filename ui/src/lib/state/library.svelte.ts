// The library feature's state: the workspace's articles (or those the
// search box finds) and the sources they come from, which the filters of
// the matrix, network and over-time screens offer. The list is read a page
// at a time, newest first, so opening a workspace of 30,000 articles reads
// one page, not every article; `more()` reads the next.

import type { Backend } from '../backend';
import type { ArticleListing } from '../model';
import type { Run } from './run';

/** Articles read at a time. */
export const ARTICLE_PAGE = 200;

/** One page of `list`, read one longer than a page: whether more remain is then known, not guessed. */
function page(list: ArticleListing[]): { shown: ArticleListing[]; more: boolean } {
  return { shown: list.slice(0, ARTICLE_PAGE), more: list.length > ARTICLE_PAGE };
}

export class LibraryFeature {
  articles = $state.raw<ArticleListing[]>([]);
  /** The library's search text; empty lists every article. */
  query = $state('');
  /** Whether articles beyond those listed remain to be read (not while searching). */
  hasMore = $state(false);
  sources = $state.raw<string[]>([]);

  constructor(
    private readonly backend: Backend,
    private readonly run: Run,
  ) {}

  /** The first page (or the search's hits) and the sources. */
  async reload() {
    const query = this.query.trim() || undefined;
    const [list, sources] =
      (await this.run(() =>
        Promise.all([
          this.backend.listArticles(query, query ? undefined : { before: null, limit: ARTICLE_PAGE + 1 }),
          this.backend.listSources(),
        ]),
      )) ?? [];
    if (list && query) {
      this.articles = list;
      this.hasMore = false;
    } else if (list) {
      const { shown, more } = page(list);
      this.articles = shown;
      this.hasMore = more;
    }
    if (sources) this.sources = sources;
  }

  /** The next page of the list, after the articles listed. */
  async more() {
    const last = this.articles.at(-1);
    if (!this.hasMore || !last) return;
    const list = await this.run(() => this.backend.listArticles(undefined, { before: last.id, limit: ARTICLE_PAGE + 1 }));
    if (!list) return;
    const { shown, more } = page(list);
    this.articles = [...this.articles, ...shown];
    this.hasMore = more;
  }
}
