import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ReadReplicas, RequestContext } from '@app/core';
import { auditDiff, AuditRecord } from './audit-diff';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  regionCode?: string | null;
  before?: AuditRecord | null;
  after?: AuditRecord | null;
  /** Extra facts for the trail (a reason, a username tried); never secrets. */
  note?: Record<string, unknown>;
  /** Who acted, when it is not the authenticated caller (a failed login, a system job). */
  actor?: { id: string | null; name: string | null };
}

export interface ListReadInput {
  entityType: string;
  /** The records whose personal data the answer showed. */
  ids: string[];
  regionCode: string | null;
  /** The fields with personal data, e.g. `applicant.name`. */
  fields: string[];
  /** What was asked for (the list's filters), without personal data. */
  query?: Record<string, unknown>;
}

/** Audited events about access, not about records (sign-in, sessions, tokens, reads and exports of personal data). */
const ACCESS_EVENT = /^(login|logout|session|token|pii|export|password|account)\b/;

/**
 * Writes the audit trail. Call `record` with the transaction's EntityManager so that the event
 * commits or rolls back with the change it describes.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replicas: ReadReplicas,
  ) {}

  async record(em: EntityManager, input: AuditInput): Promise<void> {
    await this.insert(em, input);
    // A change to records by a signed-in caller: their next statistics read the primary (see
    // ReadReplicas). Signing in and out and reads of personal data change no figure.
    const actorId = input.actor ? input.actor.id : RequestContext.current()?.principal?.id;
    if (actorId && !ACCESS_EVENT.test(input.action)) this.replicas.noteWrite(actorId);
  }

  private async insert(em: EntityManager, input: AuditInput): Promise<void> {
    // The actor, IP and request id are the request's metadata, so they are read from the request
    // context rather than passed: they describe who acted, not what the caller may see or change.
    const ctx = RequestContext.current();
    const principal = ctx?.principal;
    const changes = auditDiff(input.before, input.after);
    const payload = input.note ? { ...changes, note: input.note } : changes;
    // The event arrives unsealed; AuditSealer links it into the hash chain (seq, prev_hash, hash)
    // after it commits, so audited requests never wait for each other here.
    await em.query(
      `INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id, region_code, ip, request_id, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        input.actor ? input.actor.id : (principal?.id ?? null),
        input.actor ? input.actor.name : (principal?.name ?? 'system'),
        input.action,
        input.entityType,
        input.entityId ?? null,
        input.regionCode ?? null,
        ctx?.ip ?? null,
        ctx?.requestId ?? null,
        Object.keys(payload).length ? JSON.stringify(payload) : null,
      ],
    );
  }

  /** Records an event in a transaction of its own (e.g. a failed login, which must outlive the 401). */
  recordAlone(input: AuditInput): Promise<void> {
    return this.dataSource.transaction((em) => this.record(em, input));
  }

  /**
   * Records that the caller was shown personal data of these records in one list answer: one
   * `pii.list` event per answer naming every record read (`changes.note.ids`) and the fields shown,
   * nothing for an empty list. Call it before the answer leaves, so that no read goes unrecorded.
   */
  async recordListRead(input: ListReadInput): Promise<void> {
    if (!input.ids.length) return;
    await this.recordAlone({
      action: 'pii.list',
      entityType: input.entityType,
      regionCode: input.regionCode,
      note: { ...input.query, fields: input.fields, ids: input.ids },
    });
  }
}
