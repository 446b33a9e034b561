/** Server-rendered, server-sanitised Markdown HTML (`bodyHtml`, `markdownPreview`). */
export function Markdown({ html, compact, id }: { html: string; compact?: boolean; id?: string }) {
  return <div id={id} className={compact ? 'markdown compact' : 'markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
