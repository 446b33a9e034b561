import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { FeedDensity } from './preferences.model';
import { UserPreferenceEntity } from './user-preference.entity';

/** A person's display preferences (user_preference), read and written by themselves only. */
@Injectable()
export class PreferencesRepository {
  constructor(private readonly db: DbService) {}

  feedDensity(userId: number): FeedDensity {
    const row = this.db.get<Pick<UserPreferenceEntity, 'feed_density'>>('SELECT feed_density FROM user_preference WHERE user_id = ?', [userId]);
    return (row?.feed_density as FeedDensity | undefined) ?? FeedDensity.CARDS;
  }

  setFeedDensity(userId: number, density: FeedDensity, at: string): void {
    this.db.run(
      `INSERT INTO user_preference (user_id, skills_public, leaderboard_opt_in, feed_density, updated_at) VALUES (?, 0, 0, ?, ?)
       ON CONFLICT(user_id) DO UPDATE SET feed_density = excluded.feed_density, updated_at = excluded.updated_at`,
      [userId, density, at],
    );
  }
}
