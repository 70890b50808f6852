// Stable finding ids: the same claim keeps its id across runs and unrelated edits, so an editor's
// "ignore this finding" survives typing elsewhere in the article.
import type { FindingKind } from '../types';

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function normaliseClaimText(text: string): string {
  return text.toLowerCase().replace(/[‘’“”"']/g, '').replace(/\s+/g, ' ').trim();
}

export function findingId(kind: FindingKind, label: string, text: string): string {
  return `${kind}:${label}:${fnv1a(normaliseClaimText(text))}`;
}
