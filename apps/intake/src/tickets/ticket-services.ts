import type { CounterKind, TicketServiceV1 } from '@motcua/contracts';
import type { Counter } from '../counters/counter.entity';
import type { Unit } from '../units/unit.entity';

const KIND_SERVICE_NAMES: Record<Exclude<CounterKind, 'intake'>, string> = {
  inter_agency: 'Hồ sơ liên thông thuộc thẩm quyền UBND tỉnh',
  result_return: 'Trả kết quả',
  postal: 'Dịch vụ bưu chính công ích',
  fee: 'Nộp phí, lệ phí',
};

/**
 * What the kiosk offers, derived from the counters: each department an intake counter serves, and each other
 * kind of counter. A service lists the counters that call its tickets.
 */
export function ticketServices(counters: Counter[], units: Unit[]): TicketServiceV1[] {
  const services = new Map<string, { name: string; counters: number[] }>();
  const add = (key: string, name: string, counter: number) => {
    const service = services.get(key) ?? { name, counters: [] };
    service.counters.push(counter);
    services.set(key, service);
  };
  for (const counter of counters) {
    if (counter.kind === 'intake') {
      for (const code of counter.unitCodes)
        add(code, units.find((u) => u.code === code)?.shortName ?? code, counter.number);
    } else {
      add(counter.kind, KIND_SERVICE_NAMES[counter.kind], counter.number);
    }
  }
  return [...services].map(([key, { name, counters: numbers }]) => ({
    key,
    name,
    counters: numbers.sort((a, b) => a - b),
  }));
}

/** The services a counter calls tickets for. */
export function servicesOfCounter(counter: Counter): string[] {
  return counter.kind === 'intake' ? counter.unitCodes : [counter.kind];
}
