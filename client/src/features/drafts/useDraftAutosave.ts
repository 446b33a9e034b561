import { useMutation } from '@apollo/client/react';
import { print } from 'graphql';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SaveDraftDocument, type DraftInput } from '../../gql/graphql';
import { errorCode } from '../../lib/errors';

/** Saved this long after typing stops. */
export const AUTOSAVE_DELAY_MS = 1500;

export type DraftSaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export type DraftContent = Omit<DraftInput, 'id'>;

function isEmpty(c: DraftContent): boolean {
  const cd = c.caseDetails;
  return !(c.title ?? '').trim() && !(c.body ?? '').trim() && !(cd && ((cd.problem ?? '').trim() || (cd.solution ?? '').trim() || (cd.effect ?? '').trim()));
}

/**
 * Autosave of a post or answer form to the person's drafts on the server: 1.5 s after typing
 * stops, when focus leaves the form (`flush`), and when the page is left (a keepalive request).
 * Nothing is saved while `enabled` is false (the restore question is still open) or the form is
 * empty. `published()` stops it before the post is sent, so a late save cannot bring the draft back.
 */
export function useDraftAutosave(content: DraftContent, enabled: boolean, initialDraftId: string | null = null) {
  const [saveDraft] = useMutation(SaveDraftDocument);
  const [status, setStatus] = useState<DraftSaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const draftId = useRef<string | null>(initialDraftId);
  const latest = useRef(content);
  const savedJson = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);
  const json = JSON.stringify(content);
  latest.current = content;

  const dirty = () => enabled && !stopped.current && !isEmpty(latest.current) && JSON.stringify(latest.current) !== savedJson.current;

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty()) return;
    const snapshot = latest.current;
    const snapshotJson = JSON.stringify(snapshot);
    setStatus('saving');
    const send = (id: string | null) => saveDraft({ variables: { input: { ...snapshot, id } } });
    try {
      let result;
      try {
        result = await send(draftId.current);
      } catch (e) {
        // Discarded in another tab or published: start a new draft (unless this form was published).
        if (errorCode(e) !== 'NOT_FOUND' || stopped.current || !draftId.current) throw e;
        result = await send(null);
      }
      const d = result.data?.saveDraft;
      if (!d || stopped.current) return;
      draftId.current = d.id;
      savedJson.current = snapshotJson;
      setSavedAt(d.updatedAt);
      setStatus('saved');
    } catch {
      setStatus('error');
    }
    // `dirty` reads refs only; the latest content is read through `latest`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saveDraft, enabled]);

  useEffect(() => {
    if (!enabled || stopped.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [json, enabled, save]);

  // Leaving the page (reload, closing the tab): one keepalive request outlives the page.
  useEffect(() => {
    const onLeave = () => {
      if (!dirty()) return;
      void fetch('/graphql', {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ operationName: 'SaveDraft', query: print(SaveDraftDocument), variables: { input: { ...latest.current, id: draftId.current } } }),
      }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      // Navigating elsewhere in the SPA: save what is pending now.
      if (timer.current && dirty()) void save();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [save]);

  /** Before sending the post: no save from now on (the server deletes the draft when it publishes). */
  const published = useCallback(() => {
    stopped.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  /** After a refused send, or to write the next answer: autosave again (`id` null starts a new draft). */
  const resume = useCallback((id: string | null = draftId.current) => {
    stopped.current = false;
    draftId.current = id;
    savedJson.current = null;
  }, []);

  /** Restored or chosen draft: further saves update it. */
  const adopt = useCallback((id: string | null, at: string | null, content?: DraftContent) => {
    draftId.current = id;
    savedJson.current = content ? JSON.stringify(content) : null;
    setSavedAt(at);
    setStatus(at ? 'saved' : 'idle');
  }, []);

  return { status, savedAt, draftId: draftId.current, flush: save, published, resume, adopt, currentDraftId: () => draftId.current };
}
