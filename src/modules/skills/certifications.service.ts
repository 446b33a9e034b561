import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { requireCapability } from '../../core/policy/capabilities';
import { fiscalYear } from '../../core/time/jst';
import { assertNoBidi, isValidEvidence, parseId, requireText } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../users/users.service';
import { CertificationAction, CertificationEventRow, CertificationsRepository } from './certifications.repository';
import { Certification, CertificationEvent, CertificationTier, GrantCertificationInput } from './skill.model';

/**
 * DX人材認定 (moka-2023 tiers), granted and revoked by the DX office with a note and
 * evidence. Kept as an append-only history; the tiers held are the ones whose latest event
 * is a grant.
 */
@Injectable()
export class CertificationsService {
  constructor(
    private readonly db: DbService,
    private readonly audit: AuditService,
    private readonly repo: CertificationsRepository,
    private readonly users: UsersService,
  ) {}

  private assertDxOffice(viewer: Viewer) {
    requireCapability(viewer, 'certifications.grant');
  }

  history(userId: number): CertificationEvent[] {
    return this.repo.historyOf(userId).map((r) => ({
      id: String(r.id),
      action: r.action,
      tier: r.tier,
      fiscalYear: r.fiscal_year,
      note: r.note,
      evidence: JSON.parse(r.evidence) as string[],
      actedBy: this.users.findById(r.acted_by_id),
      at: r.acted_at,
    }));
  }

  /**
   * Tiers held now. `withDetails` (note and evidence) must be the same decision as the one
   * that shows `certificationHistory`: the person, their managers, the DX office and admins.
   * Everyone else gets the tier and year only, with note and evidence null.
   */
  current(userId: number, withDetails: boolean): Certification[] {
    const latest = new Map<CertificationTier, CertificationEventRow>();
    for (const r of this.repo.eventsOf(userId)) latest.set(r.tier, r);
    const order = [CertificationTier.SPECIALIST, CertificationTier.EXPERT, CertificationTier.ADVISOR];
    return order
      .map((t) => latest.get(t))
      .filter((r): r is CertificationEventRow => !!r && r.action === 'GRANT')
      .map((r) => ({
        tier: r.tier,
        fiscalYear: r.fiscal_year,
        grantedAt: r.acted_at,
        note: withDetails ? r.note : null,
        evidence: withDetails ? (JSON.parse(r.evidence) as string[]) : null,
      }));
  }

  private act(viewer: Viewer, action: CertificationAction, input: GrantCertificationInput): Certification[] {
    this.assertDxOffice(viewer);
    const userId = parseId(input.userId);
    if (!userId || !this.users.findById(userId)) throw notFound('職員');
    const note = (input.note ?? '').trim();
    if (!note) throw badInput(action === 'GRANT' ? '認定の理由（メモ）を入力してください。' : '取消の理由（メモ）を入力してください。', 'note');
    requireText(note, 'メモ', 1000, 'note'); // control characters, nothing visible
    assertNoBidi(note, 'メモ', 'note');
    const evidence = (input.evidence ?? []).map((e) => e.normalize('NFC').trim()).filter(Boolean);
    evidence.forEach((e, i) => {
      if (!isValidEvidence(e)) {
        throw badInput(
          `根拠（${i + 1}件目）は、投稿番号（例: 42）、投稿・回答のパス（/posts/42、/posts/42#answer-7）、または http:// か https:// で始まるURLで入力してください。`,
          'evidence',
        );
      }
    });
    const held = this.current(userId, false).some((c) => c.tier === input.tier);
    if (action === 'GRANT' && held) throw badInput('この区分は既に認定されています。', 'tier');
    if (action === 'REVOKE' && !held) throw badInput('この区分は認定されていません。', 'tier');
    const fy = input.fiscalYear ?? fiscalYear();
    this.db.tx(() => {
      this.repo.append({
        user_id: userId,
        action,
        tier: input.tier,
        fiscal_year: fy,
        note,
        evidence: JSON.stringify(evidence),
        acted_by_id: viewer.id,
        acted_at: new Date().toISOString(),
      });
      this.audit.record(viewer.id, action === 'GRANT' ? 'CERTIFICATION_GRANTED' : 'CERTIFICATION_REVOKED', 'USER', userId, {
        tier: input.tier,
        fiscalYear: fy,
        note,
      });
    });
    return this.current(userId, true);
  }

  grant(viewer: Viewer, input: GrantCertificationInput): Certification[] {
    return this.act(viewer, 'GRANT', input);
  }

  revoke(viewer: Viewer, input: GrantCertificationInput): Certification[] {
    return this.act(viewer, 'REVOKE', input);
  }
}
