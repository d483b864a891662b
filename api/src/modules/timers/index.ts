// The timers module: durable deadlines (table `timer`), fired exactly once by whichever process claims them.
import { Timer } from './timer.entity';

export { Timer } from './timer.entity';
export { TimerRepository } from './timer.repository';
export { TimerService, backoffMs, type DueTimer, type FiringOption, type TimerHandler, type TimerSpec } from './timer.service';

/** The TypeORM entities of this module. */
export const timerEntities = [Timer];
