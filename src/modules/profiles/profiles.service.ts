import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { badInput } from '../../core/errors/app-error';
import { checkTag } from '../../core/validation/normalize';
import { uploadUrl, UploadsService } from '../uploads/uploads.service';
import { ProfilesRepository } from './profiles.repository';
import { UserProfileEntity } from './user-profile.entity';
import type { Viewer } from '../../core/auth/viewer';
import type { ProfileInput } from './dto/profile.input';

export const PROFILE_LIMITS = Object.freeze({ extensionChars: 20, bioChars: 500, expertiseTags: 10, expertiseTagChars: 30 });

/** A profile as the API shows it. */
export interface Profile {
  extension: string | null;
  bio: string | null;
  expertise: string[];
  avatarUrl: string | null;
}

const EMPTY: Profile = { extension: null, bio: null, expertise: [], avatarUrl: null };

@Injectable()
export class ProfilesService {
  constructor(
    private readonly db: DbService,
    private readonly repo: ProfilesRepository,
    private readonly uploads: UploadsService,
  ) {}

  profiles(userIds: readonly number[]): Profile[] {
    const rows = new Map(this.repo.findMany(userIds).map((r) => [r.user_id, r]));
    return userIds.map((id) => {
      const r = rows.get(id);
      return r ? toProfile(r) : EMPTY;
    });
  }

  /** Validates and saves the viewer's own profile; the avatar's file becomes visible to colleagues with it. */
  update(viewer: Viewer, input: ProfileInput): void {
    this.db.tx(() => {
      const current = this.repo.find(viewer.id);
      const next: UserProfileEntity = current
        ? { ...current }
        : { user_id: viewer.id, extension: null, bio: null, expertise: '[]', avatar_attachment_id: null, updated_at: '' };
      if (input.extension !== undefined) next.extension = parseExtension(input.extension);
      if (input.bio !== undefined) next.bio = parseBio(input.bio);
      if (input.expertise !== undefined) next.expertise = JSON.stringify(parseExpertise(input.expertise));
      if (input.avatarUploadId !== undefined) {
        const id = (input.avatarUploadId ?? '').trim();
        if (id === '') next.avatar_attachment_id = null;
        else {
          const image = this.uploads.requireAvatarImage(viewer, id, current?.avatar_attachment_id ?? null);
          if (!image) throw badInput('アイコンには、自分でアップロードした画像（PNG・JPEG・GIF・WebP）を選んでください。', 'avatarUploadId');
          next.avatar_attachment_id = image.id;
        }
        this.uploads.setAvatar(viewer.id, next.avatar_attachment_id);
      }
      next.updated_at = new Date().toISOString();
      this.repo.save(next);
    });
  }
}

function toProfile(r: UserProfileEntity): Profile {
  return {
    extension: r.extension,
    bio: r.bio,
    expertise: JSON.parse(r.expertise) as string[],
    avatarUrl: r.avatar_attachment_id ? uploadUrl(r.avatar_attachment_id) : null,
  };
}

/** 内線番号: digits and hyphens (full-width ones are folded), at most 20 characters; blank clears it. */
export function parseExtension(raw: string | null): string | null {
  const v = (raw ?? '')
    .normalize('NFKC')
    .replace(/[‐‑‒–—―ー−]/g, '-')
    .trim();
  if (v === '') return null;
  if (!/^[0-9-]+$/.test(v) || !/[0-9]/.test(v)) throw badInput('内線番号は数字とハイフンだけで入力してください（例: 1234、03-1234）。', 'extension');
  if (v.length > PROFILE_LIMITS.extensionChars) throw badInput(`内線番号は${PROFILE_LIMITS.extensionChars}文字以内で入力してください。`, 'extension');
  return v;
}

/** 自己紹介: free text with line breaks, at most 500 characters; blank clears it. */
export function parseBio(raw: string | null): string | null {
  const v = (raw ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (v === '') return null;
  if ([...v].length > PROFILE_LIMITS.bioChars) throw badInput(`自己紹介は${PROFILE_LIMITS.bioChars}文字以内で入力してください。`, 'bio');
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/.test(v)) throw badInput('自己紹介に使えない制御文字が含まれています。', 'bio');
  return v;
}

/** 得意分野: up to 10 tags, each one line of at most 30 characters, NFKC like post tags, duplicates dropped. */
export function parseExpertise(raw: string[] | null): string[] {
  const out: string[] = [];
  for (const t of raw ?? []) {
    const tag = checkTag(t, PROFILE_LIMITS.expertiseTagChars, 'expertise');
    if (tag && !out.some((o) => o.toLowerCase() === tag.key)) out.push(tag.label);
  }
  if (out.length > PROFILE_LIMITS.expertiseTags) throw badInput(`得意分野は${PROFILE_LIMITS.expertiseTags}個までです。`, 'expertise');
  return out;
}
