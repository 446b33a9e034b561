import type { CertificationTier } from '../../gql/graphql';

export const CERT_TIERS: CertificationTier[] = ['ADVISOR', 'EXPERT', 'SPECIALIST'];

/** The highest tier held (SPECIALIST > EXPERT > ADVISOR). */
export function highestTierOf<T extends { tier: CertificationTier }>(certs: readonly T[]): T | undefined {
  return [...certs].sort((a, b) => CERT_TIERS.indexOf(b.tier) - CERT_TIERS.indexOf(a.tier))[0];
}
