import { ApplyBatchHandler } from './apply-batch.handler';
import { RecomputeOpenCasesHandler } from './recompute-open-cases.handler';
import { SweepTransitionsHandler } from './sweep-transitions.handler';

/** Every job handler the worker role runs (the worker refuses to boot unless each job has one). */
export const WORKER_HANDLERS = [ApplyBatchHandler, SweepTransitionsHandler, RecomputeOpenCasesHandler];
