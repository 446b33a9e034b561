import type { MessageKey } from './ja';

/** English strings of copy-link and the print view. */
export const enShare: Partial<Record<MessageKey, string>> = {
  'share.copyLink': 'Copy link',
  'share.copied': 'Link copied',
  'share.copyFailed': 'Could not copy the link. Copy it from the address bar: {url}',
  'share.print': 'Print view',
  'print.title': 'Print view',
  'print.doPrint': 'Print',
  'print.back': 'Back to the post',
  'print.lead': 'Shown without buttons, to attach to a draft decision or meeting papers.',
  'print.author': 'Author',
  'print.department': 'Department (when posted)',
  'print.postedAt': 'Posted',
  'print.updatedAt': 'Last updated',
  'print.tags': 'Tags',
  'print.accepted': 'Accepted answer',
  'print.answers': 'Answers ({count})',
  'print.comments': 'Comments on the idea ({count})',
  'print.url': 'URL',
  'print.printedAt': 'Printed',
  'print.footer': 'Printed from Banso (the staff DX community)',
  'print.notPrintable': 'This post cannot be shown for printing.',
};
