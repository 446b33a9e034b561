import { Inject, Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { DbService } from '../../core/database/db.service';
import { badInput, personalInfoSuspected } from '../../core/errors/app-error';
import { renderMarkdown } from '../../core/markdown/markdown';
import { requireCapability } from '../../core/policy/capabilities';
import { LIMITS } from '../../core/validation/limits';
import { describeFindings, findPersonalInfo, PersonalInfoFinding, PersonalInfoRules } from '../../core/validation/personal-info';
import { AuditService } from '../audit/audit.service';
import { DEFAULT_POSTING_GUIDELINES } from './default-guidelines';
import { GuardRules, PostingGuidelines } from './guard.model';
import { GuardRepository } from './guard.repository';

export const GUARD_WORDS_MAX = 200;
export const GUARD_WORD_LENGTH = 50;
/** The account domains are read again after this long (a new domain appears with an import). */
const DOMAINS_TTL_MS = 60_000;

/** Where a screened text goes, for the audit row of an overridden warning. */
export interface GuardTarget {
  type: 'POST' | 'ANSWER' | 'COMMENT';
  id: number;
  /**
   * Written under the anonymity of an anonymous question (the question, or the asker's own
   * answer or comment in its thread): the audit row then names no actor, so the audit log
   * does not reveal who asked.
   */
  anonymous: boolean;
}

/**
 * The personal-information guard (#13): a post, answer or comment that looks like it holds a
 * resident's personal information is refused with PERSONAL_INFO_SUSPECTED (kinds and masked
 * excerpts in the message and in `extensions.findings`) unless the request says the warning
 * was seen (`acknowledgeWarnings: true`); then one audit row (the kinds only, never the text)
 * is written in the publishing transaction. Also the DX office's word list and the posting
 * guidelines, shown once to each person before their first post.
 */
@Injectable()
export class GuardService {
  private domainsCache: { at: number; domains: string[] } | null = null;

  constructor(
    private readonly db: DbService,
    private readonly repo: GuardRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The city's own e-mail domains: STAFF_EMAIL_DOMAINS, else the domains of the active accounts. */
  staffEmailDomains(): string[] {
    if (this.config.staffEmailDomains.length > 0) return this.config.staffEmailDomains;
    const now = Date.now();
    if (!this.domainsCache || now - this.domainsCache.at > DOMAINS_TTL_MS) this.domainsCache = { at: now, domains: this.repo.accountEmailDomains() };
    return this.domainsCache.domains;
  }

  rules(): PersonalInfoRules {
    return { staffEmailDomains: this.staffEmailDomains(), words: this.repo.words().map((w) => w.word) };
  }

  guardRules(): GuardRules {
    const r = this.rules();
    return { words: [...r.words], staffEmailDomains: [...r.staffEmailDomains], wordsUpdatedAt: this.repo.wordsUpdatedAt() };
  }

  /**
   * Checks the texts about to be published. Refuses with PERSONAL_INFO_SUSPECTED when something
   * is found and the warning was not acknowledged; returns what was found (to be recorded with
   * `recordOverride` inside the publishing transaction).
   */
  screen(texts: readonly (string | null | undefined)[], acknowledged: boolean | null | undefined): PersonalInfoFinding[] {
    const rules = this.rules();
    const findings: PersonalInfoFinding[] = [];
    const seen = new Set<string>();
    for (const text of texts) {
      if (!text) continue;
      for (const f of findPersonalInfo(text, rules)) {
        const key = `${f.kind}:${f.excerpt}`;
        if (!seen.has(key)) findings.push(f);
        seen.add(key);
      }
    }
    if (findings.length > 0 && !acknowledged) {
      throw personalInfoSuspected(
        `個人情報の可能性がある内容が含まれています（${describeFindings(findings)}）。住民の個人情報は投稿できません。内容を確認し、個人情報が含まれていない場合は確認のうえ送信してください。`,
        findings,
      );
    }
    return findings;
  }

  /** Inside the publishing transaction: the warning was overridden (kinds and counts only, never the text). */
  recordOverride(viewer: Viewer, findings: readonly PersonalInfoFinding[], target: GuardTarget): void {
    if (findings.length === 0) return;
    const kinds = [...new Set(findings.map((f) => f.kind))];
    this.audit.record(target.anonymous ? null : viewer.id, 'PERSONAL_INFO_WARNING_OVERRIDDEN', target.type, target.id, {
      kinds,
      count: findings.length,
      ...(target.anonymous ? { anonymous: true } : {}),
    });
  }

  updateWords(viewer: Viewer, wordsRaw: readonly string[], at = new Date()): GuardRules {
    requireCapability(viewer, 'guard.edit');
    const words = [...new Set(wordsRaw.map((w) => w.normalize('NFKC').trim()).filter((w) => w !== ''))];
    if (words.length > GUARD_WORDS_MAX) throw badInput(`注意語は${GUARD_WORDS_MAX}語までです。`, 'words');
    const long = words.find((w) => w.length > GUARD_WORD_LENGTH);
    if (long) throw badInput(`注意語は1語${GUARD_WORD_LENGTH}文字以内で入力してください（「${long.slice(0, 20)}…」）。`, 'words');
    if (words.some((w) => /[\r\n]/.test(w))) throw badInput('注意語に改行は使えません。', 'words');
    const before = this.repo.words().map((w) => w.word);
    this.db.tx(() => {
      this.repo.replaceWords(words, viewer.id, at.toISOString());
      this.audit.record(viewer.id, 'GUARD_WORDS_UPDATED', null, null, undefined, { before: { words: before }, after: { words } });
    });
    return this.guardRules();
  }

  guidelines(viewer: Viewer | null): PostingGuidelines {
    const stored = this.repo.guidelines();
    const body = stored?.body ?? DEFAULT_POSTING_GUIDELINES;
    return {
      body,
      html: stored?.html ?? renderMarkdown(body),
      updatedAt: stored?.updatedAt ?? null,
      // Shown before a person's first post: someone who has already posted is past it.
      viewerHasSeen: !!viewer && (!!this.repo.guidelinesSeen(viewer.id) || this.repo.hasPublished(viewer.id)),
    };
  }

  updateGuidelines(viewer: Viewer, bodyRaw: string, at = new Date()): PostingGuidelines {
    requireCapability(viewer, 'guard.edit');
    const body = bodyRaw.replace(/\r\n?/g, '\n').trim();
    if (body === '') throw badInput('ガイドラインの本文を入力してください。', 'body');
    if (body.length > LIMITS.body) throw badInput(`ガイドラインは${LIMITS.body}文字以内で入力してください。`, 'body');
    const html = renderMarkdown(body);
    const before = this.repo.guidelines();
    this.db.tx(() => {
      this.repo.setGuidelines(body, html, at.toISOString());
      this.audit.record(viewer.id, 'POSTING_GUIDELINES_UPDATED', null, null, undefined, {
        before: { length: (before?.body ?? DEFAULT_POSTING_GUIDELINES).length },
        after: { length: body.length },
      });
    });
    return this.guidelines(viewer);
  }

  acknowledgeGuidelines(viewer: Viewer, at = new Date()): PostingGuidelines {
    this.db.tx(() => this.repo.acknowledgeGuidelines(viewer.id, at.toISOString()));
    return this.guidelines(viewer);
  }
}
