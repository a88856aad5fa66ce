import { Injectable } from '@nestjs/common';

/** The clock's "now": the system time, replaced in tests that need to stand at a chosen moment. */
@Injectable()
export class TimeSource {
  now(): Date {
    return new Date();
  }
}
