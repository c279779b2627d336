// Opening a case: its creator becomes its lead.
import type { Actor } from '../actor';
import { requirePermission } from '../access';
import type { Case } from '../case';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { normalizeTrustedMailHosts } from '../mail-hosts';
import { checkOffences, type OffenceRef } from '../offences';
import { actorEvent, recordEvent } from '../record-event';

export interface CreateCaseProps {
  reference: string;
  title: string;
  description?: string;
  country: string;
  timeZone: string;
  offences: OffenceRef[];
  training?: boolean;
  trustedMailHosts?: string[];
}

export function assertValidTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new TamgaError('VALIDATION_FAILED', `Unknown time zone ${timeZone}`);
  }
}

export async function createCase(deps: Deps, actor: Actor, props: CreateCaseProps): Promise<Case> {
  requirePermission(actor, 'cases.create');
  const training = actor.role === 'trainee' ? true : (props.training ?? false);
  if (actor.role === 'trainee' && props.training === false) throw new TamgaError('TRAINING_ONLY');
  const offenceProblem = checkOffences(props.offences);
  if (offenceProblem) throw new TamgaError(offenceProblem);
  assertValidTimeZone(props.timeZone);
  const trustedMailHosts = normalizeTrustedMailHosts(props.trustedMailHosts ?? []);
  const reference = props.reference.trim();
  if (!reference || !props.title.trim()) throw new TamgaError('VALIDATION_FAILED', 'A case needs a reference number and a title');
  return deps.store.transaction(async (tx) => {
    if (await tx.cases.byReference(reference)) throw new TamgaError('CASE_REFERENCE_TAKEN');
    const now = deps.clock.now().toISOString();
    const record: Case = {
      id: deps.random.id(),
      reference,
      title: props.title.trim(),
      description: props.description?.trim() ?? '',
      country: props.country.toUpperCase(),
      timeZone: props.timeZone,
      status: 'open',
      training,
      offences: props.offences.map((o) => ({ ...o, code: o.code.trim() })),
      trustedMailHosts,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
    };
    await tx.cases.insert(record);
    await tx.cases.upsertMember({ caseId: record.id, userId: actor.userId, level: 'lead', addedAt: now, addedBy: actor.userId });
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.created', {
        caseId: record.id,
        targetType: 'case',
        targetId: record.id,
        details: {
          reference,
          training,
          offences: record.offences.map((o) => o.code),
          ...(trustedMailHosts.length > 0 ? { trustedMailHosts } : {}),
        },
      }),
    );
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.member_added', { caseId: record.id, targetType: 'user', targetId: actor.userId, details: { level: 'lead' } }),
    );
    return record;
  });
}
