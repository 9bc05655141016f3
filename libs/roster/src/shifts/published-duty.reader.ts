import { Injectable } from '@nestjs/common';
import { type DutyReader, type PublicDuty, StaffService } from '@app/org';
import { DutyShiftsRepository } from './duty-shifts.repository';
import { shiftTimes } from './dto/shift.response';

/** Published duty at service points, as the public sees it (handed to the registry's ServicePointsService). */
@Injectable()
export class PublishedDutyReader implements DutyReader {
  constructor(
    private readonly shifts: DutyShiftsRepository,
    private readonly staff: StaffService,
  ) {}

  async publishedDuty(pointIds: string[], from: string, to: string): Promise<PublicDuty[]> {
    const shifts = await this.shifts.findPublishedAt(pointIds, from, to);
    const names = await this.staff.namesOf(shifts.map((s) => s.lawyerId));
    return shifts.map((s) => ({
      servicePointId: s.servicePointId,
      lawyerName: names.get(s.lawyerId) ?? '',
      date: s.date,
      ...shiftTimes(s),
      kind: s.kind,
    }));
  }
}
