import { createHmac } from 'node:crypto';
import { PostKind } from '../posts/content.enums';
import type { Post } from '../posts/post.model';
import type { WebhookFormat } from './webhooks.model';

const KIND: Record<PostKind, string> = { QUESTION: '質問', CASE: '事例', IDEA: 'アイデア' };

/** What a chat may learn of a new post. An anonymous post carries no author, no department and no body. */
export interface WebhookPost {
  id: string;
  kind: PostKind;
  title: string;
  url: string;
  tags: string[];
  author: string | null;
  department: string | null;
  excerpt: string | null;
}

export function webhookPost(p: Post, appUrl: string): WebhookPost {
  const anonymous = p.anonymous;
  const text = p.body.replace(/\s+/g, ' ').trim();
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    url: `${appUrl}/posts/${p.id}`,
    tags: p.tags.map((t) => t.name),
    author: anonymous ? null : (p.author?.displayName ?? null),
    department: anonymous ? null : (p.department?.name ?? null),
    excerpt: anonymous ? null : [...text].length > 200 ? `${[...text].slice(0, 200).join('')}…` : text,
  };
}

/** The request body for a format. */
export function webhookBody(format: WebhookFormat, p: WebhookPost, test = false): unknown {
  const heading = `${test ? '【テスト送信】' : ''}伴走に新しい${KIND[p.kind]}：${p.title}`;
  const by = p.author ? `${p.author}${p.department ? `（${p.department}）` : ''}` : '匿名の投稿';
  const tags = p.tags.length ? p.tags.map((t) => `#${t}`).join(' ') : '';
  switch (format) {
    case 'TEAMS':
      // A Teams workflow ("Post to a channel when a webhook request is received") takes an Adaptive Card message.
      return {
        type: 'message',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            contentUrl: null,
            content: {
              $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
              type: 'AdaptiveCard',
              version: '1.4',
              body: [
                { type: 'TextBlock', text: heading, weight: 'Bolder', size: 'Medium', wrap: true },
                { type: 'TextBlock', text: [by, tags].filter(Boolean).join('　'), isSubtle: true, wrap: true, spacing: 'Small' },
                ...(p.excerpt ? [{ type: 'TextBlock', text: p.excerpt, wrap: true }] : []),
              ],
              actions: [{ type: 'Action.OpenUrl', title: '伴走で開く', url: p.url }],
            },
          },
        ],
      };
    case 'SLACK':
      // Slack-compatible incoming webhook JSON (Mattermost, Rocket.Chat and others accept `text`).
      return { text: `*${heading}*\n${[by, tags].filter(Boolean).join('　')}${p.excerpt ? `\n${p.excerpt}` : ''}\n<${p.url}|伴走で開く>` };
    case 'GENERIC':
      return { event: test ? 'test' : 'post.created', post: p };
  }
}

/** `X-Banso-Signature: sha256=<hex>` over the exact body, when a secret is set. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
