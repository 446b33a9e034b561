import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `stats_month`: standing ledger facts per JST month (`YYYY-MM`), department (0: none) and kind; kept by triggers, rebuilt by `npm run stats:rebuild`. */
@Entity({ name: 'stats_month' })
export class StatsMonthEntity {
  @PrimaryColumn({ type: 'text' }) month: string;
  @Column({ type: 'integer' }) fiscal_year: number;
  @PrimaryColumn({ type: 'integer' }) department_id: number;
  @PrimaryColumn({ type: 'text' }) kind: string;
  @Column({ type: 'integer' }) n: number;
}

/** `stats_month_person`: standing facts a person did (posted, answered, commented, stamped) per month and department. */
@Entity({ name: 'stats_month_person' })
export class StatsMonthPersonEntity {
  @PrimaryColumn({ type: 'text' }) month: string;
  @Column({ type: 'integer' }) fiscal_year: number;
  @PrimaryColumn({ type: 'integer' }) department_id: number;
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  @Column({ type: 'integer' }) n: number;
}

/** `stats_year_person`: standing facts per 年度, department and person — what they did (`n`), and their points and contributions made under their name (the opt-in leaderboard). */
@Entity({ name: 'stats_year_person' })
export class StatsYearPersonEntity {
  @PrimaryColumn({ type: 'integer' }) fiscal_year: number;
  @PrimaryColumn({ type: 'integer' }) department_id: number;
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  @Column({ type: 'integer' }) n: number;
  @Column({ type: 'integer' }) named_points: number;
  @Column({ type: 'integer' }) named_n: number;
}
