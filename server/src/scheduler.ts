// Debounced, serialised re-checks: edits to a document restart its own timer; when any timer fires,
// one check of the review set runs (documents still in their quiet time keep their last checked
// text, see isPending), and a check requested while one runs runs once after it.

type Log = (message: string) => void;

/** A pending check: a timer, or (no quiet time) an immediate. */
type Pending = { timer: NodeJS.Timeout } | { immediate: NodeJS.Immediate };

function clear(p: Pending): void {
  if ('timer' in p) clearTimeout(p.timer); else clearImmediate(p.immediate);
}

export class Scheduler {
  private readonly timers = new Map<string, Pending>();
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly check: () => Promise<void>, private readonly log: Log) {}

  /** Re-checks after `delayMs` without further calls for the same key. */
  schedule(key: string, delayMs: number): void {
    this.cancel(key);
    const fire = () => {
      this.timers.delete(key);
      void this.now();
    };
    // Without a quiet time the check runs once pending I/O is read: a zero timeout would wait a
    // whole millisecond (Node's least delay) on every keystroke.
    this.timers.set(key, delayMs > 0 ? { timer: setTimeout(fire, delayMs) } : { immediate: setImmediate(fire) });
  }

  /** True while `key` waits out its quiet time. */
  isPending(key: string): boolean {
    return this.timers.has(key);
  }

  /** True while `key` waits out a quiet time (not merely for the next turn of the event loop). */
  isWaiting(key: string): boolean {
    const t = this.timers.get(key);
    return t !== undefined && 'timer' in t;
  }

  cancel(key: string): void {
    const t = this.timers.get(key);
    if (t) clear(t);
    this.timers.delete(key);
  }

  /** Runs a check now, or once more after the running one. Resolves when the set is checked. */
  now(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.check();
        } catch (err) {
          this.log(`check failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        }
      } while (this.again);
    })().finally(() => { this.running = undefined; });
    return this.running;
  }

  /** Runs pending checks at once (a request wants current results); waits for a running one. */
  flush(): Promise<void> {
    if (this.timers.size > 0) {
      for (const t of this.timers.values()) clear(t);
      this.timers.clear();
      return this.now();
    }
    return this.running ?? Promise.resolve();
  }

  dispose(): void {
    for (const t of this.timers.values()) clear(t);
    this.timers.clear();
  }
}
