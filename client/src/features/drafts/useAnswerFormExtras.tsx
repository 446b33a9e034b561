import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DiscardDraftDocument, DraftDocument } from '../../gql/graphql';
import { FirstPostGuidelines } from '../guard/FirstPostGuidelines';
import { GuidelinesLink } from '../guard/GuidelinesLink';
import { PersonalInfoAlert } from '../guard/PersonalInfoAlert';
import { useDebouncedFindings, useGuardRules } from '../guard/usePersonalInfo';
import { usePersonalInfoConfirm } from '../guard/usePersonalInfoConfirm';
import { DraftRestorePrompt } from './DraftRestorePrompt';
import { DraftStatus } from './DraftStatus';
import { useDraftAutosave } from './useDraftAutosave';

/**
 * What #13 adds to the answer form: the answer draft of this question (one per person and
 * question) autosaved and offered for restore (restored at once when opened from /drafts with
 * `?draft=ID`), the personal-information warning and confirmation, the guidelines link, and
 * the guidelines once before a person's first post (when they start writing).
 */
export function useAnswerFormExtras({
  postId,
  body,
  setBody,
  onError,
}: {
  postId: string;
  body: string;
  setBody: (body: string) => void;
  onError: (error: unknown) => void;
}) {
  const [params] = useSearchParams();
  const wanted = params.get('draft');
  const { data, loading } = useQuery(DraftDocument, { variables: { postId }, fetchPolicy: 'network-only' });
  const [discardDraft, { loading: discarding }] = useMutation(DiscardDraftDocument);
  const [decided, setDecided] = useState(false);
  const [engaged, setEngaged] = useState(false);
  const candidate = data?.draft && data.draft.body.trim() ? data.draft : null;
  const autosave = useDraftAutosave({ kind: 'ANSWER', postId, body }, !loading && (decided || !candidate));

  const restore = () => {
    if (!candidate) return;
    setBody(candidate.body);
    autosave.adopt(candidate.id, candidate.updatedAt, { kind: 'ANSWER', postId, body: candidate.body });
    setDecided(true);
  };

  // An answer draft opened from /drafts is restored without asking.
  useEffect(() => {
    if (wanted && candidate && candidate.id === wanted && !decided) restore();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, candidate, decided]);

  const rules = useGuardRules();
  const findings = useDebouncedFindings([body], rules);
  const guard = usePersonalInfoConfirm(rules, onError);

  const submit = (text: string, send: (acknowledgeWarnings: boolean) => Promise<void>) =>
    guard.submit([text], async (ack) => {
      autosave.published();
      try {
        await send(ack);
      } catch (e) {
        autosave.resume();
        throw e;
      }
      // Published (the server deleted the draft): the next answer starts a new one.
      autosave.adopt(null, null);
      autosave.resume(null);
    });

  const prompt: ReactNode =
    candidate && !decided ? (
      <DraftRestorePrompt
        savedAt={candidate.updatedAt}
        busy={discarding}
        onRestore={restore}
        onDiscard={() => {
          void discardDraft({ variables: { id: candidate.id } })
            .catch(() => undefined)
            .finally(() => setDecided(true));
        }}
      />
    ) : null;

  return {
    before: (
      <>
        {prompt}
        <FirstPostGuidelines active={engaged} />
        {guard.modal}
      </>
    ),
    notice: <PersonalInfoAlert findings={findings} />,
    footer: <DraftStatus status={autosave.status} savedAt={autosave.savedAt} />,
    guidelinesLink: <GuidelinesLink size="xs" />,
    onFocus: () => setEngaged(true),
    onBlur: () => void autosave.flush(),
    submit,
  };
}
