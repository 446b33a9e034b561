/** Meilisearch is used when MEILI_URL is set; otherwise the embedded SQLite FTS5 index. */
export interface SearchConfig {
  meiliUrl: string | null;
  meiliApiKey: string | null;
  /** index uid (alias swapped by `npm run search:reindex`) */
  meiliIndex: string;
}

export function searchConfig(env: NodeJS.ProcessEnv = process.env): SearchConfig {
  const url = env.MEILI_URL?.trim() || null;
  if (url !== null && !/^https?:\/\/[^\s]+$/i.test(url)) {
    throw new Error(`MEILI_URL="${url}" は http(s):// で始まるURLにしてください / MEILI_URL must be an http(s) URL`);
  }
  const index = env.MEILI_INDEX?.trim() || 'banso_posts';
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(index)) throw new Error(`MEILI_INDEX="${index}" は英数字・_・- だけにしてください`);
  return { meiliUrl: url, meiliApiKey: env.MEILI_API_KEY?.trim() || null, meiliIndex: index };
}
