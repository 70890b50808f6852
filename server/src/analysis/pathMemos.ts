// What an incremental stage remembers per article path while it is open for editing, and the
// bookkeeping every such stage shares: its counters, and forgetting a path or everything.

export interface Memo<S> {
  readonly stats: S;
}

export class PathMemos<M extends Memo<S>, S extends object> {
  protected readonly memos = new Map<string, M>();

  /** The counters of the last run on `path`, when it was remembered (a copy). */
  stats(path: string): S | undefined {
    const s = this.memos.get(path)?.stats;
    return s ? { ...s } : undefined;
  }

  /** Drops what is remembered of `path` (closed, deleted, left the review set). */
  forget(path: string): void {
    this.memos.delete(path);
  }

  clear(): void {
    this.memos.clear();
  }
}
