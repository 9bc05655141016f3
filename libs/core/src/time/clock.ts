import { Injectable } from '@nestjs/common';
import { businessDate } from './business-time';

/** The app's source of "now", replaced by a fixed clock in tests. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(): string {
    return businessDate(this.now());
  }
}

export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super();
  }
  override now(): Date {
    return new Date(this.instant);
  }
  set(instant: Date): void {
    this.instant = instant;
  }
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}
