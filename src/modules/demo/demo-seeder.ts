import { Injectable, Logger } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { fiscalYear, jstDate } from '../../core/time/jst';
import { AnswersService } from '../answers/answers.service';
import { hashPassword } from '../auth/auth.service';
import { BadgeTierEnum } from '../badges/badge.model';
import { BadgesService } from '../badges/badges.service';
import { CommentsService } from '../comments/comments.service';
import { IdeasService } from '../ideas/ideas.service';
import { IdeaStatus, PostKind, ReactionTargetType, Stamp } from '../posts/content.enums';
import { PostsService } from '../posts/posts.service';
import { AdoptionStatus } from '../practices/practices.model';
import { PracticesService } from '../practices/practices.service';
import { ReactionsService } from '../reactions/reactions.service';
import { CertificationsService } from '../skills/certifications.service';
import { CertificationTier } from '../skills/skill.model';
import { SkillsService } from '../skills/skills.service';
import { UsersService } from '../users/users.service';
import {
  DEMO_CITY,
  DEMO_CURATOR,
  DEMO_PASSWORD,
  demoAdoptions,
  demoAdoptionStepTime,
  demoAwards,
  demoCollectionPostTime,
  demoCollections,
  demoCollectionTime,
  demoDepartments,
  demoFeatured,
  demoPostTime,
  DemoStamp,
  demoStampTime,
  demoPosts,
  demoUsers,
} from './demo-data';
import { demoIdeas } from './demo-ideas';
import { DemoRepository } from './demo.repository';

const SEEDED_KEY = 'demo.seeded';
const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface SeedResult {
  seeded: boolean;
  reason?: string;
  counts?: {
    departments: number;
    users: number;
    posts: number;
    answers: number;
    comments: number;
    stamps: number;
    featured: number;
    collections: number;
    adoptions: number;
  };
}

/**
 * Seeds the Japanese demo through the same services the API uses, so every demo action has
 * its ledger entries and the demo is exactly what users could have produced themselves.
 * Only on an empty database, only once (a marker row makes a second run a no-op).
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly db: DbService,
    private readonly repo: DemoRepository,
    private readonly users: UsersService,
    private readonly posts: PostsService,
    private readonly answers: AnswersService,
    private readonly comments: CommentsService,
    private readonly reactions: ReactionsService,
    private readonly skills: SkillsService,
    private readonly badges: BadgesService,
    private readonly certifications: CertificationsService,
    private readonly practices: PracticesService,
    private readonly ideas: IdeasService,
  ) {}

  isSeeded(): boolean {
    return this.repo.hasSetting(SEEDED_KEY);
  }

  async seedIfEmpty(now: Date = new Date()): Promise<SeedResult> {
    if (this.isSeeded()) return { seeded: false, reason: 'already seeded' };
    const existing = this.repo.countUsers();
    if (existing > 0) return { seeded: false, reason: 'database already has users' };

    // Every demo account has the same password: one argon2id hash (a salted hash per person
    // would cost ~0.1 s of CPU each, far too slow for ~175 people at the first start).
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const userIds = new Map<string, number>();
    const viewers = new Map<string, Viewer>();
    // The organisation and the accounts exist from before the oldest post (April of last 年度).
    const oldest = Math.max(...demoPosts.map((p) => p.daysAgo));
    const createdAt = new Date(now.getTime() - (oldest + 14) * DAY).toISOString();
    const depIds = new Map<string, number>();

    this.db.tx(() => {
      demoDepartments.forEach((d, i) => {
        const id = this.repo.insertDepartment({
          code: d.code,
          name: d.name,
          level: d.level,
          parent_id: d.parentCode ? depIds.get(d.parentCode)! : null,
          sort_order: i,
          created_at: createdAt,
        });
        depIds.set(d.code, id);
      });
      demoUsers.forEach((u, i) => {
        const id = this.repo.insertUser({
          email: u.email.toLowerCase(),
          display_name: u.displayName,
          password_hash: passwordHash,
          role: u.role,
          role_category: u.roleCategory,
          layer: u.layer,
          // かえで市の職員番号（人事システムのキー）: the staff import matches people by it.
          employee_id: `K${String(i + 1).padStart(5, '0')}`,
          created_at: createdAt,
        });
        userIds.set(u.key, id);
        viewers.set(u.key, { id, role: u.role, displayName: u.displayName, sessionId: '' });
        for (const a of u.assignments) {
          this.repo.insertAssignment({
            user_id: id,
            department_id: depIds.get(a.departmentCode)!,
            title: a.title ?? null,
            start_date: a.startDate,
            end_date: a.endDate ?? null,
            created_at: createdAt,
          });
        }
        for (const code of u.managedDepartmentCodes ?? []) {
          this.repo.insertManagerScope({ user_id: id, department_id: depIds.get(code)! });
        }
      });
    });
    this.users.invalidateDepartments();

    const counts = {
      departments: demoDepartments.length,
      users: demoUsers.length,
      posts: 0,
      answers: 0,
      comments: 0,
      stamps: 0,
      featured: 0,
      collections: 0,
      adoptions: 0,
    };
    const clamp = (t: number) => new Date(Math.min(t, now.getTime() - 60_000));
    const stampAll = (stamps: DemoStamp[] | undefined, type: ReactionTargetType, id: string, base: number) => {
      (stamps ?? []).forEach((s, i) => {
        this.reactions.react(viewers.get(s.userKey)!, { targetType: type, targetId: id, stamp: s.stamp as Stamp }, clamp(demoStampTime(base, i)));
        counts.stamps++;
      });
    };
    const caseAuthors = new Map<string, { authorKey: string; title: string }>();
    const postIds = new Map<string, string>();

    // Everything below runs in one transaction: a half-seeded demo never exists.
    this.db.tx(() => {
      for (const p of [...demoPosts].sort((a, b) => b.daysAgo - a.daysAgo)) {
        const t0 = demoPostTime(p, now);
        const post = this.posts.create(
          viewers.get(p.authorKey)!,
          {
            kind: p.kind as PostKind,
            title: p.title,
            body: p.body,
            tags: p.tags,
            anonymous: p.anonymous ?? false,
            caseDetails: p.caseDetails ? { ...p.caseDetails, hoursSavedPerYear: p.caseDetails.hoursSavedPerYear ?? null } : null,
          },
          clamp(t0),
        );
        counts.posts++;
        postIds.set(p.key, post.id);
        if (p.kind === 'CASE') caseAuthors.set(p.key, { authorKey: p.authorKey, title: p.title });
        stampAll(p.stamps, ReactionTargetType.POST, post.id, t0);
        for (const c of p.comments ?? []) {
          const cm = this.comments.add(
            viewers.get(c.authorKey)!,
            { targetType: ReactionTargetType.POST, targetId: post.id, body: c.body },
            clamp(t0 + c.hoursAfter * HOUR),
          );
          counts.comments++;
          void cm;
        }
        const answerIds: string[] = [];
        for (const a of p.answers) {
          const ta = t0 + a.hoursAfter * HOUR;
          const ans = this.answers.create(viewers.get(a.authorKey)!, { postId: post.id, body: a.body }, clamp(ta));
          answerIds.push(ans.id);
          counts.answers++;
          stampAll(a.stamps, ReactionTargetType.ANSWER, ans.id, ta);
          for (const c of a.comments ?? []) {
            this.comments.add(
              viewers.get(c.authorKey)!,
              { targetType: ReactionTargetType.ANSWER, targetId: ans.id, body: c.body },
              clamp(ta + c.hoursAfter * HOUR),
            );
            counts.comments++;
          }
        }
        if (p.acceptedAnswerIndex !== undefined) {
          const accepted = p.answers[p.acceptedAnswerIndex];
          this.answers.accept(viewers.get(p.authorKey)!, answerIds[p.acceptedAnswerIndex], clamp(t0 + (accepted.hoursAfter + 3) * HOUR));
        }
      }
      this.seedRecognition(viewers, caseAuthors, now);
      Object.assign(counts, this.seedPractices(viewers, postIds, depIds, now, clamp));
      this.seedIdeaStatuses(viewers, postIds, now, clamp);
      this.repo.insertSetting({ key: SEEDED_KEY, value: JSON.stringify({ city: DEMO_CITY, at: now.toISOString() }), updated_at: now.toISOString() });
    });
    // Badges earned in the demo's past are not news: no "badge earned" pop-ups at first sign-in.
    this.repo.markBadgesSeenAtAward();
    this.logger.log(
      `デモデータを投入しました（${DEMO_CITY}）: 部署 ${counts.departments} / 職員 ${counts.users} / 投稿 ${counts.posts} / 回答 ${counts.answers} / コメント ${counts.comments} / スタンプ ${counts.stamps}` +
        ` / 優良事例 ${counts.featured} / まとめ ${counts.collections} / 横展開 ${counts.adoptions}`,
    );
    return { seeded: true, counts };
  }

  /**
   * What the DX office would have done by now: most staff chose to show their skills, the
   * 庁内DXアワード badges exist and were granted, and one person holds DX人材認定.
   */
  private seedRecognition(viewers: Map<string, Viewer>, cases: Map<string, { authorKey: string; title: string }>, now: Date): void {
    demoUsers.forEach((u, i) => {
      if (i % 3 !== 2) this.skills.setSkillsPublic(viewers.get(u.key)!, true);
    });
    const dx = viewers.get('dx-office')!;
    const awards: { code: string; name: string; description: string; tier: BadgeTierEnum }[] = [
      { code: 'DX_AWARD_GRAND', name: 'DXアワード 大賞', description: '庁内DXアワードで大賞を受賞した取組の担い手', tier: BadgeTierEnum.GOLD },
      {
        code: 'DX_AWARD_SERVICE',
        name: 'DXアワード 市民サービス部門賞',
        description: '市民の手続や体験を良くした取組に贈られる部門賞',
        tier: BadgeTierEnum.SILVER,
      },
      {
        code: 'DX_AWARD_EFFICIENCY',
        name: 'DXアワード 業務改善部門賞',
        description: '業務の効率化で大きな効果を上げた取組に贈られる部門賞',
        tier: BadgeTierEnum.SILVER,
      },
    ];
    for (const a of awards) this.badges.createManual(dx, a);
    // last 年度's award, counted in JST (1 April 00:00–09:00 JST is still March in UTC)
    const fy = fiscalYear(now) - 1;
    const grand = cases.get(demoAwards.grand);
    if (grand)
      this.badges.grant(dx, {
        badgeCode: 'DX_AWARD_GRAND',
        userId: String(viewers.get(grand.authorKey)!.id),
        citation: `${fy}年度 庁内DXアワード大賞「${grand.title}」`,
        awardKey: String(fy),
      });
    const efficiency = cases.get(demoAwards.efficiency);
    if (efficiency) {
      const userId = String(viewers.get(efficiency.authorKey)!.id);
      this.badges.grant(dx, {
        badgeCode: 'DX_AWARD_EFFICIENCY',
        userId,
        citation: `${fy}年度 業務改善部門賞「${efficiency.title}」`,
        awardKey: String(fy),
      });
      this.certifications.grant(dx, {
        userId,
        tier: CertificationTier.ADVISOR,
        fiscalYear: fy + 1,
        note: 'RPA・AI-OCR導入プロジェクトにメンバーとして参加し、報告会で高い評価を得たため',
        evidence: [],
      });
    }
  }

  /**
   * The DX office's work through PracticesService, dated in the demo's past and run in time
   * order: the featured posts (優良事例), the collections (まとめ) and every recorded step of
   * each department's adoption (横展開), whose 導入中・導入済み credit the case's author.
   */
  private seedPractices(
    viewers: Map<string, Viewer>,
    postIds: Map<string, string>,
    depIds: Map<string, number>,
    now: Date,
    clamp: (t: number) => Date,
  ): { featured: number; collections: number; adoptions: number } {
    const curator = viewers.get(DEMO_CURATOR)!;
    const id = (key: string) => {
      const v = postIds.get(key);
      if (!v) throw new Error(`demo practices: no post ${key}`);
      return v;
    };
    const postTime = new Map(demoPosts.map((p) => [p.key, demoPostTime(p, now)]));
    const acts: { at: number; run: (at: Date) => unknown }[] = [];

    for (const f of demoFeatured) {
      acts.push({ at: postTime.get(f.postKey)! + f.hoursAfter * HOUR, run: (at) => this.practices.featurePost(curator, id(f.postKey), f.note, at) });
    }
    for (const c of demoCollections) {
      let collectionId = '';
      acts.push({
        at: demoCollectionTime(c, now),
        run: (at) => (collectionId = this.practices.createCollection(curator, { title: c.title, description: c.description }, at).id),
      });
      c.posts.forEach((p, i) =>
        acts.push({
          at: demoCollectionPostTime(c, i, now),
          run: (at) => this.practices.addToCollection(curator, collectionId, id(p.postKey), p.position ?? null, at),
        }),
      );
    }
    for (const a of demoAdoptions) {
      a.steps.forEach((s, i) =>
        acts.push({
          at: demoAdoptionStepTime(a, i, now),
          run: (at) =>
            this.practices.recordAdoption(
              viewers.get(s.byKey)!,
              {
                postId: id(a.postKey),
                departmentId: String(depIds.get(a.departmentCode)!),
                status: s.status as AdoptionStatus,
                adoptedOn: s.status === 'ADOPTED' ? jstDate(at) : null,
                hoursSavedPerYear: s.hoursSavedPerYear ?? null,
                note: s.note,
                followUpPostId: s.followUpPostKey ? id(s.followUpPostKey) : null,
              },
              at,
            ),
        }),
      );
    }
    // a stable sort: a collection is created before the posts added to it a minute later
    for (const act of acts.sort((x, y) => x.at - y.at)) act.run(clamp(act.at));
    return { featured: demoFeatured.length, collections: demoCollections.length, adoptions: demoAdoptions.length };
  }

  /** What became of some ideas (検討中 / 採用 / 見送り, with the DX office's notes), dated after each idea was posted. */
  private seedIdeaStatuses(viewers: Map<string, Viewer>, postIds: Map<string, string>, now: Date, clamp: (t: number) => Date): void {
    const postTime = new Map(demoPosts.map((p) => [p.key, demoPostTime(p, now)]));
    for (const idea of demoIdeas) {
      const postId = postIds.get(idea.postKey);
      if (!postId) throw new Error(`demo ideas: no post ${idea.postKey}`);
      for (const s of idea.steps) {
        this.ideas.setStatus(viewers.get(s.byKey)!, postId, s.status as IdeaStatus, s.note, clamp(postTime.get(idea.postKey)! + s.daysAfter * 24 * HOUR));
      }
    }
  }

  loginBanner(baseUrl: string): string {
    const fixed = ['admin', 'dx-office', 'manager', 'staff01', 'staff02', 'staff03', 'staff05'];
    // what to look at with these two: the DX office's curation, and a case other departments adopted
    const hints: Record<string, string> = {
      [DEMO_CURATOR]: '優良事例・まとめ・横展開の効果',
      staff05: '事例が3部署で導入（横展開の立役者）',
    };
    const rows = fixed
      .map((k) => demoUsers.find((u) => u.key === k))
      .filter((u): u is (typeof demoUsers)[number] => !!u)
      .map((u) => `    ${u.email.padEnd(34)} ${u.role.padEnd(10)} ${u.displayName}${hints[u.key] ? `  … ${hints[u.key]}` : ''}`);
    return [
      '',
      `  伴走 Banso — ${baseUrl}`,
      `  デモ用ログイン（パスワードはすべて "${DEMO_PASSWORD}"）:`,
      ...rows,
      `    staff01〜staff30@demo.banso.example    STAFF など`,
      `    （同僚 staff031〜${demoUsers[demoUsers.length - 1].key}@demo.banso.example も同じパスワード、全 ${demoUsers.length} 人）`,
      '',
    ].join('\n');
  }
}
