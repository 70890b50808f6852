// Re-analysing an article while it is edited. Each article being edited keeps a LocalMemo: the
// paragraph- and sentence-local results of its last analysis (sentences, tokens, figures; see
// local.ts). The next analysis runs the whole pipeline, but every unchanged paragraph or sentence
// gets its remembered result moved into place instead of being read again. The result is the same
// as analyzeArticle's (test/unit/incremental proves it on random edits); only the time differs.
import { analyzeArticle, type ArticleInput } from './index';
import { PathMemos } from './pathMemos';
import { LocalMemo, withMemo, type MemoStats } from './local';
import type { ArticleAnalysis } from './types';

export class IncrementalAnalyzer extends PathMemos<LocalMemo, MemoStats> {

  /**
   * Analyses `input`. With `remember` (an article open for editing) its local results are kept for
   * the next analysis of the same path; without, only a path already remembered uses its memo.
   */
  analyze(input: ArticleInput, remember = true): ArticleAnalysis {
    let memo = this.memos.get(input.path);
    if (!memo) {
      if (!remember) return analyzeArticle(input);
      memo = new LocalMemo();
      this.memos.set(input.path, memo);
    }
    memo.begin();
    try {
      return withMemo(memo, () => analyzeArticle(input));
    } finally {
      memo.end();
    }
  }

  /**
   * Runs `fn` (later work on the same article, such as checking it) with the local results of its
   * last analysis at hand: a sentence that stage read is then not read again. Results stay those of
   * `fn` alone (local() returns what its computation would).
   */
  within<T>(path: string, fn: () => T): T {
    const memo = this.memos.get(path);
    return memo ? withMemo(memo, fn) : fn();
  }
}
