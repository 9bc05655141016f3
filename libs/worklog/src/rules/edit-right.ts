export interface EditableEntry {
  /** The lawyer the entry belongs to (the lecturer of a workshop). */
  ownerId: string | null;
  /** When the service or workshop took place: the edit window counts from its business day. */
  at: Date;
  voidedAt: Date | null;
}

export type EditRight =
  { as: 'author' } | { as: 'official' } | { refused: 'not_yours' | 'locked' | 'voided' };

/**
 * Who may change an entry, and as what: its own lawyer while the edit window is open (an author's
 * edit), else an official of the jurisdiction (a correction, with a reason). Jurisdiction itself is
 * applied when the entry is looked up.
 */
export function editRight(
  caller: { id: string; isOfficial: boolean },
  entry: EditableEntry,
  now: Date,
  editableUntil: Date,
): EditRight {
  if (entry.voidedAt) return { refused: 'voided' };
  const isAuthor = entry.ownerId === caller.id;
  if (isAuthor && now < editableUntil) return { as: 'author' };
  if (caller.isOfficial) return { as: 'official' };
  return isAuthor ? { refused: 'locked' } : { refused: 'not_yours' };
}
