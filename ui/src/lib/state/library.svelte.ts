// The library feature's state: the workspace's articles (or those the
// search box finds) and the sources they come from, which the filters of
// the matrix, network and over-time screens offer.

import type { Backend } from '../backend';
import type { ArticleListing } from '../model';
import type { Run } from './run';

export class LibraryFeature {
  articles = $state.raw<ArticleListing[]>([]);
  /** The library's search text; empty lists every article. */
  query = $state('');
  sources = $derived([...new Set(this.articles.map((a) => a.source).filter((s): s is string => !!s))].sort());

  constructor(
    private readonly backend: Backend,
    private readonly run: Run,
  ) {}

  async reload() {
    const list = await this.run(() => this.backend.listArticles(this.query.trim() || undefined));
    if (list) this.articles = list;
  }
}
