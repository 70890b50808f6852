// The per-source words the corpus reads when a source is added, worked out ahead (in a worker) and
// handed back to the engine's word memories just before the source joins the corpus.
import type { ArticleAnalysis } from '../analysis/types';
import { rememberSentenceWords, storedSentenceWords } from '../analysis/alignment/sentenceWords';
import { indexedWords, rememberIndexedWords } from '../analysis/alignment/textWords';
import type { PreparedSource, PreparedWords } from './protocol';

export type { PreparedWords } from './protocol';

/**
 * Words of analyses made in a worker, kept until the persisted index saves them (it stores the same
 * data, and would otherwise tokenise the source again on the main thread). Taken once: kept for
 * good they would double the memory of a source.
 */
const wordsByAnalysis = new WeakMap<ArticleAnalysis, PreparedWords>();

export function keepWordsFor(analysis: ArticleAnalysis, words: PreparedWords): void {
  wordsByAnalysis.set(analysis, words);
}

/** The words a worker prepared for `analysis`, if any were kept; forgotten here (see indexStore.ts). */
export function takePreparedWords(analysis: ArticleAnalysis): PreparedWords | undefined {
  const words = wordsByAnalysis.get(analysis);
  if (words) wordsByAnalysis.delete(analysis);
  return words;
}

export function prepareSource(analysis: ArticleAnalysis): PreparedSource {
  const { text } = analysis;
  return {
    analysis,
    words: {
      sentences: storedSentenceWords(text.plain, text.sentences.map((s) => s.span)),
      text: [...indexedWords(text.original)],
    },
  };
}

/**
 * Hands a prepared source's words to the engine, so Corpus.set reads them instead of tokenising the
 * source again. Call right before adding the source: the sentence memory keeps only recent sentences.
 */
export function adoptWords(prepared: PreparedSource): void {
  if (!prepared.words) return;
  const { text } = prepared.analysis;
  rememberSentenceWords(text.plain, text.sentences.map((s) => s.span), prepared.words.sentences);
  rememberIndexedWords(text, prepared.words.text);
}
