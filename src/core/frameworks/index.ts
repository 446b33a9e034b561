import fujisawa from './fujisawa-2024.json';
import hachioji from './hachioji-2023.json';
import moka from './moka-2023.json';

/** Skill frameworks from the municipal seed documents, shipped with the app (no network). */
export const frameworks = { hachioji, moka, fujisawa };

const roleNames = new Map(hachioji.roles.map((r) => [r.code, r.name] as const));
const layerNames = new Map(fujisawa.layers.map((l) => [l.code, l.name] as const));

export const roleCategoryName = (code: string | null) => (code ? (roleNames.get(code) ?? null) : null);
export const layerName = (code: string | null) => (code ? (layerNames.get(code) ?? null) : null);
export const ROLE_CATEGORY_CODES = hachioji.roles.map((r) => r.code);
export const LAYER_CODES = fujisawa.layers.map((l) => l.code);
