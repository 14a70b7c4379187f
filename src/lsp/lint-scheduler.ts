/**
 * When to lint an open document again. A lint takes a few milliseconds, so a change is linted at once (on the next
 * turn of the event loop, which gathers the changes that arrived together) rather than after a fixed delay: the
 * editor shows the result as soon as it exists. While a document is being linted, further changes to it coalesce
 * into one more lint when the current one ends, so a burst of typing never queues one lint per keystroke.
 */
export class LintScheduler {
  private readonly queued = new Set<string>();
  private readonly running = new Set<string>();
  private readonly again = new Set<string>();

  constructor(private readonly lint: (uri: string) => Promise<void>) {}

  request(uri: string): void {
    if (this.running.has(uri)) {
      this.again.add(uri);
      return;
    }
    if (this.queued.has(uri)) return;
    this.queued.add(uri);
    setImmediate(() => {
      if (this.queued.delete(uri)) void this.run(uri);
    });
  }

  /** The document closed: drop what is waiting for it (a lint already running finds the document gone). */
  cancel(uri: string): void {
    this.queued.delete(uri);
    this.again.delete(uri);
  }

  private async run(uri: string): Promise<void> {
    this.running.add(uri);
    try {
      await this.lint(uri);
    } finally {
      this.running.delete(uri);
      if (this.again.delete(uri)) this.request(uri);
    }
  }
}
