import { ApplyBatchHandler } from './apply-batch.handler';
import { SweepTransitionsHandler } from './sweep-transitions.handler';

/** Every job handler the worker role runs (the worker refuses to boot unless each job has one). */
export const WORKER_HANDLERS = [ApplyBatchHandler, SweepTransitionsHandler];
