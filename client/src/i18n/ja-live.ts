/**
 * Japanese strings of the live post page (new answers and comments without a reload) and
 * 回答の依頼 (「詳しい人に聞く」). Spread into `ja`, like ja-stats.ts.
 */
export const jaLive = {
  'live.newAnswer': '新しい回答があります',
  'live.newAnswers': '新しい回答が{n}件あります',
  'live.newComment': '新しいコメントがあります',
  'live.newComments': '新しいコメントが{n}件あります',
  'live.newActivity': '新しい回答・コメントが{n}件あります',
  'live.dismiss': '新着の案内を閉じる',

  'route.promptTitle': '詳しい人に聞いてみませんか',
  'route.promptAsker': 'この分野に詳しい人を3人まで選んで、質問を見てもらうよう依頼できます。',
  'route.promptDx': 'DX推進課として、この質問に詳しい人を3人まで選んで回答を依頼できます。',
  'route.button': '詳しい人に聞く',
  'route.title': '詳しい人に聞く',
  'route.lead': 'この質問を見てほしい人を{max}人まで選んでください。選んだ人には、選ばれた理由をそえてお知らせが届きます。',
  'route.suggestions': 'この質問のタグに詳しい人',
  'route.suggestionsError': 'おすすめの人を読み込めませんでした。名前で探して選べます。',
  'route.noSuggestions': 'この質問のタグに詳しい人はまだ見つかりません。名前で探して選んでください。',
  'route.noTags': 'タグのない質問なので、おすすめはありません。名前で探して選んでください。',
  'route.accepted': 'ベストアンサー{n}件',
  'route.searchTitle': '名前で探す',
  'route.searchPlaceholder': '氏名・メールアドレスの一部',
  'route.searchNone': '「{query}」に当てはまる人はいません',
  'route.searchResults': '検索結果',
  'route.selected': '選んだ人（{n}/{max}人）',
  'route.remove': '{name}さんを外す',
  'route.full': '{max}人まで選べます。ほかの人を選ぶには、誰かを外してください。',
  'route.note': '依頼を受け付けていない人や、今日すでに多くの依頼を受けている人には依頼できません。',
  'route.send': '依頼する',
  'route.sendN': '{n}人に依頼する',
  'route.refused': '依頼できませんでした',
  'route.sentTitle': '依頼しました',
  'route.sentBody': '{names}に、この質問を見てもらうよう依頼しました。回答がつくとお知らせが届きます。',
  'route.san': '{name}さん',
  'route.askedHere': '{names}に依頼しました。',
};
