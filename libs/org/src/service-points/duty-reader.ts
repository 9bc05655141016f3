/** One published duty at a service point, as the public sees it. */
export interface PublicDuty {
  servicePointId: string;
  lawyerName: string;
  date: string;
  /** Local times HH:mm. */
  from: string;
  to: string;
  startsAt: string;
  endsAt: string;
  kind: string;
}

/**
 * Published duty at service points, provided by the roster module, which hands it to
 * `ServicePointsService.readDutyFrom` when it starts. The registry shows it on its public reads
 * without depending on the roster module (which depends on the registry).
 */
export interface DutyReader {
  publishedDuty(servicePointIds: string[], from: string, to: string): Promise<PublicDuty[]>;
}
