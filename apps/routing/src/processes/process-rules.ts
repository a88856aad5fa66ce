import {
  FieldError,
  ProcessDefinitionV1,
  ProcessStepV1,
  ProcessingTimeV1,
  StepDurationV1,
  TimeUnit,
} from '@motcua/contracts';

/** Working hours in a standard working day of the Center (07:00–11:30, 13:30–17:00). */
export const WORKING_DAY_HOURS = 8;

// A time limit in calendar days spans weekends: five working days in seven, rounded down.
const WORKING_DAYS_PER_WEEK = 5;

/** A step's duration in working hours. */
export function stepHours(duration: StepDurationV1): number {
  return duration.unit === TimeUnit.WorkingHours ? duration.amount : duration.amount * WORKING_DAY_HOURS;
}

/**
 * The statutory time limit in working hours, the budget the steps must fit in. A same-day procedure ("trong
 * ngày", amount 0) has one working day; calendar days count only their working days.
 */
export function timeLimitHours(time: ProcessingTimeV1): number {
  if (time.amount === 0) return WORKING_DAY_HOURS;
  if (time.unit === TimeUnit.WorkingHours) return time.amount;
  if (time.unit === TimeUnit.WorkingDays) return time.amount * WORKING_DAY_HOURS;
  return Math.floor((time.amount * WORKING_DAYS_PER_WEEK) / 7) * WORKING_DAY_HOURS;
}

/** Keys of the steps whose `next` names `key`: the steps a join waits for. */
export function predecessorsOf(steps: readonly ProcessStepV1[], key: string): string[] {
  return steps.filter((step) => step.next.includes(key)).map((step) => step.key);
}

export interface ProcessCheck {
  readonly problems: FieldError[];
  readonly longestPathHours: number;
}

/**
 * Everything wrong with a process definition, each problem naming its field in Vietnamese: duplicate keys,
 * next steps that do not exist, cycles, steps unreachable from the first, and (when the procedure's time
 * limit is known) a longest path that does not fit in it.
 */
export function checkProcess(definition: ProcessDefinitionV1, limitHours: number | null): ProcessCheck {
  const { steps } = definition;
  const problems: FieldError[] = [];
  const index = new Map<string, number>();
  steps.forEach((step, i) => {
    if (index.has(step.key)) {
      problems.push({
        field: `steps.${i}.key`,
        constraint: 'unique',
        message: `Mã bước "${step.key}" bị trùng`,
      });
    } else index.set(step.key, i);
  });
  steps.forEach((step, i) => {
    for (const next of step.next) {
      if (!index.has(next)) {
        problems.push({
          field: `steps.${i}.next`,
          constraint: 'stepExists',
          message: `Bước "${step.name}" chuyển đến bước "${next}" không có trong quy trình`,
        });
      }
    }
  });
  if (problems.length > 0) return { problems, longestPathHours: 0 };

  const cycle = findCycle(steps, index);
  if (cycle) {
    return {
      problems: [
        {
          field: 'steps',
          constraint: 'cycle',
          message: `Quy trình có vòng lặp: ${cycle.join(' → ')}`,
        },
      ],
      longestPathHours: 0,
    };
  }
  const reachable = reachableFrom(steps, index, steps[0].key);
  steps.forEach((step, i) => {
    if (!reachable.has(step.key)) {
      problems.push({
        field: `steps.${i}`,
        constraint: 'unreachable',
        message: `Bước "${step.name}" không thể đến được từ bước đầu tiên`,
      });
    }
  });
  const longestPathHours = longestPath(steps, index, steps[0].key, new Map());
  if (limitHours !== null && longestPathHours > limitHours) {
    problems.push({
      field: 'steps',
      constraint: 'exceedsTimeLimit',
      message:
        `Tổng thời gian các bước (${longestPathHours} giờ làm việc) vượt thời hạn giải quyết của thủ tục ` +
        `(${limitHours} giờ làm việc)`,
    });
  }
  return { problems, longestPathHours };
}

function findCycle(steps: readonly ProcessStepV1[], index: Map<string, number>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === 'done') return null;
    if (state.get(key) === 'visiting') return [...path.slice(path.indexOf(key)), key];
    state.set(key, 'visiting');
    path.push(key);
    for (const next of steps[index.get(key) as number].next) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(key, 'done');
    return null;
  };
  for (const step of steps) {
    const found = visit(step.key);
    if (found) return found;
  }
  return null;
}

function reachableFrom(
  steps: readonly ProcessStepV1[],
  index: Map<string, number>,
  first: string,
): Set<string> {
  const seen = new Set<string>([first]);
  const pending = [first];
  while (pending.length > 0) {
    for (const next of steps[index.get(pending.pop() as string) as number].next) {
      if (!seen.has(next)) {
        seen.add(next);
        pending.push(next);
      }
    }
  }
  return seen;
}

function longestPath(
  steps: readonly ProcessStepV1[],
  index: Map<string, number>,
  key: string,
  memo: Map<string, number>,
): number {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const step = steps[index.get(key) as number];
  const rest = Math.max(0, ...step.next.map((next) => longestPath(steps, index, next, memo)));
  const total = stepHours(step.duration) + rest;
  memo.set(key, total);
  return total;
}
