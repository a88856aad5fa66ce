import { ProcessDefinitionV1, TimeUnit } from '@motcua/contracts';
import { processDefinitionV1 } from '@motcua/contracts/test';
import { checkProcess, predecessorsOf, stepHours, timeLimitHours } from './process-rules';

const withSteps = (change: (steps: ProcessDefinitionV1['steps']) => ProcessDefinitionV1['steps']) => {
  const base = processDefinitionV1();
  return { ...base, steps: change(base.steps) };
};

describe('process rules', () => {
  describe('timeLimitHours', () => {
    it.each([
      [{ amount: 10, unit: TimeUnit.WorkingDays }, 80],
      [{ amount: 4, unit: TimeUnit.WorkingHours }, 4],
      [{ amount: 35, unit: TimeUnit.CalendarDays }, 200],
      [{ amount: 10, unit: TimeUnit.CalendarDays }, 56],
      [{ amount: 0, unit: TimeUnit.WorkingDays }, 8],
    ])('should give %j as %d working hours', (time, hours) => {
      const result = timeLimitHours(time);

      expect(result).toBe(hours);
    });
  });

  describe('stepHours', () => {
    it('should count a working day as 8 working hours', () => {
      const hours = stepHours({ amount: 1.5, unit: TimeUnit.WorkingDays });

      expect(hours).toBe(12);
    });
  });

  describe('checkProcess', () => {
    it('should accept the demo inter-agency chain within 35 calendar days and measure its longest path', () => {
      const definition = processDefinitionV1();

      const result = checkProcess(definition, timeLimitHours({ amount: 35, unit: TimeUnit.CalendarDays }));

      expect(result).toEqual({ problems: [], longestPathHours: 176 });
    });

    it('should measure parallel branches that join by their longest branch', () => {
      const definition = withSteps(([first, second, third]) => [
        { ...first, next: ['y-kien', 'y-kien-2'] },
        second,
        { ...second, key: 'y-kien-2', duration: { amount: 8, unit: TimeUnit.WorkingDays } },
        third,
      ]);

      const result = checkProcess(definition, null);

      expect(result.problems).toEqual([]);
      expect(result.longestPathHours).toBe((10 + 8 + 7) * 8);
      expect(predecessorsOf(definition.steps, 'quyet-dinh')).toEqual(['y-kien', 'y-kien-2']);
    });

    it('should refuse a cycle and name its steps', () => {
      const definition = withSteps((steps) =>
        steps.map((s, i) => (i === 2 ? { ...s, next: ['y-kien'] } : s)),
      );

      const result = checkProcess(definition, null);

      expect(result.problems).toEqual([
        {
          field: 'steps',
          constraint: 'cycle',
          message: 'Quy trình có vòng lặp: y-kien → quyet-dinh → y-kien',
        },
      ]);
    });

    it('should refuse a step nothing leads to', () => {
      const definition = withSteps((steps) =>
        steps.map((s, i) => (i === 0 ? { ...s, next: ['quyet-dinh'] } : s)),
      );

      const result = checkProcess(definition, null);

      expect(result.problems).toEqual([
        expect.objectContaining({ field: 'steps.1', constraint: 'unreachable' }),
      ]);
    });

    it('should refuse duplicate keys and next steps that do not exist', () => {
      const definition = withSteps(([first, second, third]) => [
        { ...first, next: ['khong-co'] },
        { ...second, key: 'tham-dinh' },
        third,
      ]);

      const result = checkProcess(definition, null);

      expect(result.problems.map((p) => [p.field, p.constraint])).toEqual([
        ['steps.1.key', 'unique'],
        ['steps.0.next', 'stepExists'],
      ]);
    });

    it('should refuse a longest path beyond the time limit, with both figures', () => {
      const definition = processDefinitionV1();

      const result = checkProcess(definition, 20 * 8);

      expect(result.problems).toEqual([
        {
          field: 'steps',
          constraint: 'exceedsTimeLimit',
          message:
            'Tổng thời gian các bước (176 giờ làm việc) vượt thời hạn giải quyết của thủ tục (160 giờ làm việc)',
        },
      ]);
    });
  });
});
