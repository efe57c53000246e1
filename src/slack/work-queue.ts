/**
 * Runs synchronous engine calls one per event-loop turn. Engine calls are CPU work; run
 * back-to-back they would hold the loop and delay the 3-second acks of requests waiting behind
 * them. Between two jobs the loop polls for I/O, so a new request is acknowledged after at most
 * one job. Posting the result to Slack happens outside the queue.
 */
export { createWorkQueue, type WorkQueue };

interface WorkQueue {
  /** Runs `job` on a later turn; the promise settles with its result or its error. */
  run<T>(job: () => T): Promise<T>;
}

function createWorkQueue(): WorkQueue {
  const pending: Array<() => void> = [];
  let scheduled = false;

  const drainOne = (): void => {
    pending.shift()?.();
    scheduled = pending.length > 0;
    if (scheduled) setImmediate(drainOne);
  };

  return {
    run(job) {
      return new Promise((resolve, reject) => {
        pending.push(() => {
          try {
            resolve(job());
          } catch (error) {
            reject(error);
          }
        });
        if (!scheduled) {
          scheduled = true;
          setImmediate(drainOne);
        }
      });
    },
  };
}
