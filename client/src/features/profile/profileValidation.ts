import type { TFunction } from '../../i18n';

export interface ProfileValues {
  extension: string;
  bio: string;
  expertise: string[];
}

/** The server's rules (ProfilesService), checked before sending so mistakes show at once. */
export function validateProfile(v: ProfileValues, t: TFunction): Partial<Record<keyof ProfileValues, string>> {
  const errors: Partial<Record<keyof ProfileValues, string>> = {};
  const extension = v.extension.normalize('NFKC').trim();
  if (extension && !/^[0-9‐‑‒–—―ー−-]+$/.test(extension)) errors.extension = t('profile.extensionInvalid');
  else if (extension.length > 20) errors.extension = t('profile.extensionTooLong');
  if ([...v.bio.trim()].length > 500) errors.bio = t('profile.bioTooLong');
  if (v.expertise.length > 10) errors.expertise = t('profile.expertiseTooMany');
  return errors;
}
