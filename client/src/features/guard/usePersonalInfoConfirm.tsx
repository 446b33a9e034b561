import { useCallback, useRef, useState } from 'react';
import { ConfirmPersonalInfoModal } from './ConfirmPersonalInfoModal';
import { checkTexts, refusedFindings } from './usePersonalInfo';
import type { PersonalInfoFinding, PersonalInfoRules } from './personalInfo';

type Send = (acknowledged: boolean) => Promise<void>;

/**
 * The submit path of a form with the guard: `submit(texts, send)` sends at once when nothing is
 * found; otherwise it asks in the confirmation modal and sends with `acknowledgeWarnings: true`.
 * A refusal from the server (its word list may be newer than the page) opens the same modal.
 * Any other error of `send` goes to `onError` for the form to show; `submit` never rejects.
 */
export function usePersonalInfoConfirm(rules: PersonalInfoRules, onError: (error: unknown) => void) {
  const [findings, setFindings] = useState<PersonalInfoFinding[] | null>(null);
  const pending = useRef<Send | null>(null);
  const errorRef = useRef(onError);
  errorRef.current = onError;

  const ask = (found: PersonalInfoFinding[], send: Send) => {
    pending.current = send;
    setFindings(found);
  };

  const submit = useCallback(
    async (texts: readonly (string | null | undefined)[], send: Send) => {
      const found = checkTexts(texts, rules);
      if (found.length > 0) return ask(found, send);
      try {
        await send(false);
      } catch (e) {
        const refused = refusedFindings(e);
        if (refused) ask(refused, send);
        else errorRef.current(e);
      }
    },
    [rules],
  );

  const close = () => {
    pending.current = null;
    setFindings(null);
  };

  const modal = (
    <ConfirmPersonalInfoModal
      opened={findings !== null}
      findings={findings ?? []}
      onClose={close}
      onConfirm={() => {
        const send = pending.current;
        close();
        if (send) send(true).catch((e: unknown) => errorRef.current(e));
      }}
    />
  );

  return { submit, modal };
}
