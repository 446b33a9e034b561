import { PersonalInfoAlert } from './PersonalInfoAlert';
import { useDebouncedFindings, useGuardRules } from './usePersonalInfo';
import { usePersonalInfoConfirm } from './usePersonalInfoConfirm';

/** The guard for a small form (comments): the inline warning, the confirmation modal and the guarded submit. */
export function useGuardedForm(texts: readonly string[], onError: (error: unknown) => void) {
  const rules = useGuardRules();
  const findings = useDebouncedFindings(texts, rules);
  const guard = usePersonalInfoConfirm(rules, onError);
  return { notice: <PersonalInfoAlert findings={findings} compact />, modal: guard.modal, submit: guard.submit };
}
