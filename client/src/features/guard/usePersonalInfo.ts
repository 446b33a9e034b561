import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { GuardRulesDocument } from '../../gql/graphql';
import { findPersonalInfo, type PersonalInfoFinding, type PersonalInfoKind, type PersonalInfoRules } from './personalInfo';

const NO_RULES: PersonalInfoRules = { staffEmailDomains: [], words: [] };
const KINDS: readonly PersonalInfoKind[] = ['MY_NUMBER', 'PHONE', 'EMAIL', 'ADDRESS', 'WORD'];

/** The guard's rules from the server (the DX office's words, the city's e-mail domains). */
export function useGuardRules(): PersonalInfoRules {
  const { data } = useQuery(GuardRulesDocument, { fetchPolicy: 'cache-and-network' });
  return useMemo(() => (data?.guardRules ? { words: data.guardRules.words, staffEmailDomains: data.guardRules.staffEmailDomains } : NO_RULES), [data]);
}

/** Everything the texts seem to hold, de-duplicated (what the server would refuse). */
export function checkTexts(texts: readonly (string | null | undefined)[], rules: PersonalInfoRules): PersonalInfoFinding[] {
  const out: PersonalInfoFinding[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const f of findPersonalInfo(text, rules)) if (!out.some((o) => o.kind === f.kind && o.excerpt === f.excerpt)) out.push(f);
  }
  return out;
}

/** Findings for the inline warning, computed once typing pauses. */
export function useDebouncedFindings(texts: readonly string[], rules: PersonalInfoRules, delay = 500): PersonalInfoFinding[] {
  const [findings, setFindings] = useState<PersonalInfoFinding[]>([]);
  const joined = texts.join('\u0000');
  useEffect(() => {
    const timer = setTimeout(() => setFindings(checkTexts(joined.split('\u0000'), rules)), delay);
    return () => clearTimeout(timer);
  }, [joined, rules, delay]);
  return findings;
}

/** The findings of a PERSONAL_INFO_SUSPECTED refusal (the server's rules may know more words), or null. */
export function refusedFindings(error: unknown): PersonalInfoFinding[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const e = error.errors.find((x) => x.extensions?.code === 'PERSONAL_INFO_SUSPECTED');
  if (!e) return null;
  const raw = e.extensions?.findings;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((f: unknown) => {
    const { kind, excerpt } = (f ?? {}) as { kind?: unknown; excerpt?: unknown };
    return typeof kind === 'string' && KINDS.includes(kind as PersonalInfoKind) && typeof excerpt === 'string'
      ? [{ kind: kind as PersonalInfoKind, excerpt }]
      : [];
  });
}
