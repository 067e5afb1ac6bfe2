/** Thrown when every render slot is busy and the waiting line is full: the caller answers 503. */
export class RenderBusyError extends Error {
  constructor() {
    super('Every report renderer is busy; try again shortly.');
  }
}

/**
 * Bounded concurrency for the report renderer: at most `limit` tasks run at once, at most
 * `maxWaiting` more wait in order, and any further task is refused at once (`RenderBusyError`)
 * rather than queued without bound behind a slow browser.
 */
export class RenderSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly maxWaiting = limit,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      if (this.waiting.length >= this.maxWaiting) throw new RenderBusyError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiting task, so `running` never overshoots.
      if (next) next();
      else this.running -= 1;
    }
  }
}
