import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { UserProfileEntity } from './user-profile.entity';

/** SQL for people's profiles (the only place that knows it). */
@Injectable()
export class ProfilesRepository {
  constructor(private readonly db: DbService) {}

  find(userId: number): UserProfileEntity | undefined {
    return this.db.get<UserProfileEntity>('SELECT * FROM user_profile WHERE user_id = ?', [userId]);
  }

  findMany(userIds: readonly number[]): UserProfileEntity[] {
    if (userIds.length === 0) return [];
    return this.db.all<UserProfileEntity>(`SELECT * FROM user_profile WHERE user_id IN (${placeholders(userIds.length)})`, [...userIds]);
  }

  save(p: UserProfileEntity): void {
    this.db.run(
      `INSERT INTO user_profile (user_id, extension, bio, expertise, avatar_attachment_id, updated_at)
       VALUES (@user_id, @extension, @bio, @expertise, @avatar_attachment_id, @updated_at)
       ON CONFLICT (user_id) DO UPDATE SET extension = excluded.extension, bio = excluded.bio, expertise = excluded.expertise,
         avatar_attachment_id = excluded.avatar_attachment_id, updated_at = excluded.updated_at`,
      { ...p },
    );
  }
}
