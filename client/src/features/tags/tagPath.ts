/** The tag page of a tag: /tags/<name> (the name as displayed, URL-encoded). */
export function tagPath(name: string): string {
  return `/tags/${encodeURIComponent(name)}`;
}

/** The home feed filtered by a tag (the feed's own ?tag= filter). */
export function tagFeedPath(name: string): string {
  return `/?tag=${encodeURIComponent(name)}`;
}
