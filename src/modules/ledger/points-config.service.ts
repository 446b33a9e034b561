import { Injectable } from '@nestjs/common';
import { ContributionKind, DEFAULT_POINTS, StampKind } from './contribution-kinds';
import { LedgerRepository } from './ledger.repository';

export interface PointsConfig {
  QUESTION_POSTED: number;
  CASE_POSTED: number;
  IDEA_POSTED: number;
  ANSWER_POSTED: number;
  COMMENT_POSTED: number;
  ANSWER_ACCEPTED: number;
  STAMP_GIVEN: number;
  STAMP_RECEIVED: Record<StampKind, number>;
  POST_FEATURED: number;
  CASE_ADOPTED: number;
  /** points from stamps received count at most this much per person, skill and JST day */
  stampDailyCap: number;
  /** skill level n is reached at levelThresholds[n-1] points (levels 0–4) */
  levelThresholds: number[];
}

export const DEFAULT_POINTS_CONFIG: PointsConfig = {
  ...DEFAULT_POINTS,
  STAMP_RECEIVED: { ...DEFAULT_POINTS.STAMP_RECEIVED },
  stampDailyCap: 10,
  levelThresholds: [10, 30, 80, 200],
};

/**
 * Points per contribution kind are configuration (app_setting), read when a fact is recorded:
 * the ledger keeps the points given at the time, so changing them never rewrites history.
 */
@Injectable()
export class PointsConfigService {
  private cached: PointsConfig | null = null;

  constructor(private readonly repo: LedgerRepository) {}

  get(): PointsConfig {
    if (this.cached) return this.cached;
    const json = this.repo.findPointsConfig();
    const stored = json !== undefined ? (JSON.parse(json) as Partial<PointsConfig>) : {};
    this.cached = {
      ...DEFAULT_POINTS_CONFIG,
      ...stored,
      STAMP_RECEIVED: { ...DEFAULT_POINTS_CONFIG.STAMP_RECEIVED, ...(stored.STAMP_RECEIVED ?? {}) },
    };
    return this.cached;
  }

  set(config: PointsConfig): PointsConfig {
    this.repo.savePointsConfig(JSON.stringify(config), new Date().toISOString());
    this.cached = null;
    return this.get();
  }

  pointsFor(kind: ContributionKind, stamp?: StampKind | null): number {
    const c = this.get();
    if (kind === ContributionKind.STAMP_RECEIVED) return c.STAMP_RECEIVED[stamp ?? 'CHEER'];
    return c[kind] as number;
  }

  level(points: number): number {
    return this.get().levelThresholds.filter((t) => points >= t).length;
  }
}
