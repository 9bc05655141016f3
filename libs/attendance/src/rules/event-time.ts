export interface ClockBounds {
  clockSkewSeconds: number;
  maxDelayHours: number;
}

export type EventTime =
  | { ok: true; at: Date; flags: 'delayed'[]; needsReview: boolean }
  | { ok: false; reason: 'client_time_in_future' };

/**
 * Which time a sign-in counts at. The server's clock, unless the phone queued the sign-in offline
 * and sent it late: then its own time, flagged `delayed`; older than `maxDelayHours` it still keeps
 * its own time but `needsReview` (it counts once an official accepts it). A client clock ahead of the
 * server beyond the skew is refused.
 */
export function eventTime(server: Date, client: Date | undefined, bounds: ClockBounds): EventTime {
  if (!client) return { ok: true, at: server, flags: [], needsReview: false };
  const aheadMs = client.getTime() - server.getTime();
  const skewMs = bounds.clockSkewSeconds * 1000;
  if (aheadMs > skewMs) return { ok: false, reason: 'client_time_in_future' };
  if (-aheadMs <= skewMs) return { ok: true, at: server, flags: [], needsReview: false };
  return {
    ok: true,
    at: client,
    flags: ['delayed'],
    needsReview: -aheadMs > bounds.maxDelayHours * 3_600_000,
  };
}
