import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { requireCapability } from '../../core/policy/capabilities';
import { parseId, requireSingleLine } from '../../core/validation/normalize';
import { SEARCH_LIMITS, SearchTerm } from './search-query';
import { charLength, normalizeForSearch } from './search-text';
import { SearchRepository } from './search.repository';

export const SYNONYM_LIMITS = { termsPerGroup: 10, termChars: 50, groups: 500 } as const;

export interface SynonymGroup {
  id: string;
  terms: string[];
  updatedAt: string;
}

/**
 * The synonym dictionary (マイナンバー ⇔ 個人番号 …). Every term of a group finds the others.
 * Read by everyone (so people understand why a result matched), edited by the DX office.
 */
@Injectable()
export class SynonymsService {
  private cache: { groups: SynonymGroup[]; normalized: string[][] } | null = null;
  /** Incremented on every edit; the Meilisearch worker pushes the dictionary when it changes. */
  version = 0;

  /** `repo` defaults for direct construction (CLI, test harness, benches): `new SynonymsService(db)`. */
  constructor(
    db: DbService,
    private readonly repo: SearchRepository = new SearchRepository(db),
  ) {}

  list(): SynonymGroup[] {
    return this.load().groups;
  }

  private load() {
    if (!this.cache) {
      const groups = this.repo.synonymGroups().map((r) => ({ id: String(r.id), terms: JSON.parse(r.terms) as string[], updatedAt: r.updated_at }));
      this.cache = { groups, normalized: groups.map((g) => g.terms.map(normalizeForSearch)) };
    }
    return this.cache;
  }

  private changed() {
    this.cache = null;
    this.version += 1;
  }

  private assertEditor(viewer: Viewer) {
    requireCapability(viewer, 'synonyms.edit');
  }

  /** Validates and cleans a group: 2–10 distinct terms, none already in another group. */
  private clean(raw: string[], exceptId: number | null): string[] {
    const terms: string[] = [];
    const seen = new Set<string>();
    for (const t of raw) {
      const trimmed = t.normalize('NFKC').trim();
      if (trimmed === '') continue;
      // One line, no bidi controls, something visible: checked before whitespace is collapsed.
      requireSingleLine(trimmed, '同義語', SYNONYM_LIMITS.termChars, 'terms');
      const label = trimmed.replace(/\s+/g, ' ');
      if (charLength(label) > SYNONYM_LIMITS.termChars) throw badInput(`同義語は${SYNONYM_LIMITS.termChars}文字以内で入力してください。`, 'terms');
      if (/[\u0000-\u001F"]/.test(label)) throw badInput(`同義語「${label}」に使えない文字が含まれています。`, 'terms');
      const key = normalizeForSearch(label);
      if (seen.has(key)) continue;
      seen.add(key);
      terms.push(label);
    }
    if (terms.length < 2) throw badInput('同義語グループには2語以上を入力してください。', 'terms');
    if (terms.length > SYNONYM_LIMITS.termsPerGroup) throw badInput(`同義語グループは${SYNONYM_LIMITS.termsPerGroup}語までです。`, 'terms');
    const { groups, normalized } = this.load();
    groups.forEach((g, i) => {
      if (Number(g.id) === exceptId) return;
      const clash = terms.find((t) => normalized[i].includes(normalizeForSearch(t)));
      if (clash) throw badInput(`「${clash}」は別の同義語グループ（${g.terms.join('・')}）に登録されています。`, 'terms');
    });
    return terms;
  }

  create(viewer: Viewer, raw: string[]): SynonymGroup {
    this.assertEditor(viewer);
    if (this.load().groups.length >= SYNONYM_LIMITS.groups) throw badInput(`同義語グループは${SYNONYM_LIMITS.groups}件までです。`, 'terms');
    const terms = this.clean(raw, null);
    const now = new Date().toISOString();
    const id = this.repo.insertSynonymGroup(JSON.stringify(terms), now, viewer.id);
    this.changed();
    return { id: String(id), terms, updatedAt: now };
  }

  update(viewer: Viewer, idRaw: string, raw: string[]): SynonymGroup {
    this.assertEditor(viewer);
    const id = parseId(idRaw);
    if (!id || !this.load().groups.some((g) => g.id === String(id))) throw notFound('同義語グループ');
    const terms = this.clean(raw, id);
    const now = new Date().toISOString();
    this.repo.updateSynonymGroup(id, JSON.stringify(terms), now, viewer.id);
    this.changed();
    return { id: String(id), terms, updatedAt: now };
  }

  delete(viewer: Viewer, idRaw: string): boolean {
    this.assertEditor(viewer);
    const id = parseId(idRaw);
    if (!id || !this.repo.deleteSynonymGroup(id)) throw notFound('同義語グループ');
    this.changed();
    return true;
  }

  /**
   * Adds synonym variants to each term: a term equal to a group member, or containing one
   * (マイナンバーカードの交付 → 個人番号カードの交付), gets the other members swapped in.
   * Quoted phrases are exact and are not expanded.
   */
  expand(terms: SearchTerm[]): SearchTerm[] {
    const { normalized } = this.load();
    return terms.map((term) => {
      if (term.phrase) return term;
      const alts = [term.text];
      for (const group of normalized) {
        for (const member of group) {
          if (member === '' || !term.text.includes(member)) continue;
          for (const other of group) {
            if (other === member) continue;
            const alt = term.text.split(member).join(other);
            if (!alts.includes(alt)) alts.push(alt);
          }
        }
      }
      return { ...term, alternatives: alts.slice(0, SEARCH_LIMITS.alternativesPerTerm) };
    });
  }
}
