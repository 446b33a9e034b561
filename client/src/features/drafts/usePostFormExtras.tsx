import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DiscardDraftDocument, DraftsDocument, type DraftFieldsFragment, type PostKind } from '../../gql/graphql';
import { emptyPostFormValues, type PostFormValues } from '../editor/validation';
import { FirstPostGuidelines } from '../guard/FirstPostGuidelines';
import { GuidelinesLink } from '../guard/GuidelinesLink';
import { PersonalInfoAlert } from '../guard/PersonalInfoAlert';
import { useDebouncedFindings, useGuardRules } from '../guard/usePersonalInfo';
import { usePersonalInfoConfirm } from '../guard/usePersonalInfoConfirm';
import { DraftRestorePrompt } from './DraftRestorePrompt';
import { DraftStatus } from './DraftStatus';
import { draftFromPostValues, postTexts, postValuesFromDraft } from './draftValues';
import { useDraftAutosave } from './useDraftAutosave';

/** Sends the post; throws on failure. `draftId`: the draft it was written from (deleted on publish). */
export type SendPost = (acknowledgeWarnings: boolean, draftId: string | null) => Promise<void>;

/**
 * What #13 adds to the post form, kept out of the form pages: the inline personal-information
 * warning and the confirmation on submit, the guidelines link (and, before a first post, the
 * guidelines once), and for a new post the drafts: autosave, 「下書きを復元しますか？」 for the
 * newest draft of this kind, or the draft opened from /drafts (`?draft=ID`) restored at once.
 */
export function usePostFormExtras({
  kind,
  mode,
  initialValues,
  onError,
}: {
  kind: PostKind;
  mode: 'create' | 'edit';
  initialValues?: Partial<PostFormValues>;
  onError: (error: unknown) => void;
}) {
  const creating = mode === 'create';
  const [params] = useSearchParams();
  const wanted = creating ? params.get('draft') : null;
  const initial = useMemo(() => ({ ...emptyPostFormValues, ...initialValues }), [initialValues]);
  const [values, setValues] = useState<PostFormValues>(initial);
  const [restored, setRestored] = useState<{ key: string; values: Partial<PostFormValues> } | null>(null);
  const [decided, setDecided] = useState(false);
  const { data, loading } = useQuery(DraftsDocument, { skip: !creating, fetchPolicy: 'network-only' });
  const [discardDraft, { loading: discarding }] = useMutation(DiscardDraftDocument);

  const candidate: DraftFieldsFragment | undefined = useMemo(() => {
    const list = data?.drafts ?? [];
    return wanted ? list.find((d) => d.id === wanted) : list.find((d) => d.kind === kind);
  }, [data, wanted, kind]);

  const autosave = useDraftAutosave(draftFromPostValues(kind, values), creating && !loading && (decided || !candidate || !!restored));

  const restore = useCallback(
    (d: DraftFieldsFragment) => {
      const v = { ...emptyPostFormValues, ...postValuesFromDraft(d) };
      setRestored({ key: d.id, values: v });
      setValues(v);
      autosave.adopt(d.id, d.updatedAt, draftFromPostValues(kind, v));
      setDecided(true);
    },
    [autosave, kind],
  );

  // A draft opened from /drafts is restored without asking.
  useEffect(() => {
    if (wanted && candidate && !restored && !decided) restore(candidate);
  }, [wanted, candidate, restored, decided, restore]);

  const rules = useGuardRules();
  // When editing, only the text that changes is checked (as the server does).
  const texts = creating ? postTexts(values) : postTexts(values).map((text, i) => (text === postTexts(initial)[i] ? '' : text));
  const findings = useDebouncedFindings(texts, rules);
  const guard = usePersonalInfoConfirm(rules, onError);

  const submit = (v: PostFormValues, send: SendPost) => {
    const textsNow = creating ? postTexts(v) : postTexts(v).map((text, i) => (text === postTexts(initial)[i] ? '' : text));
    return guard.submit(textsNow, async (ack) => {
      autosave.published();
      try {
        await send(ack, autosave.currentDraftId());
      } catch (e) {
        autosave.resume();
        throw e;
      }
    });
  };

  const prompt: ReactNode =
    creating && candidate && !decided && !restored && !wanted ? (
      <DraftRestorePrompt
        savedAt={candidate.updatedAt}
        busy={discarding}
        onRestore={() => restore(candidate)}
        onDiscard={() => {
          void discardDraft({ variables: { id: candidate.id } })
            .catch(() => undefined)
            .finally(() => setDecided(true));
        }}
      />
    ) : null;

  return {
    /** Above the form: the restore question; and the modals. */
    before: (
      <>
        {prompt}
        {creating && <FirstPostGuidelines active />}
        {guard.modal}
      </>
    ),
    formKey: restored?.key ?? 'new',
    restoredValues: restored?.values,
    formProps: {
      onValuesChange: setValues,
      onFieldBlur: creating ? () => void autosave.flush() : undefined,
      notice: <PersonalInfoAlert findings={findings} />,
      footer: (
        <>
          <GuidelinesLink />
          {creating && <DraftStatus status={autosave.status} savedAt={autosave.savedAt} />}
        </>
      ),
    },
    submit,
  };
}
