/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": typeof types.ChangePasswordDocument,
    "fragment AdminDepartmentFields on Department {\n  id\n  code\n  name\n  level\n  parentId\n  path\n  retired\n  formerNames {\n    name\n    until\n  }\n}": typeof types.AdminDepartmentFieldsFragmentDoc,
    "query AdminDepartments {\n  departments {\n    ...AdminDepartmentFields\n  }\n}": typeof types.AdminDepartmentsDocument,
    "fragment AdminSkillFields on Skill {\n  id\n  code\n  name\n  summary\n  framework\n  retired\n}": typeof types.AdminSkillFieldsFragmentDoc,
    "query AdminSkills {\n  skills(includeRetired: true) {\n    ...AdminSkillFields\n  }\n}": typeof types.AdminSkillsDocument,
    "fragment AdminUserFields on User {\n  id\n  displayName\n  email\n  role\n  roleCategory\n  roleCategoryName\n  layer\n  layerName\n  employeeId\n  active\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n  managedDepartments {\n    id\n    name\n    path\n  }\n  createdAt\n}": typeof types.AdminUserFieldsFragmentDoc,
    "query AdminUsers($first: Int, $after: String, $filter: UserFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...AdminUserFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.AdminUsersDocument,
    "query AuditActions {\n  auditActions {\n    action\n    label\n  }\n}": typeof types.AuditActionsDocument,
    "query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n  auditLog(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        id\n        action\n        actionLabel\n        actor {\n          id\n          displayName\n        }\n        targetType\n        targetId\n        targetLabel\n        before\n        after\n        detail\n        ip\n        createdAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.AuditLogDocument,
    "mutation CreateBadge($input: CreateBadgeInput!) {\n  createBadge(input: $input) {\n    ...BadgeCatalogueFields\n  }\n}": typeof types.CreateBadgeDocument,
    "mutation CreateDepartment($input: CreateDepartmentInput!) {\n  createDepartment(input: $input) {\n    ...AdminDepartmentFields\n  }\n}": typeof types.CreateDepartmentDocument,
    "mutation CreateSkill($input: CreateSkillInput!) {\n  createSkill(input: $input) {\n    ...AdminSkillFields\n  }\n}": typeof types.CreateSkillDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}": typeof types.CreateUserDocument,
    "mutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}": typeof types.DeactivateUserDocument,
    "mutation GrantBadge($input: GrantBadgeInput!) {\n  grantBadge(input: $input) {\n    id\n  }\n}": typeof types.GrantBadgeDocument,
    "mutation GrantCertification($input: GrantCertificationInput!) {\n  grantCertification(input: $input) {\n    tier\n    fiscalYear\n  }\n}": typeof types.GrantCertificationDocument,
    "mutation ImportSkillFramework($framework: String!) {\n  importSkillFramework(framework: $framework) {\n    ...AdminSkillFields\n  }\n}": typeof types.ImportSkillFrameworkDocument,
    "mutation ImportStaff($input: ImportStaffInput!) {\n  importStaff(input: $input) {\n    dryRun\n    ok\n    effectiveDate\n    rows\n    created\n    updated\n    transferred\n    deactivated\n    unchanged\n    departmentsCreated\n    errors {\n      line\n      column\n      columnName\n      message\n    }\n    warnings\n    changes {\n      kind\n      line\n      employeeId\n      name\n      description\n    }\n    changeCount\n  }\n}": typeof types.ImportStaffDocument,
    "query People {\n  teamSkillRecords {\n    user {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.PeopleDocument,
    "mutation ReactivateUser($id: ID!) {\n  reactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}": typeof types.ReactivateUserDocument,
    "mutation RemoveTagSkill($tag: String!, $skillCode: String!) {\n  removeTagSkill(tag: $tag, skillCode: $skillCode) {\n    ...TagSkillMappingFields\n  }\n}": typeof types.RemoveTagSkillDocument,
    "mutation ResetPassword($userId: ID!) {\n  resetPassword(userId: $userId)\n}": typeof types.ResetPasswordDocument,
    "mutation RevokeBadgeAward($awardId: ID!) {\n  revokeBadgeAward(awardId: $awardId)\n}": typeof types.RevokeBadgeAwardDocument,
    "mutation RevokeCertification($input: GrantCertificationInput!) {\n  revokeCertification(input: $input) {\n    tier\n    fiscalYear\n  }\n}": typeof types.RevokeCertificationDocument,
    "mutation SetManagerScope($input: ManagerScopeInput!) {\n  setManagerScope(input: $input) {\n    ...AdminUserFields\n  }\n}": typeof types.SetManagerScopeDocument,
    "mutation SetTagSkill($input: TagSkillInput!) {\n  setTagSkill(input: $input) {\n    ...TagSkillMappingFields\n  }\n}": typeof types.SetTagSkillDocument,
    "query SkillSettings {\n  skillSettings {\n    ...SkillSettingsFields\n  }\n}": typeof types.SkillSettingsDocument,
    "fragment SkillSettingsFields on SkillSettings {\n  ANSWER_ACCEPTED\n  ANSWER_POSTED\n  CASE_POSTED\n  COMMENT_POSTED\n  IDEA_POSTED\n  QUESTION_POSTED\n  STAMP_GIVEN\n  STAMP_RECEIVED {\n    CHEER\n    HELPFUL\n    THANKS\n  }\n  levelThresholds\n  stampDailyCap\n}": typeof types.SkillSettingsFieldsFragmentDoc,
    "fragment TagSkillMappingFields on TagSkillMapping {\n  tag\n  weight\n  skill {\n    id\n    code\n    name\n  }\n}": typeof types.TagSkillMappingFieldsFragmentDoc,
    "query TagSkillMappings {\n  tagSkillMappings {\n    ...TagSkillMappingFields\n  }\n  skills {\n    id\n    code\n    name\n  }\n}": typeof types.TagSkillMappingsDocument,
    "mutation TransferUser($input: TransferInput!) {\n  transferUser(input: $input) {\n    ...AdminUserFields\n  }\n}": typeof types.TransferUserDocument,
    "mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n  updateDepartment(input: $input) {\n    ...AdminDepartmentFields\n  }\n}": typeof types.UpdateDepartmentDocument,
    "mutation UpdateSkill($input: UpdateSkillInput!) {\n  updateSkill(input: $input) {\n    ...AdminSkillFields\n  }\n}": typeof types.UpdateSkillDocument,
    "mutation UpdateSkillSettings($input: SkillSettingsInput!) {\n  updateSkillSettings(input: $input) {\n    ...SkillSettingsFields\n  }\n}": typeof types.UpdateSkillSettingsDocument,
    "mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...AdminUserFields\n  }\n}": typeof types.UpdateUserDocument,
    "query DemoMode {\n  demoMode\n}": typeof types.DemoModeDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": typeof types.MeDocument,
    "query SignInOptions {\n  signInOptions {\n    localLogin\n    sso\n    ssoLabel\n  }\n}": typeof types.SignInOptionsDocument,
    "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  avatarUrl\n  permissions\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "fragment BadgeAwardFields on BadgeAward {\n  id\n  awardedAt\n  reason\n  postId\n  badge {\n    id\n    code\n    name\n    tier\n    description\n    manual\n  }\n}": typeof types.BadgeAwardFieldsFragmentDoc,
    "fragment BadgeCatalogueFields on Badge {\n  id\n  code\n  name\n  tier\n  description\n  manual\n  repeatable\n  rule\n  holderCount\n}": typeof types.BadgeCatalogueFieldsFragmentDoc,
    "query BadgeHolders($code: String!, $first: Int) {\n  badge(code: $code) {\n    id\n    code\n    name\n    tier\n    description\n    manual\n    repeatable\n    holderCount\n    holders(first: $first) {\n      id\n      awardedAt\n      reason\n      postId\n      user {\n        id\n        displayName\n        department {\n          id\n          name\n        }\n      }\n      grantedBy {\n        id\n        displayName\n      }\n    }\n  }\n}": typeof types.BadgeHoldersDocument,
    "query Badges {\n  badges {\n    ...BadgeCatalogueFields\n  }\n}": typeof types.BadgesDocument,
    "mutation MarkBadgesSeen {\n  markBadgesSeen\n}": typeof types.MarkBadgesSeenDocument,
    "query MyUnseenBadges {\n  myUnseenBadges {\n    ...BadgeAwardFields\n  }\n}": typeof types.MyUnseenBadgesDocument,
    "mutation Bookmark($postId: ID!) {\n  bookmark(postId: $postId)\n}": typeof types.BookmarkDocument,
    "query Bookmarks($first: Int, $after: String) {\n  bookmarks(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n  }\n}": typeof types.BookmarksDocument,
    "mutation Unbookmark($postId: ID!) {\n  unbookmark(postId: $postId)\n}": typeof types.UnbookmarkDocument,
    "mutation DiscardDraft($id: ID!) {\n  discardDraft(id: $id)\n}": typeof types.DiscardDraftDocument,
    "query Draft($id: ID, $postId: ID) {\n  draft(id: $id, postId: $postId) {\n    ...DraftFields\n  }\n}": typeof types.DraftDocument,
    "fragment DraftFields on Draft {\n  id\n  kind\n  title\n  body\n  tags\n  postId\n  postTitle\n  postKind\n  anonymous\n  caseDetails {\n    problem\n    solution\n    effect\n    hoursSavedPerYear\n    tools\n  }\n  createdAt\n  updatedAt\n}": typeof types.DraftFieldsFragmentDoc,
    "query Drafts {\n  drafts {\n    ...DraftFields\n  }\n}": typeof types.DraftsDocument,
    "mutation SaveDraft($input: DraftInput!) {\n  saveDraft(input: $input) {\n    ...DraftFields\n  }\n}": typeof types.SaveDraftDocument,
    "mutation CreatePost($input: CreatePostInput!) {\n  createPost(input: $input) {\n    ...PostDetailFields\n  }\n}": typeof types.CreatePostDocument,
    "query MarkdownPreview($body: String!) {\n  markdownPreview(body: $body)\n}": typeof types.MarkdownPreviewDocument,
    "query PostForEdit($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    body\n    anonymous\n    tags {\n      id\n      name\n    }\n    caseDetails {\n      ...CaseDetailsFields\n    }\n    viewerCanEdit\n  }\n}": typeof types.PostForEditDocument,
    "query TagSuggestions($prefix: String, $first: Int) {\n  tags(prefix: $prefix, first: $first) {\n    id\n    name\n    postCount\n  }\n}": typeof types.TagSuggestionsDocument,
    "mutation UpdatePost($input: UpdatePostInput!) {\n  updatePost(input: $input) {\n    ...PostDetailFields\n  }\n}": typeof types.UpdatePostDocument,
    "query Departments {\n  departments {\n    id\n    code\n    name\n    level\n    parentId\n    path\n  }\n}": typeof types.DepartmentsDocument,
    "query FeedDensity {\n  me {\n    id\n    feedDensity\n  }\n}\n\nmutation SetFeedDensity($density: FeedDensity!) {\n  setFeedDensity(density: $density)\n}": typeof types.FeedDensityDocument,
    "query FeedPosts($first: Int, $after: String, $filter: PostFilter) {\n  posts(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": typeof types.FeedPostsDocument,
    "fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  featured\n  ideaStatus\n  bookmarked\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}": typeof types.PostCardFieldsFragmentDoc,
    "mutation AcknowledgeGuidelines {\n  acknowledgeGuidelines {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}": typeof types.AcknowledgeGuidelinesDocument,
    "query GuardRules {\n  guardRules {\n    words\n    staffEmailDomains\n    wordsUpdatedAt\n  }\n}": typeof types.GuardRulesDocument,
    "query PostingGuidelines {\n  postingGuidelines {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}": typeof types.PostingGuidelinesDocument,
    "mutation UpdateGuardWords($words: [String!]!) {\n  updateGuardWords(words: $words) {\n    words\n    staffEmailDomains\n    wordsUpdatedAt\n  }\n}": typeof types.UpdateGuardWordsDocument,
    "mutation UpdatePostingGuidelines($body: String!) {\n  updatePostingGuidelines(body: $body) {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}": typeof types.UpdatePostingGuidelinesDocument,
    "fragment AnswerRevisionFields on AnswerRevision {\n  id\n  number\n  editedAt\n  editor {\n    id\n    displayName\n  }\n  editorLabel\n  byAnonymousAsker\n  title\n  body\n  restoredFrom\n}": typeof types.AnswerRevisionFieldsFragmentDoc,
    "query AnswerRevisions($postId: ID!, $first: Int) {\n  post(id: $postId) {\n    id\n    answers {\n      id\n      revisionCount\n      revisions(first: $first) {\n        ...AnswerRevisionFields\n      }\n    }\n  }\n}": typeof types.AnswerRevisionsDocument,
    "fragment PostRevisionFields on PostRevision {\n  id\n  number\n  editedAt\n  editor {\n    id\n    displayName\n  }\n  editorLabel\n  byAnonymousAsker\n  title\n  body\n  restoredFrom\n}": typeof types.PostRevisionFieldsFragmentDoc,
    "query PostRevisions($id: ID!, $first: Int) {\n  post(id: $id) {\n    id\n    revisionCount\n    revisions(first: $first) {\n      ...PostRevisionFields\n    }\n  }\n}": typeof types.PostRevisionsDocument,
    "mutation RollbackAnswer($answerId: ID!, $revisionId: ID!) {\n  rollbackAnswer(answerId: $answerId, revisionId: $revisionId) {\n    id\n    body\n    bodyHtml\n    updatedAt\n    revisionCount\n  }\n}": typeof types.RollbackAnswerDocument,
    "mutation RollbackPost($postId: ID!, $revisionId: ID!) {\n  rollbackPost(postId: $postId, revisionId: $revisionId) {\n    id\n    title\n    body\n    bodyHtml\n    updatedAt\n    revisionCount\n  }\n}": typeof types.RollbackPostDocument,
    "fragment PostIdeaFields on Post {\n  id\n  kind\n  ideaStatus\n  ideaStatusNote\n  ideaStatusChangedAt\n  viewerCanSetIdeaStatus\n  ideaStatusChanges {\n    id\n    status\n    previousStatus\n    note\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n}": typeof types.PostIdeaFieldsFragmentDoc,
    "mutation SetIdeaStatus($postId: ID!, $status: IdeaStatus!, $note: String) {\n  setIdeaStatus(postId: $postId, status: $status, note: $note) {\n    ...PostIdeaFields\n  }\n}": typeof types.SetIdeaStatusDocument,
    "subscription LiveNotificationAdded {\n  notificationAdded {\n    id\n    kind\n    createdAt\n    readAt\n    actor {\n      id\n      displayName\n    }\n    message\n    link\n    postId\n    answerId\n    commentId\n  }\n}": typeof types.LiveNotificationAddedDocument,
    "subscription LivePostActivity($postId: ID!) {\n  postActivity(postId: $postId) {\n    postId\n    kind\n    answerId\n    commentId\n    at\n  }\n}": typeof types.LivePostActivityDocument,
    "query MentionCandidates($query: String!) {\n  users(filter: {query: $query}, first: 6) {\n    edges {\n      node {\n        id\n        displayName\n        mentionName\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.MentionCandidatesDocument,
    "fragment AnswerModerationFields on Answer {\n  id\n  viewerIsAuthor\n  hidden\n  hiddenReason\n  official\n  officialNote\n  officialSection\n  officialAt\n}": typeof types.AnswerModerationFieldsFragmentDoc,
    "mutation ClosePost($input: ClosePostInput!) {\n  closePost(input: $input) {\n    ...PostModerationFields\n  }\n}": typeof types.ClosePostDocument,
    "fragment CommentModerationFields on Comment {\n  id\n  hidden\n  hiddenReason\n}": typeof types.CommentModerationFieldsFragmentDoc,
    "query ContentReviewQueue($first: Int, $after: String) {\n  contentReviewMonths\n  contentReviewQueue(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ReviewPostFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": typeof types.ContentReviewQueueDocument,
    "query DuplicateOriginal($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    status\n  }\n}": typeof types.DuplicateOriginalDocument,
    "mutation HideContent($input: ModerationInput!) {\n  hideContent(input: $input)\n}": typeof types.HideContentDocument,
    "mutation MarkOfficialAnswer($answerId: ID!, $note: String) {\n  markOfficialAnswer(answerId: $answerId, note: $note) {\n    ...AnswerModerationFields\n  }\n}": typeof types.MarkOfficialAnswerDocument,
    "mutation MarkReviewed($postId: ID!, $outdated: Boolean!, $note: String) {\n  markReviewed(postId: $postId, outdated: $outdated, note: $note) {\n    ...PostModerationFields\n  }\n}": typeof types.MarkReviewedDocument,
    "query ModerationCounts {\n  moderationCounts {\n    openReports\n    hiddenContent\n  }\n}": typeof types.ModerationCountsDocument,
    "fragment PostModerationFields on Post {\n  id\n  kind\n  status\n  closedReason\n  duplicateOfId\n  outdated\n  reviewNote\n  reviewedAt\n  reviewDue {\n    aged\n    changedTags\n    since\n  }\n  hidden\n  hiddenReason\n  viewerIsAuthor\n}": typeof types.PostModerationFieldsFragmentDoc,
    "mutation ReopenPost($postId: ID!) {\n  reopenPost(postId: $postId) {\n    ...PostModerationFields\n  }\n}": typeof types.ReopenPostDocument,
    "mutation ReportContent($input: ReportInput!) {\n  report(input: $input) {\n    id\n    status\n    createdAt\n  }\n}": typeof types.ReportContentDocument,
    "fragment ReportFields on Report {\n  id\n  targetType\n  targetId\n  post {\n    id\n    title\n  }\n  targetExcerpt\n  targetHidden\n  openReportsOnTarget\n  reason\n  note\n  status\n  action\n  resolutionNote\n  reporter {\n    id\n    displayName\n  }\n  resolvedBy {\n    id\n    displayName\n  }\n  createdAt\n  resolvedAt\n}": typeof types.ReportFieldsFragmentDoc,
    "query Reports($status: ReportStatus, $first: Int, $after: String) {\n  reports(status: $status, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ReportFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": typeof types.ReportsDocument,
    "mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n  resolveReport(id: $id, action: $action, note: $note) {\n    ...ReportFields\n  }\n}": typeof types.ResolveReportDocument,
    "mutation RestoreContent($input: ModerationInput!) {\n  restoreContent(input: $input)\n}": typeof types.RestoreContentDocument,
    "query ReviewCount {\n  contentReviewMonths\n  contentReviewQueue(first: 0) {\n    totalCount\n  }\n}": typeof types.ReviewCountDocument,
    "fragment ReviewPostFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n  acceptedAnswer {\n    id\n  }\n  ...PostModerationFields\n}": typeof types.ReviewPostFieldsFragmentDoc,
    "mutation UnmarkOfficialAnswer($answerId: ID!) {\n  unmarkOfficialAnswer(answerId: $answerId) {\n    ...AnswerModerationFields\n  }\n}": typeof types.UnmarkOfficialAnswerDocument,
    "query NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}": typeof types.NotificationSettingsDocument,
    "fragment NotificationSettingsFields on NotificationSettings {\n  emailMode\n  routingRequests\n  emailAvailable\n  kinds {\n    kind\n    email\n  }\n}": typeof types.NotificationSettingsFieldsFragmentDoc,
    "mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}": typeof types.UpdateNotificationSettingsDocument,
    "mutation Follow($targetType: FollowTarget!, $targetId: ID!) {\n  follow(targetType: $targetType, targetId: $targetId)\n}": typeof types.FollowDocument,
    "mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n  markNotificationsRead(ids: $ids, all: $all)\n}": typeof types.MarkNotificationsReadDocument,
    "fragment NotificationFields on Notification {\n  id\n  kind\n  createdAt\n  readAt\n  actor {\n    id\n    displayName\n  }\n  message\n  link\n  postId\n  postKind\n  answerId\n  commentId\n}": typeof types.NotificationFieldsFragmentDoc,
    "query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    edges {\n      cursor\n      node {\n        ...NotificationFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    unreadCount\n  }\n}": typeof types.NotificationsDocument,
    "fragment PostFollowFields on Post {\n  id\n  viewerFollows\n}": typeof types.PostFollowFieldsFragmentDoc,
    "mutation Unfollow($targetType: FollowTarget!, $targetId: ID!) {\n  unfollow(targetType: $targetType, targetId: $targetId)\n}": typeof types.UnfollowDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": typeof types.UnreadNotificationCountDocument,
    "mutation AcceptAnswer($answerId: ID!) {\n  acceptAnswer(answerId: $answerId) {\n    ...PostDetailFields\n  }\n}": typeof types.AcceptAnswerDocument,
    "mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}": typeof types.AddCommentDocument,
    "fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n    avatarUrl\n  }\n  byAnonymousAsker\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  revisionCount\n  viewerCanEdit\n  viewerCanDelete\n  ...AnswerModerationFields\n}": typeof types.AnswerFieldsFragmentDoc,
    "fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}": typeof types.CaseDetailsFieldsFragmentDoc,
    "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n  ...CommentModerationFields\n}": typeof types.CommentFieldsFragmentDoc,
    "mutation CreateAnswer($input: CreateAnswerInput!) {\n  createAnswer(input: $input) {\n    ...AnswerFields\n  }\n}": typeof types.CreateAnswerDocument,
    "mutation DeleteAnswer($id: ID!) {\n  deleteAnswer(id: $id)\n}": typeof types.DeleteAnswerDocument,
    "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}": typeof types.DeleteCommentDocument,
    "mutation DeletePost($id: ID!) {\n  deletePost(id: $id)\n}": typeof types.DeletePostDocument,
    "query PostDetail($id: ID!) {\n  post(id: $id) {\n    ...PostDetailFields\n  }\n}": typeof types.PostDetailDocument,
    "fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  viewerCanRevealAuthor\n  author {\n    id\n    displayName\n    active\n    avatarUrl\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n  revisionCount\n  bookmarked\n  ...PostIdeaFields\n  ...PostPracticesFields\n  ...PostModerationFields\n  ...PostFollowFields\n}": typeof types.PostDetailFieldsFragmentDoc,
    "mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n  revealAnonymousAuthor(postId: $postId, reason: $reason) {\n    id\n    displayName\n    department {\n      id\n      name\n    }\n  }\n}": typeof types.RevealAnonymousAuthorDocument,
    "mutation UnacceptAnswer($postId: ID!) {\n  unacceptAnswer(postId: $postId) {\n    ...PostDetailFields\n  }\n}": typeof types.UnacceptAnswerDocument,
    "mutation UpdateAnswer($input: UpdateAnswerInput!) {\n  updateAnswer(input: $input) {\n    ...AnswerFields\n  }\n}": typeof types.UpdateAnswerDocument,
    "mutation AddToCollection($collectionId: ID!, $postId: ID!, $position: Int) {\n  addToCollection(\n    collectionId: $collectionId\n    postId: $postId\n    position: $position\n  ) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}": typeof types.AddToCollectionDocument,
    "fragment AdoptionFields on Adoption {\n  id\n  department {\n    id\n    name\n    path\n  }\n  status\n  adoptedOn\n  hoursSavedPerYear\n  note\n  recordedBy {\n    id\n    displayName\n  }\n  createdAt\n  updatedAt\n  viewerCanEdit\n  followUpPost {\n    id\n    title\n  }\n}": typeof types.AdoptionFieldsFragmentDoc,
    "query CollectionDetail($id: ID!) {\n  collection(id: $id) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}": typeof types.CollectionDetailDocument,
    "fragment CollectionSummaryFields on Collection {\n  id\n  title\n  description\n  postCount\n  createdAt\n  updatedAt\n  viewerCanEdit\n}": typeof types.CollectionSummaryFieldsFragmentDoc,
    "query Collections {\n  collections {\n    ...CollectionSummaryFields\n  }\n}": typeof types.CollectionsDocument,
    "mutation CreateCollection($input: CollectionInput!) {\n  createCollection(input: $input) {\n    ...CollectionSummaryFields\n  }\n}": typeof types.CreateCollectionDocument,
    "mutation DeleteCollection($id: ID!) {\n  deleteCollection(id: $id)\n}": typeof types.DeleteCollectionDocument,
    "mutation FeaturePost($postId: ID!, $note: String) {\n  featurePost(postId: $postId, note: $note) {\n    id\n    featured\n    featuredNote\n    featuredAt\n  }\n}": typeof types.FeaturePostDocument,
    "query ImpactSummary($fiscalYear: Int!) {\n  impactSummary(fiscalYear: $fiscalYear) {\n    fiscalYear\n    fiscalYearLabel\n    totalHoursSaved\n    caseHoursSaved\n    adoptionHoursSaved\n    previousTotalHoursSaved\n    adoptionCount\n    adoptingDepartments\n    byDepartment {\n      department {\n        id\n        name\n        path\n      }\n      label\n      hoursSaved\n      cases\n      adoptions\n    }\n    cases {\n      post {\n        id\n        title\n        department {\n          id\n          name\n        }\n      }\n      hoursSaved\n      caseHoursSaved\n      adoptionHoursSaved\n      adoptions\n    }\n  }\n}": typeof types.ImpactSummaryDocument,
    "fragment PostPracticesFields on Post {\n  id\n  featured\n  featuredNote\n  featuredAt\n  outdated\n  reviewedAt\n  closedReason\n  hidden\n  hiddenReason\n  collections {\n    id\n    title\n  }\n  viewerCanRecordAdoption\n  adoptions {\n    ...AdoptionFields\n  }\n}": typeof types.PostPracticesFieldsFragmentDoc,
    "mutation RecordAdoption($input: AdoptionInput!) {\n  recordAdoption(input: $input) {\n    ...AdoptionFields\n    post {\n      id\n      adoptions {\n        ...AdoptionFields\n      }\n    }\n  }\n}": typeof types.RecordAdoptionDocument,
    "mutation RemoveFromCollection($collectionId: ID!, $postId: ID!) {\n  removeFromCollection(collectionId: $collectionId, postId: $postId) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}": typeof types.RemoveFromCollectionDocument,
    "mutation UnfeaturePost($postId: ID!) {\n  unfeaturePost(postId: $postId) {\n    id\n    featured\n    featuredNote\n    featuredAt\n  }\n}": typeof types.UnfeaturePostDocument,
    "mutation UpdateCollection($id: ID!, $input: CollectionInput!) {\n  updateCollection(id: $id, input: $input) {\n    ...CollectionSummaryFields\n  }\n}": typeof types.UpdateCollectionDocument,
    "query MyProfile {\n  me {\n    id\n    displayName\n    extension\n    bio\n    expertise\n    avatarUrl\n  }\n}": typeof types.MyProfileDocument,
    "mutation UpdateMyProfile($input: ProfileInput!) {\n  updateMyProfile(input: $input) {\n    id\n    extension\n    bio\n    expertise\n    avatarUrl\n  }\n}": typeof types.UpdateMyProfileDocument,
    "mutation React($input: ReactInput!) {\n  react(input: $input) {\n    ...ReactionFields\n  }\n}": typeof types.ReactDocument,
    "fragment ReactionFields on ReactionSummary {\n  cheer\n  helpful\n  thanks\n  viewerStamps\n  targetType\n  targetId\n}": typeof types.ReactionFieldsFragmentDoc,
    "mutation Unreact($input: ReactInput!) {\n  unreact(input: $input) {\n    ...ReactionFields\n  }\n}": typeof types.UnreactDocument,
    "query RoutePeopleSearch($query: String!, $first: Int) {\n  users(filter: {query: $query}, first: $first) {\n    edges {\n      node {\n        id\n        displayName\n        active\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.RoutePeopleSearchDocument,
    "mutation RouteQuestion($postId: ID!, $userIds: [ID!]!) {\n  routeQuestion(postId: $postId, userIds: $userIds) {\n    id\n    displayName\n  }\n}": typeof types.RouteQuestionDocument,
    "query RouteSuggestions($tag: String!, $first: Int) {\n  experts(tag: $tag, first: $first) {\n    level\n    acceptedCount\n    skill {\n      id\n      name\n    }\n    user {\n      id\n      displayName\n      active\n      department {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.RouteSuggestionsDocument,
    "mutation CreateSearchSynonymGroup($terms: [String!]!) {\n  createSearchSynonymGroup(terms: $terms) {\n    id\n    terms\n    updatedAt\n  }\n}": typeof types.CreateSearchSynonymGroupDocument,
    "mutation DeleteSearchSynonymGroup($id: ID!) {\n  deleteSearchSynonymGroup(id: $id)\n}": typeof types.DeleteSearchSynonymGroupDocument,
    "query RelatedPosts($id: ID!) {\n  post(id: $id) {\n    id\n    relatedPosts(first: 5) {\n      ...SimilarPostFields\n    }\n  }\n}": typeof types.RelatedPostsDocument,
    "query SearchPosts($query: String!, $first: Int, $after: String, $filter: PostFilter, $createdAt: SearchDateRange) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    filter: $filter\n    createdAt: $createdAt\n  ) {\n    totalCount\n    terms {\n      text\n      phrase\n      synonyms\n    }\n    edges {\n      cursor\n      snippet\n      titleHighlight\n      node {\n        id\n        title\n        kind\n        status\n        ideaStatus\n        anonymous\n        answerCount\n        createdAt\n        author {\n          id\n          displayName\n        }\n        tags {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.SearchPostsDocument,
    "query SearchSynonyms {\n  searchSynonyms {\n    id\n    terms\n    updatedAt\n  }\n}": typeof types.SearchSynonymsDocument,
    "fragment SimilarPostFields on Post {\n  id\n  title\n  kind\n  status\n  answerCount\n  createdAt\n}": typeof types.SimilarPostFieldsFragmentDoc,
    "query SimilarPosts($title: String!, $first: Int) {\n  similarPosts(title: $title, first: $first) {\n    ...SimilarPostFields\n  }\n}": typeof types.SimilarPostsDocument,
    "mutation UpdateSearchSynonymGroup($id: ID!, $terms: [String!]!) {\n  updateSearchSynonymGroup(id: $id, terms: $terms) {\n    id\n    terms\n    updatedAt\n  }\n}": typeof types.UpdateSearchSynonymGroupDocument,
    "query Experts($tag: String, $skillCode: String, $first: Int) {\n  experts(tag: $tag, skillCode: $skillCode, first: $first) {\n    level\n    points\n    evidenceCount\n    acceptedCount\n    skill {\n      id\n      code\n      name\n    }\n    user {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.ExpertsDocument,
    "query ProfileSkills($id: ID!) {\n  user(id: $id) {\n    id\n    displayName\n    viewerCanSeeSkillRecord\n    skills {\n      ...SkillEntryFields\n    }\n    certifications {\n      tier\n      fiscalYear\n      grantedAt\n    }\n    badges {\n      ...BadgeAwardFields\n    }\n  }\n}": typeof types.ProfileSkillsDocument,
    "mutation SetSkillsPublic($value: Boolean!) {\n  setSkillsPublic(value: $value)\n}": typeof types.SetSkillsPublicDocument,
    "fragment SkillEntryFields on SkillEntry {\n  points\n  level\n  evidenceCount\n  requirement\n  skill {\n    id\n    code\n    name\n  }\n  trend {\n    fiscalYear\n    points\n  }\n}": typeof types.SkillEntryFieldsFragmentDoc,
    "query SkillRecord($userId: ID!) {\n  skillRecord(userId: $userId) {\n    skillsPublic\n    totalPoints\n    user {\n      id\n    }\n    entries {\n      ...SkillEntryFields\n      evidence {\n        kind\n        accepted\n        postId\n        answerId\n        title\n        at\n      }\n    }\n    roleGap {\n      mark\n      skill {\n        id\n        code\n        name\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n      grantedAt\n      note\n      evidence\n    }\n    certificationHistory {\n      id\n      action\n      tier\n      fiscalYear\n      note\n      at\n      evidence\n      actedBy {\n        id\n        displayName\n      }\n    }\n  }\n}": typeof types.SkillRecordDocument,
    "query ContributionStats($input: StatsInput!) {\n  contributionStats(input: $input) {\n    fiscalYear\n    fiscalYearLabel\n    department {\n      id\n      name\n      path\n    }\n    suppressed\n    suppressedReason\n    minGroupSize\n    groupSize\n    totals {\n      ...StatsTotalsFields\n    }\n    previousTotals {\n      ...StatsTotalsFields\n    }\n    series {\n      periodStart\n      questions\n      cases\n      ideas\n      answers\n      acceptedAnswers\n      comments\n      stampsGiven\n      activeContributors\n    }\n    byDepartment {\n      department {\n        id\n        name\n        path\n      }\n      label\n      suppressed\n      totals {\n        ...StatsTotalsFields\n      }\n    }\n    response {\n      questions\n      medianFirstAnswerHours\n      p90FirstAnswerHours\n      medianAcceptedHours\n      resolutionRate\n      unansweredOver3Days\n      unansweredOver7Days\n      unansweredOver30Days\n    }\n    unanswered {\n      id\n      title\n      createdAt\n      ageDays\n    }\n  }\n}": typeof types.ContributionStatsDocument,
    "query Leaderboard($fiscalYear: Int!, $first: Int) {\n  leaderboard(fiscalYear: $fiscalYear, first: $first) {\n    rank\n    points\n    contributions\n    user {\n      id\n      displayName\n    }\n  }\n  me {\n    id\n    leaderboardOptIn\n  }\n}": typeof types.LeaderboardDocument,
    "mutation SetLeaderboardOptIn($optIn: Boolean!) {\n  setLeaderboardOptIn(optIn: $optIn) {\n    id\n    leaderboardOptIn\n  }\n}": typeof types.SetLeaderboardOptInDocument,
    "query StatsFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n    retired\n  }\n}": typeof types.StatsFiltersDocument,
    "fragment StatsTotalsFields on StatsTotals {\n  questions\n  cases\n  ideas\n  answers\n  acceptedAnswers\n  comments\n  stampsGiven\n  stampsReceived\n  adoptions\n  activeContributors\n}": typeof types.StatsTotalsFieldsFragmentDoc,
    "mutation MergeTags($from: String!, $into: String!) {\n  mergeTags(from: $from, into: $into) {\n    id\n    name\n    postCount\n  }\n}": typeof types.MergeTagsDocument,
    "mutation RenameTag($from: String!, $to: String!) {\n  renameTag(from: $from, to: $to) {\n    id\n    name\n    postCount\n  }\n}": typeof types.RenameTagDocument,
    "fragment TagDetailFields on TagDetail {\n  id\n  name\n  description\n  postCount\n  changedAt\n  changedNote\n  viewerCanEdit\n  topCases {\n    id\n    kind\n    title\n    featured\n    createdAt\n    department {\n      id\n      name\n    }\n    reactions {\n      ...ReactionFields\n    }\n  }\n}": typeof types.TagDetailFieldsFragmentDoc,
    "query TagPage($name: String!) {\n  tag(name: $name) {\n    ...TagDetailFields\n  }\n}": typeof types.TagPageDocument,
    "mutation UpdateTag($input: TagUpdateInput!) {\n  updateTag(input: $input) {\n    ...TagDetailFields\n  }\n}": typeof types.UpdateTagDocument,
    "query TeamFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n  }\n}": typeof types.TeamFiltersDocument,
    "query TeamSkillRecords($departmentId: ID) {\n  teamSkillRecords(departmentId: $departmentId) {\n    totalPoints\n    user {\n      id\n      displayName\n      roleCategoryName\n      department {\n        id\n        name\n        path\n      }\n    }\n    entries {\n      points\n      level\n      skill {\n        id\n        code\n        name\n      }\n    }\n    roleGap {\n      skill {\n        id\n        code\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n    }\n  }\n}": typeof types.TeamSkillRecordsDocument,
    "query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    active\n    email\n    extension\n    bio\n    expertise\n    avatarUrl\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}": typeof types.UserProfileDocument,
    "mutation CreateWebhook($input: WebhookInput!) {\n  createWebhook(input: $input) {\n    ...WebhookFields\n  }\n}": typeof types.CreateWebhookDocument,
    "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}": typeof types.DeleteWebhookDocument,
    "mutation TestWebhook($id: ID!) {\n  testWebhook(id: $id) {\n    ok\n    httpStatus\n    error\n  }\n}": typeof types.TestWebhookDocument,
    "mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n  updateWebhook(id: $id, input: $input) {\n    ...WebhookFields\n  }\n}": typeof types.UpdateWebhookDocument,
    "fragment WebhookFields on Webhook {\n  id\n  name\n  url\n  format\n  tags\n  kinds\n  hasSecret\n  active\n  createdAt\n  lastDelivery {\n    status\n    httpStatus\n    error\n    at\n  }\n}": typeof types.WebhookFieldsFragmentDoc,
    "query Webhooks {\n  webhooks {\n    ...WebhookFields\n  }\n}": typeof types.WebhooksDocument,
};
const documents: Documents = {
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": types.ChangePasswordDocument,
    "fragment AdminDepartmentFields on Department {\n  id\n  code\n  name\n  level\n  parentId\n  path\n  retired\n  formerNames {\n    name\n    until\n  }\n}": types.AdminDepartmentFieldsFragmentDoc,
    "query AdminDepartments {\n  departments {\n    ...AdminDepartmentFields\n  }\n}": types.AdminDepartmentsDocument,
    "fragment AdminSkillFields on Skill {\n  id\n  code\n  name\n  summary\n  framework\n  retired\n}": types.AdminSkillFieldsFragmentDoc,
    "query AdminSkills {\n  skills(includeRetired: true) {\n    ...AdminSkillFields\n  }\n}": types.AdminSkillsDocument,
    "fragment AdminUserFields on User {\n  id\n  displayName\n  email\n  role\n  roleCategory\n  roleCategoryName\n  layer\n  layerName\n  employeeId\n  active\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n  managedDepartments {\n    id\n    name\n    path\n  }\n  createdAt\n}": types.AdminUserFieldsFragmentDoc,
    "query AdminUsers($first: Int, $after: String, $filter: UserFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...AdminUserFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.AdminUsersDocument,
    "query AuditActions {\n  auditActions {\n    action\n    label\n  }\n}": types.AuditActionsDocument,
    "query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n  auditLog(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        id\n        action\n        actionLabel\n        actor {\n          id\n          displayName\n        }\n        targetType\n        targetId\n        targetLabel\n        before\n        after\n        detail\n        ip\n        createdAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.AuditLogDocument,
    "mutation CreateBadge($input: CreateBadgeInput!) {\n  createBadge(input: $input) {\n    ...BadgeCatalogueFields\n  }\n}": types.CreateBadgeDocument,
    "mutation CreateDepartment($input: CreateDepartmentInput!) {\n  createDepartment(input: $input) {\n    ...AdminDepartmentFields\n  }\n}": types.CreateDepartmentDocument,
    "mutation CreateSkill($input: CreateSkillInput!) {\n  createSkill(input: $input) {\n    ...AdminSkillFields\n  }\n}": types.CreateSkillDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}": types.CreateUserDocument,
    "mutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}": types.DeactivateUserDocument,
    "mutation GrantBadge($input: GrantBadgeInput!) {\n  grantBadge(input: $input) {\n    id\n  }\n}": types.GrantBadgeDocument,
    "mutation GrantCertification($input: GrantCertificationInput!) {\n  grantCertification(input: $input) {\n    tier\n    fiscalYear\n  }\n}": types.GrantCertificationDocument,
    "mutation ImportSkillFramework($framework: String!) {\n  importSkillFramework(framework: $framework) {\n    ...AdminSkillFields\n  }\n}": types.ImportSkillFrameworkDocument,
    "mutation ImportStaff($input: ImportStaffInput!) {\n  importStaff(input: $input) {\n    dryRun\n    ok\n    effectiveDate\n    rows\n    created\n    updated\n    transferred\n    deactivated\n    unchanged\n    departmentsCreated\n    errors {\n      line\n      column\n      columnName\n      message\n    }\n    warnings\n    changes {\n      kind\n      line\n      employeeId\n      name\n      description\n    }\n    changeCount\n  }\n}": types.ImportStaffDocument,
    "query People {\n  teamSkillRecords {\n    user {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n  }\n}": types.PeopleDocument,
    "mutation ReactivateUser($id: ID!) {\n  reactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}": types.ReactivateUserDocument,
    "mutation RemoveTagSkill($tag: String!, $skillCode: String!) {\n  removeTagSkill(tag: $tag, skillCode: $skillCode) {\n    ...TagSkillMappingFields\n  }\n}": types.RemoveTagSkillDocument,
    "mutation ResetPassword($userId: ID!) {\n  resetPassword(userId: $userId)\n}": types.ResetPasswordDocument,
    "mutation RevokeBadgeAward($awardId: ID!) {\n  revokeBadgeAward(awardId: $awardId)\n}": types.RevokeBadgeAwardDocument,
    "mutation RevokeCertification($input: GrantCertificationInput!) {\n  revokeCertification(input: $input) {\n    tier\n    fiscalYear\n  }\n}": types.RevokeCertificationDocument,
    "mutation SetManagerScope($input: ManagerScopeInput!) {\n  setManagerScope(input: $input) {\n    ...AdminUserFields\n  }\n}": types.SetManagerScopeDocument,
    "mutation SetTagSkill($input: TagSkillInput!) {\n  setTagSkill(input: $input) {\n    ...TagSkillMappingFields\n  }\n}": types.SetTagSkillDocument,
    "query SkillSettings {\n  skillSettings {\n    ...SkillSettingsFields\n  }\n}": types.SkillSettingsDocument,
    "fragment SkillSettingsFields on SkillSettings {\n  ANSWER_ACCEPTED\n  ANSWER_POSTED\n  CASE_POSTED\n  COMMENT_POSTED\n  IDEA_POSTED\n  QUESTION_POSTED\n  STAMP_GIVEN\n  STAMP_RECEIVED {\n    CHEER\n    HELPFUL\n    THANKS\n  }\n  levelThresholds\n  stampDailyCap\n}": types.SkillSettingsFieldsFragmentDoc,
    "fragment TagSkillMappingFields on TagSkillMapping {\n  tag\n  weight\n  skill {\n    id\n    code\n    name\n  }\n}": types.TagSkillMappingFieldsFragmentDoc,
    "query TagSkillMappings {\n  tagSkillMappings {\n    ...TagSkillMappingFields\n  }\n  skills {\n    id\n    code\n    name\n  }\n}": types.TagSkillMappingsDocument,
    "mutation TransferUser($input: TransferInput!) {\n  transferUser(input: $input) {\n    ...AdminUserFields\n  }\n}": types.TransferUserDocument,
    "mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n  updateDepartment(input: $input) {\n    ...AdminDepartmentFields\n  }\n}": types.UpdateDepartmentDocument,
    "mutation UpdateSkill($input: UpdateSkillInput!) {\n  updateSkill(input: $input) {\n    ...AdminSkillFields\n  }\n}": types.UpdateSkillDocument,
    "mutation UpdateSkillSettings($input: SkillSettingsInput!) {\n  updateSkillSettings(input: $input) {\n    ...SkillSettingsFields\n  }\n}": types.UpdateSkillSettingsDocument,
    "mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...AdminUserFields\n  }\n}": types.UpdateUserDocument,
    "query DemoMode {\n  demoMode\n}": types.DemoModeDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": types.MeDocument,
    "query SignInOptions {\n  signInOptions {\n    localLogin\n    sso\n    ssoLabel\n  }\n}": types.SignInOptionsDocument,
    "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  avatarUrl\n  permissions\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n}": types.ViewerFieldsFragmentDoc,
    "fragment BadgeAwardFields on BadgeAward {\n  id\n  awardedAt\n  reason\n  postId\n  badge {\n    id\n    code\n    name\n    tier\n    description\n    manual\n  }\n}": types.BadgeAwardFieldsFragmentDoc,
    "fragment BadgeCatalogueFields on Badge {\n  id\n  code\n  name\n  tier\n  description\n  manual\n  repeatable\n  rule\n  holderCount\n}": types.BadgeCatalogueFieldsFragmentDoc,
    "query BadgeHolders($code: String!, $first: Int) {\n  badge(code: $code) {\n    id\n    code\n    name\n    tier\n    description\n    manual\n    repeatable\n    holderCount\n    holders(first: $first) {\n      id\n      awardedAt\n      reason\n      postId\n      user {\n        id\n        displayName\n        department {\n          id\n          name\n        }\n      }\n      grantedBy {\n        id\n        displayName\n      }\n    }\n  }\n}": types.BadgeHoldersDocument,
    "query Badges {\n  badges {\n    ...BadgeCatalogueFields\n  }\n}": types.BadgesDocument,
    "mutation MarkBadgesSeen {\n  markBadgesSeen\n}": types.MarkBadgesSeenDocument,
    "query MyUnseenBadges {\n  myUnseenBadges {\n    ...BadgeAwardFields\n  }\n}": types.MyUnseenBadgesDocument,
    "mutation Bookmark($postId: ID!) {\n  bookmark(postId: $postId)\n}": types.BookmarkDocument,
    "query Bookmarks($first: Int, $after: String) {\n  bookmarks(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n  }\n}": types.BookmarksDocument,
    "mutation Unbookmark($postId: ID!) {\n  unbookmark(postId: $postId)\n}": types.UnbookmarkDocument,
    "mutation DiscardDraft($id: ID!) {\n  discardDraft(id: $id)\n}": types.DiscardDraftDocument,
    "query Draft($id: ID, $postId: ID) {\n  draft(id: $id, postId: $postId) {\n    ...DraftFields\n  }\n}": types.DraftDocument,
    "fragment DraftFields on Draft {\n  id\n  kind\n  title\n  body\n  tags\n  postId\n  postTitle\n  postKind\n  anonymous\n  caseDetails {\n    problem\n    solution\n    effect\n    hoursSavedPerYear\n    tools\n  }\n  createdAt\n  updatedAt\n}": types.DraftFieldsFragmentDoc,
    "query Drafts {\n  drafts {\n    ...DraftFields\n  }\n}": types.DraftsDocument,
    "mutation SaveDraft($input: DraftInput!) {\n  saveDraft(input: $input) {\n    ...DraftFields\n  }\n}": types.SaveDraftDocument,
    "mutation CreatePost($input: CreatePostInput!) {\n  createPost(input: $input) {\n    ...PostDetailFields\n  }\n}": types.CreatePostDocument,
    "query MarkdownPreview($body: String!) {\n  markdownPreview(body: $body)\n}": types.MarkdownPreviewDocument,
    "query PostForEdit($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    body\n    anonymous\n    tags {\n      id\n      name\n    }\n    caseDetails {\n      ...CaseDetailsFields\n    }\n    viewerCanEdit\n  }\n}": types.PostForEditDocument,
    "query TagSuggestions($prefix: String, $first: Int) {\n  tags(prefix: $prefix, first: $first) {\n    id\n    name\n    postCount\n  }\n}": types.TagSuggestionsDocument,
    "mutation UpdatePost($input: UpdatePostInput!) {\n  updatePost(input: $input) {\n    ...PostDetailFields\n  }\n}": types.UpdatePostDocument,
    "query Departments {\n  departments {\n    id\n    code\n    name\n    level\n    parentId\n    path\n  }\n}": types.DepartmentsDocument,
    "query FeedDensity {\n  me {\n    id\n    feedDensity\n  }\n}\n\nmutation SetFeedDensity($density: FeedDensity!) {\n  setFeedDensity(density: $density)\n}": types.FeedDensityDocument,
    "query FeedPosts($first: Int, $after: String, $filter: PostFilter) {\n  posts(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.FeedPostsDocument,
    "fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  featured\n  ideaStatus\n  bookmarked\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}": types.PostCardFieldsFragmentDoc,
    "mutation AcknowledgeGuidelines {\n  acknowledgeGuidelines {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}": types.AcknowledgeGuidelinesDocument,
    "query GuardRules {\n  guardRules {\n    words\n    staffEmailDomains\n    wordsUpdatedAt\n  }\n}": types.GuardRulesDocument,
    "query PostingGuidelines {\n  postingGuidelines {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}": types.PostingGuidelinesDocument,
    "mutation UpdateGuardWords($words: [String!]!) {\n  updateGuardWords(words: $words) {\n    words\n    staffEmailDomains\n    wordsUpdatedAt\n  }\n}": types.UpdateGuardWordsDocument,
    "mutation UpdatePostingGuidelines($body: String!) {\n  updatePostingGuidelines(body: $body) {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}": types.UpdatePostingGuidelinesDocument,
    "fragment AnswerRevisionFields on AnswerRevision {\n  id\n  number\n  editedAt\n  editor {\n    id\n    displayName\n  }\n  editorLabel\n  byAnonymousAsker\n  title\n  body\n  restoredFrom\n}": types.AnswerRevisionFieldsFragmentDoc,
    "query AnswerRevisions($postId: ID!, $first: Int) {\n  post(id: $postId) {\n    id\n    answers {\n      id\n      revisionCount\n      revisions(first: $first) {\n        ...AnswerRevisionFields\n      }\n    }\n  }\n}": types.AnswerRevisionsDocument,
    "fragment PostRevisionFields on PostRevision {\n  id\n  number\n  editedAt\n  editor {\n    id\n    displayName\n  }\n  editorLabel\n  byAnonymousAsker\n  title\n  body\n  restoredFrom\n}": types.PostRevisionFieldsFragmentDoc,
    "query PostRevisions($id: ID!, $first: Int) {\n  post(id: $id) {\n    id\n    revisionCount\n    revisions(first: $first) {\n      ...PostRevisionFields\n    }\n  }\n}": types.PostRevisionsDocument,
    "mutation RollbackAnswer($answerId: ID!, $revisionId: ID!) {\n  rollbackAnswer(answerId: $answerId, revisionId: $revisionId) {\n    id\n    body\n    bodyHtml\n    updatedAt\n    revisionCount\n  }\n}": types.RollbackAnswerDocument,
    "mutation RollbackPost($postId: ID!, $revisionId: ID!) {\n  rollbackPost(postId: $postId, revisionId: $revisionId) {\n    id\n    title\n    body\n    bodyHtml\n    updatedAt\n    revisionCount\n  }\n}": types.RollbackPostDocument,
    "fragment PostIdeaFields on Post {\n  id\n  kind\n  ideaStatus\n  ideaStatusNote\n  ideaStatusChangedAt\n  viewerCanSetIdeaStatus\n  ideaStatusChanges {\n    id\n    status\n    previousStatus\n    note\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n}": types.PostIdeaFieldsFragmentDoc,
    "mutation SetIdeaStatus($postId: ID!, $status: IdeaStatus!, $note: String) {\n  setIdeaStatus(postId: $postId, status: $status, note: $note) {\n    ...PostIdeaFields\n  }\n}": types.SetIdeaStatusDocument,
    "subscription LiveNotificationAdded {\n  notificationAdded {\n    id\n    kind\n    createdAt\n    readAt\n    actor {\n      id\n      displayName\n    }\n    message\n    link\n    postId\n    answerId\n    commentId\n  }\n}": types.LiveNotificationAddedDocument,
    "subscription LivePostActivity($postId: ID!) {\n  postActivity(postId: $postId) {\n    postId\n    kind\n    answerId\n    commentId\n    at\n  }\n}": types.LivePostActivityDocument,
    "query MentionCandidates($query: String!) {\n  users(filter: {query: $query}, first: 6) {\n    edges {\n      node {\n        id\n        displayName\n        mentionName\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.MentionCandidatesDocument,
    "fragment AnswerModerationFields on Answer {\n  id\n  viewerIsAuthor\n  hidden\n  hiddenReason\n  official\n  officialNote\n  officialSection\n  officialAt\n}": types.AnswerModerationFieldsFragmentDoc,
    "mutation ClosePost($input: ClosePostInput!) {\n  closePost(input: $input) {\n    ...PostModerationFields\n  }\n}": types.ClosePostDocument,
    "fragment CommentModerationFields on Comment {\n  id\n  hidden\n  hiddenReason\n}": types.CommentModerationFieldsFragmentDoc,
    "query ContentReviewQueue($first: Int, $after: String) {\n  contentReviewMonths\n  contentReviewQueue(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ReviewPostFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.ContentReviewQueueDocument,
    "query DuplicateOriginal($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    status\n  }\n}": types.DuplicateOriginalDocument,
    "mutation HideContent($input: ModerationInput!) {\n  hideContent(input: $input)\n}": types.HideContentDocument,
    "mutation MarkOfficialAnswer($answerId: ID!, $note: String) {\n  markOfficialAnswer(answerId: $answerId, note: $note) {\n    ...AnswerModerationFields\n  }\n}": types.MarkOfficialAnswerDocument,
    "mutation MarkReviewed($postId: ID!, $outdated: Boolean!, $note: String) {\n  markReviewed(postId: $postId, outdated: $outdated, note: $note) {\n    ...PostModerationFields\n  }\n}": types.MarkReviewedDocument,
    "query ModerationCounts {\n  moderationCounts {\n    openReports\n    hiddenContent\n  }\n}": types.ModerationCountsDocument,
    "fragment PostModerationFields on Post {\n  id\n  kind\n  status\n  closedReason\n  duplicateOfId\n  outdated\n  reviewNote\n  reviewedAt\n  reviewDue {\n    aged\n    changedTags\n    since\n  }\n  hidden\n  hiddenReason\n  viewerIsAuthor\n}": types.PostModerationFieldsFragmentDoc,
    "mutation ReopenPost($postId: ID!) {\n  reopenPost(postId: $postId) {\n    ...PostModerationFields\n  }\n}": types.ReopenPostDocument,
    "mutation ReportContent($input: ReportInput!) {\n  report(input: $input) {\n    id\n    status\n    createdAt\n  }\n}": types.ReportContentDocument,
    "fragment ReportFields on Report {\n  id\n  targetType\n  targetId\n  post {\n    id\n    title\n  }\n  targetExcerpt\n  targetHidden\n  openReportsOnTarget\n  reason\n  note\n  status\n  action\n  resolutionNote\n  reporter {\n    id\n    displayName\n  }\n  resolvedBy {\n    id\n    displayName\n  }\n  createdAt\n  resolvedAt\n}": types.ReportFieldsFragmentDoc,
    "query Reports($status: ReportStatus, $first: Int, $after: String) {\n  reports(status: $status, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ReportFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.ReportsDocument,
    "mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n  resolveReport(id: $id, action: $action, note: $note) {\n    ...ReportFields\n  }\n}": types.ResolveReportDocument,
    "mutation RestoreContent($input: ModerationInput!) {\n  restoreContent(input: $input)\n}": types.RestoreContentDocument,
    "query ReviewCount {\n  contentReviewMonths\n  contentReviewQueue(first: 0) {\n    totalCount\n  }\n}": types.ReviewCountDocument,
    "fragment ReviewPostFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n  acceptedAnswer {\n    id\n  }\n  ...PostModerationFields\n}": types.ReviewPostFieldsFragmentDoc,
    "mutation UnmarkOfficialAnswer($answerId: ID!) {\n  unmarkOfficialAnswer(answerId: $answerId) {\n    ...AnswerModerationFields\n  }\n}": types.UnmarkOfficialAnswerDocument,
    "query NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}": types.NotificationSettingsDocument,
    "fragment NotificationSettingsFields on NotificationSettings {\n  emailMode\n  routingRequests\n  emailAvailable\n  kinds {\n    kind\n    email\n  }\n}": types.NotificationSettingsFieldsFragmentDoc,
    "mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}": types.UpdateNotificationSettingsDocument,
    "mutation Follow($targetType: FollowTarget!, $targetId: ID!) {\n  follow(targetType: $targetType, targetId: $targetId)\n}": types.FollowDocument,
    "mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n  markNotificationsRead(ids: $ids, all: $all)\n}": types.MarkNotificationsReadDocument,
    "fragment NotificationFields on Notification {\n  id\n  kind\n  createdAt\n  readAt\n  actor {\n    id\n    displayName\n  }\n  message\n  link\n  postId\n  postKind\n  answerId\n  commentId\n}": types.NotificationFieldsFragmentDoc,
    "query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    edges {\n      cursor\n      node {\n        ...NotificationFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    unreadCount\n  }\n}": types.NotificationsDocument,
    "fragment PostFollowFields on Post {\n  id\n  viewerFollows\n}": types.PostFollowFieldsFragmentDoc,
    "mutation Unfollow($targetType: FollowTarget!, $targetId: ID!) {\n  unfollow(targetType: $targetType, targetId: $targetId)\n}": types.UnfollowDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": types.UnreadNotificationCountDocument,
    "mutation AcceptAnswer($answerId: ID!) {\n  acceptAnswer(answerId: $answerId) {\n    ...PostDetailFields\n  }\n}": types.AcceptAnswerDocument,
    "mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}": types.AddCommentDocument,
    "fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n    avatarUrl\n  }\n  byAnonymousAsker\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  revisionCount\n  viewerCanEdit\n  viewerCanDelete\n  ...AnswerModerationFields\n}": types.AnswerFieldsFragmentDoc,
    "fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}": types.CaseDetailsFieldsFragmentDoc,
    "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n  ...CommentModerationFields\n}": types.CommentFieldsFragmentDoc,
    "mutation CreateAnswer($input: CreateAnswerInput!) {\n  createAnswer(input: $input) {\n    ...AnswerFields\n  }\n}": types.CreateAnswerDocument,
    "mutation DeleteAnswer($id: ID!) {\n  deleteAnswer(id: $id)\n}": types.DeleteAnswerDocument,
    "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}": types.DeleteCommentDocument,
    "mutation DeletePost($id: ID!) {\n  deletePost(id: $id)\n}": types.DeletePostDocument,
    "query PostDetail($id: ID!) {\n  post(id: $id) {\n    ...PostDetailFields\n  }\n}": types.PostDetailDocument,
    "fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  viewerCanRevealAuthor\n  author {\n    id\n    displayName\n    active\n    avatarUrl\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n  revisionCount\n  bookmarked\n  ...PostIdeaFields\n  ...PostPracticesFields\n  ...PostModerationFields\n  ...PostFollowFields\n}": types.PostDetailFieldsFragmentDoc,
    "mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n  revealAnonymousAuthor(postId: $postId, reason: $reason) {\n    id\n    displayName\n    department {\n      id\n      name\n    }\n  }\n}": types.RevealAnonymousAuthorDocument,
    "mutation UnacceptAnswer($postId: ID!) {\n  unacceptAnswer(postId: $postId) {\n    ...PostDetailFields\n  }\n}": types.UnacceptAnswerDocument,
    "mutation UpdateAnswer($input: UpdateAnswerInput!) {\n  updateAnswer(input: $input) {\n    ...AnswerFields\n  }\n}": types.UpdateAnswerDocument,
    "mutation AddToCollection($collectionId: ID!, $postId: ID!, $position: Int) {\n  addToCollection(\n    collectionId: $collectionId\n    postId: $postId\n    position: $position\n  ) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}": types.AddToCollectionDocument,
    "fragment AdoptionFields on Adoption {\n  id\n  department {\n    id\n    name\n    path\n  }\n  status\n  adoptedOn\n  hoursSavedPerYear\n  note\n  recordedBy {\n    id\n    displayName\n  }\n  createdAt\n  updatedAt\n  viewerCanEdit\n  followUpPost {\n    id\n    title\n  }\n}": types.AdoptionFieldsFragmentDoc,
    "query CollectionDetail($id: ID!) {\n  collection(id: $id) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}": types.CollectionDetailDocument,
    "fragment CollectionSummaryFields on Collection {\n  id\n  title\n  description\n  postCount\n  createdAt\n  updatedAt\n  viewerCanEdit\n}": types.CollectionSummaryFieldsFragmentDoc,
    "query Collections {\n  collections {\n    ...CollectionSummaryFields\n  }\n}": types.CollectionsDocument,
    "mutation CreateCollection($input: CollectionInput!) {\n  createCollection(input: $input) {\n    ...CollectionSummaryFields\n  }\n}": types.CreateCollectionDocument,
    "mutation DeleteCollection($id: ID!) {\n  deleteCollection(id: $id)\n}": types.DeleteCollectionDocument,
    "mutation FeaturePost($postId: ID!, $note: String) {\n  featurePost(postId: $postId, note: $note) {\n    id\n    featured\n    featuredNote\n    featuredAt\n  }\n}": types.FeaturePostDocument,
    "query ImpactSummary($fiscalYear: Int!) {\n  impactSummary(fiscalYear: $fiscalYear) {\n    fiscalYear\n    fiscalYearLabel\n    totalHoursSaved\n    caseHoursSaved\n    adoptionHoursSaved\n    previousTotalHoursSaved\n    adoptionCount\n    adoptingDepartments\n    byDepartment {\n      department {\n        id\n        name\n        path\n      }\n      label\n      hoursSaved\n      cases\n      adoptions\n    }\n    cases {\n      post {\n        id\n        title\n        department {\n          id\n          name\n        }\n      }\n      hoursSaved\n      caseHoursSaved\n      adoptionHoursSaved\n      adoptions\n    }\n  }\n}": types.ImpactSummaryDocument,
    "fragment PostPracticesFields on Post {\n  id\n  featured\n  featuredNote\n  featuredAt\n  outdated\n  reviewedAt\n  closedReason\n  hidden\n  hiddenReason\n  collections {\n    id\n    title\n  }\n  viewerCanRecordAdoption\n  adoptions {\n    ...AdoptionFields\n  }\n}": types.PostPracticesFieldsFragmentDoc,
    "mutation RecordAdoption($input: AdoptionInput!) {\n  recordAdoption(input: $input) {\n    ...AdoptionFields\n    post {\n      id\n      adoptions {\n        ...AdoptionFields\n      }\n    }\n  }\n}": types.RecordAdoptionDocument,
    "mutation RemoveFromCollection($collectionId: ID!, $postId: ID!) {\n  removeFromCollection(collectionId: $collectionId, postId: $postId) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}": types.RemoveFromCollectionDocument,
    "mutation UnfeaturePost($postId: ID!) {\n  unfeaturePost(postId: $postId) {\n    id\n    featured\n    featuredNote\n    featuredAt\n  }\n}": types.UnfeaturePostDocument,
    "mutation UpdateCollection($id: ID!, $input: CollectionInput!) {\n  updateCollection(id: $id, input: $input) {\n    ...CollectionSummaryFields\n  }\n}": types.UpdateCollectionDocument,
    "query MyProfile {\n  me {\n    id\n    displayName\n    extension\n    bio\n    expertise\n    avatarUrl\n  }\n}": types.MyProfileDocument,
    "mutation UpdateMyProfile($input: ProfileInput!) {\n  updateMyProfile(input: $input) {\n    id\n    extension\n    bio\n    expertise\n    avatarUrl\n  }\n}": types.UpdateMyProfileDocument,
    "mutation React($input: ReactInput!) {\n  react(input: $input) {\n    ...ReactionFields\n  }\n}": types.ReactDocument,
    "fragment ReactionFields on ReactionSummary {\n  cheer\n  helpful\n  thanks\n  viewerStamps\n  targetType\n  targetId\n}": types.ReactionFieldsFragmentDoc,
    "mutation Unreact($input: ReactInput!) {\n  unreact(input: $input) {\n    ...ReactionFields\n  }\n}": types.UnreactDocument,
    "query RoutePeopleSearch($query: String!, $first: Int) {\n  users(filter: {query: $query}, first: $first) {\n    edges {\n      node {\n        id\n        displayName\n        active\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.RoutePeopleSearchDocument,
    "mutation RouteQuestion($postId: ID!, $userIds: [ID!]!) {\n  routeQuestion(postId: $postId, userIds: $userIds) {\n    id\n    displayName\n  }\n}": types.RouteQuestionDocument,
    "query RouteSuggestions($tag: String!, $first: Int) {\n  experts(tag: $tag, first: $first) {\n    level\n    acceptedCount\n    skill {\n      id\n      name\n    }\n    user {\n      id\n      displayName\n      active\n      department {\n        id\n        name\n      }\n    }\n  }\n}": types.RouteSuggestionsDocument,
    "mutation CreateSearchSynonymGroup($terms: [String!]!) {\n  createSearchSynonymGroup(terms: $terms) {\n    id\n    terms\n    updatedAt\n  }\n}": types.CreateSearchSynonymGroupDocument,
    "mutation DeleteSearchSynonymGroup($id: ID!) {\n  deleteSearchSynonymGroup(id: $id)\n}": types.DeleteSearchSynonymGroupDocument,
    "query RelatedPosts($id: ID!) {\n  post(id: $id) {\n    id\n    relatedPosts(first: 5) {\n      ...SimilarPostFields\n    }\n  }\n}": types.RelatedPostsDocument,
    "query SearchPosts($query: String!, $first: Int, $after: String, $filter: PostFilter, $createdAt: SearchDateRange) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    filter: $filter\n    createdAt: $createdAt\n  ) {\n    totalCount\n    terms {\n      text\n      phrase\n      synonyms\n    }\n    edges {\n      cursor\n      snippet\n      titleHighlight\n      node {\n        id\n        title\n        kind\n        status\n        ideaStatus\n        anonymous\n        answerCount\n        createdAt\n        author {\n          id\n          displayName\n        }\n        tags {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.SearchPostsDocument,
    "query SearchSynonyms {\n  searchSynonyms {\n    id\n    terms\n    updatedAt\n  }\n}": types.SearchSynonymsDocument,
    "fragment SimilarPostFields on Post {\n  id\n  title\n  kind\n  status\n  answerCount\n  createdAt\n}": types.SimilarPostFieldsFragmentDoc,
    "query SimilarPosts($title: String!, $first: Int) {\n  similarPosts(title: $title, first: $first) {\n    ...SimilarPostFields\n  }\n}": types.SimilarPostsDocument,
    "mutation UpdateSearchSynonymGroup($id: ID!, $terms: [String!]!) {\n  updateSearchSynonymGroup(id: $id, terms: $terms) {\n    id\n    terms\n    updatedAt\n  }\n}": types.UpdateSearchSynonymGroupDocument,
    "query Experts($tag: String, $skillCode: String, $first: Int) {\n  experts(tag: $tag, skillCode: $skillCode, first: $first) {\n    level\n    points\n    evidenceCount\n    acceptedCount\n    skill {\n      id\n      code\n      name\n    }\n    user {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n  }\n}": types.ExpertsDocument,
    "query ProfileSkills($id: ID!) {\n  user(id: $id) {\n    id\n    displayName\n    viewerCanSeeSkillRecord\n    skills {\n      ...SkillEntryFields\n    }\n    certifications {\n      tier\n      fiscalYear\n      grantedAt\n    }\n    badges {\n      ...BadgeAwardFields\n    }\n  }\n}": types.ProfileSkillsDocument,
    "mutation SetSkillsPublic($value: Boolean!) {\n  setSkillsPublic(value: $value)\n}": types.SetSkillsPublicDocument,
    "fragment SkillEntryFields on SkillEntry {\n  points\n  level\n  evidenceCount\n  requirement\n  skill {\n    id\n    code\n    name\n  }\n  trend {\n    fiscalYear\n    points\n  }\n}": types.SkillEntryFieldsFragmentDoc,
    "query SkillRecord($userId: ID!) {\n  skillRecord(userId: $userId) {\n    skillsPublic\n    totalPoints\n    user {\n      id\n    }\n    entries {\n      ...SkillEntryFields\n      evidence {\n        kind\n        accepted\n        postId\n        answerId\n        title\n        at\n      }\n    }\n    roleGap {\n      mark\n      skill {\n        id\n        code\n        name\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n      grantedAt\n      note\n      evidence\n    }\n    certificationHistory {\n      id\n      action\n      tier\n      fiscalYear\n      note\n      at\n      evidence\n      actedBy {\n        id\n        displayName\n      }\n    }\n  }\n}": types.SkillRecordDocument,
    "query ContributionStats($input: StatsInput!) {\n  contributionStats(input: $input) {\n    fiscalYear\n    fiscalYearLabel\n    department {\n      id\n      name\n      path\n    }\n    suppressed\n    suppressedReason\n    minGroupSize\n    groupSize\n    totals {\n      ...StatsTotalsFields\n    }\n    previousTotals {\n      ...StatsTotalsFields\n    }\n    series {\n      periodStart\n      questions\n      cases\n      ideas\n      answers\n      acceptedAnswers\n      comments\n      stampsGiven\n      activeContributors\n    }\n    byDepartment {\n      department {\n        id\n        name\n        path\n      }\n      label\n      suppressed\n      totals {\n        ...StatsTotalsFields\n      }\n    }\n    response {\n      questions\n      medianFirstAnswerHours\n      p90FirstAnswerHours\n      medianAcceptedHours\n      resolutionRate\n      unansweredOver3Days\n      unansweredOver7Days\n      unansweredOver30Days\n    }\n    unanswered {\n      id\n      title\n      createdAt\n      ageDays\n    }\n  }\n}": types.ContributionStatsDocument,
    "query Leaderboard($fiscalYear: Int!, $first: Int) {\n  leaderboard(fiscalYear: $fiscalYear, first: $first) {\n    rank\n    points\n    contributions\n    user {\n      id\n      displayName\n    }\n  }\n  me {\n    id\n    leaderboardOptIn\n  }\n}": types.LeaderboardDocument,
    "mutation SetLeaderboardOptIn($optIn: Boolean!) {\n  setLeaderboardOptIn(optIn: $optIn) {\n    id\n    leaderboardOptIn\n  }\n}": types.SetLeaderboardOptInDocument,
    "query StatsFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n    retired\n  }\n}": types.StatsFiltersDocument,
    "fragment StatsTotalsFields on StatsTotals {\n  questions\n  cases\n  ideas\n  answers\n  acceptedAnswers\n  comments\n  stampsGiven\n  stampsReceived\n  adoptions\n  activeContributors\n}": types.StatsTotalsFieldsFragmentDoc,
    "mutation MergeTags($from: String!, $into: String!) {\n  mergeTags(from: $from, into: $into) {\n    id\n    name\n    postCount\n  }\n}": types.MergeTagsDocument,
    "mutation RenameTag($from: String!, $to: String!) {\n  renameTag(from: $from, to: $to) {\n    id\n    name\n    postCount\n  }\n}": types.RenameTagDocument,
    "fragment TagDetailFields on TagDetail {\n  id\n  name\n  description\n  postCount\n  changedAt\n  changedNote\n  viewerCanEdit\n  topCases {\n    id\n    kind\n    title\n    featured\n    createdAt\n    department {\n      id\n      name\n    }\n    reactions {\n      ...ReactionFields\n    }\n  }\n}": types.TagDetailFieldsFragmentDoc,
    "query TagPage($name: String!) {\n  tag(name: $name) {\n    ...TagDetailFields\n  }\n}": types.TagPageDocument,
    "mutation UpdateTag($input: TagUpdateInput!) {\n  updateTag(input: $input) {\n    ...TagDetailFields\n  }\n}": types.UpdateTagDocument,
    "query TeamFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n  }\n}": types.TeamFiltersDocument,
    "query TeamSkillRecords($departmentId: ID) {\n  teamSkillRecords(departmentId: $departmentId) {\n    totalPoints\n    user {\n      id\n      displayName\n      roleCategoryName\n      department {\n        id\n        name\n        path\n      }\n    }\n    entries {\n      points\n      level\n      skill {\n        id\n        code\n        name\n      }\n    }\n    roleGap {\n      skill {\n        id\n        code\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n    }\n  }\n}": types.TeamSkillRecordsDocument,
    "query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    active\n    email\n    extension\n    bio\n    expertise\n    avatarUrl\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}": types.UserProfileDocument,
    "mutation CreateWebhook($input: WebhookInput!) {\n  createWebhook(input: $input) {\n    ...WebhookFields\n  }\n}": types.CreateWebhookDocument,
    "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}": types.DeleteWebhookDocument,
    "mutation TestWebhook($id: ID!) {\n  testWebhook(id: $id) {\n    ok\n    httpStatus\n    error\n  }\n}": types.TestWebhookDocument,
    "mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n  updateWebhook(id: $id, input: $input) {\n    ...WebhookFields\n  }\n}": types.UpdateWebhookDocument,
    "fragment WebhookFields on Webhook {\n  id\n  name\n  url\n  format\n  tags\n  kinds\n  hasSecret\n  active\n  createdAt\n  lastDelivery {\n    status\n    httpStatus\n    error\n    at\n  }\n}": types.WebhookFieldsFragmentDoc,
    "query Webhooks {\n  webhooks {\n    ...WebhookFields\n  }\n}": types.WebhooksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminDepartmentFields on Department {\n  id\n  code\n  name\n  level\n  parentId\n  path\n  retired\n  formerNames {\n    name\n    until\n  }\n}"): (typeof documents)["fragment AdminDepartmentFields on Department {\n  id\n  code\n  name\n  level\n  parentId\n  path\n  retired\n  formerNames {\n    name\n    until\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminDepartments {\n  departments {\n    ...AdminDepartmentFields\n  }\n}"): (typeof documents)["query AdminDepartments {\n  departments {\n    ...AdminDepartmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminSkillFields on Skill {\n  id\n  code\n  name\n  summary\n  framework\n  retired\n}"): (typeof documents)["fragment AdminSkillFields on Skill {\n  id\n  code\n  name\n  summary\n  framework\n  retired\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminSkills {\n  skills(includeRetired: true) {\n    ...AdminSkillFields\n  }\n}"): (typeof documents)["query AdminSkills {\n  skills(includeRetired: true) {\n    ...AdminSkillFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminUserFields on User {\n  id\n  displayName\n  email\n  role\n  roleCategory\n  roleCategoryName\n  layer\n  layerName\n  employeeId\n  active\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n  managedDepartments {\n    id\n    name\n    path\n  }\n  createdAt\n}"): (typeof documents)["fragment AdminUserFields on User {\n  id\n  displayName\n  email\n  role\n  roleCategory\n  roleCategoryName\n  layer\n  layerName\n  employeeId\n  active\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n  managedDepartments {\n    id\n    name\n    path\n  }\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminUsers($first: Int, $after: String, $filter: UserFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...AdminUserFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query AdminUsers($first: Int, $after: String, $filter: UserFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...AdminUserFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditActions {\n  auditActions {\n    action\n    label\n  }\n}"): (typeof documents)["query AuditActions {\n  auditActions {\n    action\n    label\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n  auditLog(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        id\n        action\n        actionLabel\n        actor {\n          id\n          displayName\n        }\n        targetType\n        targetId\n        targetLabel\n        before\n        after\n        detail\n        ip\n        createdAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n  auditLog(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        id\n        action\n        actionLabel\n        actor {\n          id\n          displayName\n        }\n        targetType\n        targetId\n        targetLabel\n        before\n        after\n        detail\n        ip\n        createdAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBadge($input: CreateBadgeInput!) {\n  createBadge(input: $input) {\n    ...BadgeCatalogueFields\n  }\n}"): (typeof documents)["mutation CreateBadge($input: CreateBadgeInput!) {\n  createBadge(input: $input) {\n    ...BadgeCatalogueFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDepartment($input: CreateDepartmentInput!) {\n  createDepartment(input: $input) {\n    ...AdminDepartmentFields\n  }\n}"): (typeof documents)["mutation CreateDepartment($input: CreateDepartmentInput!) {\n  createDepartment(input: $input) {\n    ...AdminDepartmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSkill($input: CreateSkillInput!) {\n  createSkill(input: $input) {\n    ...AdminSkillFields\n  }\n}"): (typeof documents)["mutation CreateSkill($input: CreateSkillInput!) {\n  createSkill(input: $input) {\n    ...AdminSkillFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantBadge($input: GrantBadgeInput!) {\n  grantBadge(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation GrantBadge($input: GrantBadgeInput!) {\n  grantBadge(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantCertification($input: GrantCertificationInput!) {\n  grantCertification(input: $input) {\n    tier\n    fiscalYear\n  }\n}"): (typeof documents)["mutation GrantCertification($input: GrantCertificationInput!) {\n  grantCertification(input: $input) {\n    tier\n    fiscalYear\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportSkillFramework($framework: String!) {\n  importSkillFramework(framework: $framework) {\n    ...AdminSkillFields\n  }\n}"): (typeof documents)["mutation ImportSkillFramework($framework: String!) {\n  importSkillFramework(framework: $framework) {\n    ...AdminSkillFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportStaff($input: ImportStaffInput!) {\n  importStaff(input: $input) {\n    dryRun\n    ok\n    effectiveDate\n    rows\n    created\n    updated\n    transferred\n    deactivated\n    unchanged\n    departmentsCreated\n    errors {\n      line\n      column\n      columnName\n      message\n    }\n    warnings\n    changes {\n      kind\n      line\n      employeeId\n      name\n      description\n    }\n    changeCount\n  }\n}"): (typeof documents)["mutation ImportStaff($input: ImportStaffInput!) {\n  importStaff(input: $input) {\n    dryRun\n    ok\n    effectiveDate\n    rows\n    created\n    updated\n    transferred\n    deactivated\n    unchanged\n    departmentsCreated\n    errors {\n      line\n      column\n      columnName\n      message\n    }\n    warnings\n    changes {\n      kind\n      line\n      employeeId\n      name\n      description\n    }\n    changeCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query People {\n  teamSkillRecords {\n    user {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query People {\n  teamSkillRecords {\n    user {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivateUser($id: ID!) {\n  reactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation ReactivateUser($id: ID!) {\n  reactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveTagSkill($tag: String!, $skillCode: String!) {\n  removeTagSkill(tag: $tag, skillCode: $skillCode) {\n    ...TagSkillMappingFields\n  }\n}"): (typeof documents)["mutation RemoveTagSkill($tag: String!, $skillCode: String!) {\n  removeTagSkill(tag: $tag, skillCode: $skillCode) {\n    ...TagSkillMappingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($userId: ID!) {\n  resetPassword(userId: $userId)\n}"): (typeof documents)["mutation ResetPassword($userId: ID!) {\n  resetPassword(userId: $userId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeBadgeAward($awardId: ID!) {\n  revokeBadgeAward(awardId: $awardId)\n}"): (typeof documents)["mutation RevokeBadgeAward($awardId: ID!) {\n  revokeBadgeAward(awardId: $awardId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeCertification($input: GrantCertificationInput!) {\n  revokeCertification(input: $input) {\n    tier\n    fiscalYear\n  }\n}"): (typeof documents)["mutation RevokeCertification($input: GrantCertificationInput!) {\n  revokeCertification(input: $input) {\n    tier\n    fiscalYear\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetManagerScope($input: ManagerScopeInput!) {\n  setManagerScope(input: $input) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation SetManagerScope($input: ManagerScopeInput!) {\n  setManagerScope(input: $input) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTagSkill($input: TagSkillInput!) {\n  setTagSkill(input: $input) {\n    ...TagSkillMappingFields\n  }\n}"): (typeof documents)["mutation SetTagSkill($input: TagSkillInput!) {\n  setTagSkill(input: $input) {\n    ...TagSkillMappingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SkillSettings {\n  skillSettings {\n    ...SkillSettingsFields\n  }\n}"): (typeof documents)["query SkillSettings {\n  skillSettings {\n    ...SkillSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SkillSettingsFields on SkillSettings {\n  ANSWER_ACCEPTED\n  ANSWER_POSTED\n  CASE_POSTED\n  COMMENT_POSTED\n  IDEA_POSTED\n  QUESTION_POSTED\n  STAMP_GIVEN\n  STAMP_RECEIVED {\n    CHEER\n    HELPFUL\n    THANKS\n  }\n  levelThresholds\n  stampDailyCap\n}"): (typeof documents)["fragment SkillSettingsFields on SkillSettings {\n  ANSWER_ACCEPTED\n  ANSWER_POSTED\n  CASE_POSTED\n  COMMENT_POSTED\n  IDEA_POSTED\n  QUESTION_POSTED\n  STAMP_GIVEN\n  STAMP_RECEIVED {\n    CHEER\n    HELPFUL\n    THANKS\n  }\n  levelThresholds\n  stampDailyCap\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TagSkillMappingFields on TagSkillMapping {\n  tag\n  weight\n  skill {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["fragment TagSkillMappingFields on TagSkillMapping {\n  tag\n  weight\n  skill {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TagSkillMappings {\n  tagSkillMappings {\n    ...TagSkillMappingFields\n  }\n  skills {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["query TagSkillMappings {\n  tagSkillMappings {\n    ...TagSkillMappingFields\n  }\n  skills {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferUser($input: TransferInput!) {\n  transferUser(input: $input) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation TransferUser($input: TransferInput!) {\n  transferUser(input: $input) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n  updateDepartment(input: $input) {\n    ...AdminDepartmentFields\n  }\n}"): (typeof documents)["mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n  updateDepartment(input: $input) {\n    ...AdminDepartmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSkill($input: UpdateSkillInput!) {\n  updateSkill(input: $input) {\n    ...AdminSkillFields\n  }\n}"): (typeof documents)["mutation UpdateSkill($input: UpdateSkillInput!) {\n  updateSkill(input: $input) {\n    ...AdminSkillFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSkillSettings($input: SkillSettingsInput!) {\n  updateSkillSettings(input: $input) {\n    ...SkillSettingsFields\n  }\n}"): (typeof documents)["mutation UpdateSkillSettings($input: SkillSettingsInput!) {\n  updateSkillSettings(input: $input) {\n    ...SkillSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoMode {\n  demoMode\n}"): (typeof documents)["query DemoMode {\n  demoMode\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...ViewerFields\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInOptions {\n  signInOptions {\n    localLogin\n    sso\n    ssoLabel\n  }\n}"): (typeof documents)["query SignInOptions {\n  signInOptions {\n    localLogin\n    sso\n    ssoLabel\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  avatarUrl\n  permissions\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n}"): (typeof documents)["fragment ViewerFields on User {\n  id\n  displayName\n  email\n  avatarUrl\n  permissions\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BadgeAwardFields on BadgeAward {\n  id\n  awardedAt\n  reason\n  postId\n  badge {\n    id\n    code\n    name\n    tier\n    description\n    manual\n  }\n}"): (typeof documents)["fragment BadgeAwardFields on BadgeAward {\n  id\n  awardedAt\n  reason\n  postId\n  badge {\n    id\n    code\n    name\n    tier\n    description\n    manual\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BadgeCatalogueFields on Badge {\n  id\n  code\n  name\n  tier\n  description\n  manual\n  repeatable\n  rule\n  holderCount\n}"): (typeof documents)["fragment BadgeCatalogueFields on Badge {\n  id\n  code\n  name\n  tier\n  description\n  manual\n  repeatable\n  rule\n  holderCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadgeHolders($code: String!, $first: Int) {\n  badge(code: $code) {\n    id\n    code\n    name\n    tier\n    description\n    manual\n    repeatable\n    holderCount\n    holders(first: $first) {\n      id\n      awardedAt\n      reason\n      postId\n      user {\n        id\n        displayName\n        department {\n          id\n          name\n        }\n      }\n      grantedBy {\n        id\n        displayName\n      }\n    }\n  }\n}"): (typeof documents)["query BadgeHolders($code: String!, $first: Int) {\n  badge(code: $code) {\n    id\n    code\n    name\n    tier\n    description\n    manual\n    repeatable\n    holderCount\n    holders(first: $first) {\n      id\n      awardedAt\n      reason\n      postId\n      user {\n        id\n        displayName\n        department {\n          id\n          name\n        }\n      }\n      grantedBy {\n        id\n        displayName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Badges {\n  badges {\n    ...BadgeCatalogueFields\n  }\n}"): (typeof documents)["query Badges {\n  badges {\n    ...BadgeCatalogueFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkBadgesSeen {\n  markBadgesSeen\n}"): (typeof documents)["mutation MarkBadgesSeen {\n  markBadgesSeen\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyUnseenBadges {\n  myUnseenBadges {\n    ...BadgeAwardFields\n  }\n}"): (typeof documents)["query MyUnseenBadges {\n  myUnseenBadges {\n    ...BadgeAwardFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Bookmark($postId: ID!) {\n  bookmark(postId: $postId)\n}"): (typeof documents)["mutation Bookmark($postId: ID!) {\n  bookmark(postId: $postId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Bookmarks($first: Int, $after: String) {\n  bookmarks(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n  }\n}"): (typeof documents)["query Bookmarks($first: Int, $after: String) {\n  bookmarks(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Unbookmark($postId: ID!) {\n  unbookmark(postId: $postId)\n}"): (typeof documents)["mutation Unbookmark($postId: ID!) {\n  unbookmark(postId: $postId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscardDraft($id: ID!) {\n  discardDraft(id: $id)\n}"): (typeof documents)["mutation DiscardDraft($id: ID!) {\n  discardDraft(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Draft($id: ID, $postId: ID) {\n  draft(id: $id, postId: $postId) {\n    ...DraftFields\n  }\n}"): (typeof documents)["query Draft($id: ID, $postId: ID) {\n  draft(id: $id, postId: $postId) {\n    ...DraftFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DraftFields on Draft {\n  id\n  kind\n  title\n  body\n  tags\n  postId\n  postTitle\n  postKind\n  anonymous\n  caseDetails {\n    problem\n    solution\n    effect\n    hoursSavedPerYear\n    tools\n  }\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment DraftFields on Draft {\n  id\n  kind\n  title\n  body\n  tags\n  postId\n  postTitle\n  postKind\n  anonymous\n  caseDetails {\n    problem\n    solution\n    effect\n    hoursSavedPerYear\n    tools\n  }\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Drafts {\n  drafts {\n    ...DraftFields\n  }\n}"): (typeof documents)["query Drafts {\n  drafts {\n    ...DraftFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveDraft($input: DraftInput!) {\n  saveDraft(input: $input) {\n    ...DraftFields\n  }\n}"): (typeof documents)["mutation SaveDraft($input: DraftInput!) {\n  saveDraft(input: $input) {\n    ...DraftFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePost($input: CreatePostInput!) {\n  createPost(input: $input) {\n    ...PostDetailFields\n  }\n}"): (typeof documents)["mutation CreatePost($input: CreatePostInput!) {\n  createPost(input: $input) {\n    ...PostDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarkdownPreview($body: String!) {\n  markdownPreview(body: $body)\n}"): (typeof documents)["query MarkdownPreview($body: String!) {\n  markdownPreview(body: $body)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostForEdit($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    body\n    anonymous\n    tags {\n      id\n      name\n    }\n    caseDetails {\n      ...CaseDetailsFields\n    }\n    viewerCanEdit\n  }\n}"): (typeof documents)["query PostForEdit($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    body\n    anonymous\n    tags {\n      id\n      name\n    }\n    caseDetails {\n      ...CaseDetailsFields\n    }\n    viewerCanEdit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TagSuggestions($prefix: String, $first: Int) {\n  tags(prefix: $prefix, first: $first) {\n    id\n    name\n    postCount\n  }\n}"): (typeof documents)["query TagSuggestions($prefix: String, $first: Int) {\n  tags(prefix: $prefix, first: $first) {\n    id\n    name\n    postCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePost($input: UpdatePostInput!) {\n  updatePost(input: $input) {\n    ...PostDetailFields\n  }\n}"): (typeof documents)["mutation UpdatePost($input: UpdatePostInput!) {\n  updatePost(input: $input) {\n    ...PostDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Departments {\n  departments {\n    id\n    code\n    name\n    level\n    parentId\n    path\n  }\n}"): (typeof documents)["query Departments {\n  departments {\n    id\n    code\n    name\n    level\n    parentId\n    path\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedDensity {\n  me {\n    id\n    feedDensity\n  }\n}\n\nmutation SetFeedDensity($density: FeedDensity!) {\n  setFeedDensity(density: $density)\n}"): (typeof documents)["query FeedDensity {\n  me {\n    id\n    feedDensity\n  }\n}\n\nmutation SetFeedDensity($density: FeedDensity!) {\n  setFeedDensity(density: $density)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedPosts($first: Int, $after: String, $filter: PostFilter) {\n  posts(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"): (typeof documents)["query FeedPosts($first: Int, $after: String, $filter: PostFilter) {\n  posts(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  featured\n  ideaStatus\n  bookmarked\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}"): (typeof documents)["fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  featured\n  ideaStatus\n  bookmarked\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeGuidelines {\n  acknowledgeGuidelines {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}"): (typeof documents)["mutation AcknowledgeGuidelines {\n  acknowledgeGuidelines {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRules {\n  guardRules {\n    words\n    staffEmailDomains\n    wordsUpdatedAt\n  }\n}"): (typeof documents)["query GuardRules {\n  guardRules {\n    words\n    staffEmailDomains\n    wordsUpdatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostingGuidelines {\n  postingGuidelines {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}"): (typeof documents)["query PostingGuidelines {\n  postingGuidelines {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateGuardWords($words: [String!]!) {\n  updateGuardWords(words: $words) {\n    words\n    staffEmailDomains\n    wordsUpdatedAt\n  }\n}"): (typeof documents)["mutation UpdateGuardWords($words: [String!]!) {\n  updateGuardWords(words: $words) {\n    words\n    staffEmailDomains\n    wordsUpdatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePostingGuidelines($body: String!) {\n  updatePostingGuidelines(body: $body) {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}"): (typeof documents)["mutation UpdatePostingGuidelines($body: String!) {\n  updatePostingGuidelines(body: $body) {\n    body\n    html\n    updatedAt\n    viewerHasSeen\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AnswerRevisionFields on AnswerRevision {\n  id\n  number\n  editedAt\n  editor {\n    id\n    displayName\n  }\n  editorLabel\n  byAnonymousAsker\n  title\n  body\n  restoredFrom\n}"): (typeof documents)["fragment AnswerRevisionFields on AnswerRevision {\n  id\n  number\n  editedAt\n  editor {\n    id\n    displayName\n  }\n  editorLabel\n  byAnonymousAsker\n  title\n  body\n  restoredFrom\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnswerRevisions($postId: ID!, $first: Int) {\n  post(id: $postId) {\n    id\n    answers {\n      id\n      revisionCount\n      revisions(first: $first) {\n        ...AnswerRevisionFields\n      }\n    }\n  }\n}"): (typeof documents)["query AnswerRevisions($postId: ID!, $first: Int) {\n  post(id: $postId) {\n    id\n    answers {\n      id\n      revisionCount\n      revisions(first: $first) {\n        ...AnswerRevisionFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostRevisionFields on PostRevision {\n  id\n  number\n  editedAt\n  editor {\n    id\n    displayName\n  }\n  editorLabel\n  byAnonymousAsker\n  title\n  body\n  restoredFrom\n}"): (typeof documents)["fragment PostRevisionFields on PostRevision {\n  id\n  number\n  editedAt\n  editor {\n    id\n    displayName\n  }\n  editorLabel\n  byAnonymousAsker\n  title\n  body\n  restoredFrom\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostRevisions($id: ID!, $first: Int) {\n  post(id: $id) {\n    id\n    revisionCount\n    revisions(first: $first) {\n      ...PostRevisionFields\n    }\n  }\n}"): (typeof documents)["query PostRevisions($id: ID!, $first: Int) {\n  post(id: $id) {\n    id\n    revisionCount\n    revisions(first: $first) {\n      ...PostRevisionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollbackAnswer($answerId: ID!, $revisionId: ID!) {\n  rollbackAnswer(answerId: $answerId, revisionId: $revisionId) {\n    id\n    body\n    bodyHtml\n    updatedAt\n    revisionCount\n  }\n}"): (typeof documents)["mutation RollbackAnswer($answerId: ID!, $revisionId: ID!) {\n  rollbackAnswer(answerId: $answerId, revisionId: $revisionId) {\n    id\n    body\n    bodyHtml\n    updatedAt\n    revisionCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollbackPost($postId: ID!, $revisionId: ID!) {\n  rollbackPost(postId: $postId, revisionId: $revisionId) {\n    id\n    title\n    body\n    bodyHtml\n    updatedAt\n    revisionCount\n  }\n}"): (typeof documents)["mutation RollbackPost($postId: ID!, $revisionId: ID!) {\n  rollbackPost(postId: $postId, revisionId: $revisionId) {\n    id\n    title\n    body\n    bodyHtml\n    updatedAt\n    revisionCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostIdeaFields on Post {\n  id\n  kind\n  ideaStatus\n  ideaStatusNote\n  ideaStatusChangedAt\n  viewerCanSetIdeaStatus\n  ideaStatusChanges {\n    id\n    status\n    previousStatus\n    note\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["fragment PostIdeaFields on Post {\n  id\n  kind\n  ideaStatus\n  ideaStatusNote\n  ideaStatusChangedAt\n  viewerCanSetIdeaStatus\n  ideaStatusChanges {\n    id\n    status\n    previousStatus\n    note\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetIdeaStatus($postId: ID!, $status: IdeaStatus!, $note: String) {\n  setIdeaStatus(postId: $postId, status: $status, note: $note) {\n    ...PostIdeaFields\n  }\n}"): (typeof documents)["mutation SetIdeaStatus($postId: ID!, $status: IdeaStatus!, $note: String) {\n  setIdeaStatus(postId: $postId, status: $status, note: $note) {\n    ...PostIdeaFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveNotificationAdded {\n  notificationAdded {\n    id\n    kind\n    createdAt\n    readAt\n    actor {\n      id\n      displayName\n    }\n    message\n    link\n    postId\n    answerId\n    commentId\n  }\n}"): (typeof documents)["subscription LiveNotificationAdded {\n  notificationAdded {\n    id\n    kind\n    createdAt\n    readAt\n    actor {\n      id\n      displayName\n    }\n    message\n    link\n    postId\n    answerId\n    commentId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LivePostActivity($postId: ID!) {\n  postActivity(postId: $postId) {\n    postId\n    kind\n    answerId\n    commentId\n    at\n  }\n}"): (typeof documents)["subscription LivePostActivity($postId: ID!) {\n  postActivity(postId: $postId) {\n    postId\n    kind\n    answerId\n    commentId\n    at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentionCandidates($query: String!) {\n  users(filter: {query: $query}, first: 6) {\n    edges {\n      node {\n        id\n        displayName\n        mentionName\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MentionCandidates($query: String!) {\n  users(filter: {query: $query}, first: 6) {\n    edges {\n      node {\n        id\n        displayName\n        mentionName\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AnswerModerationFields on Answer {\n  id\n  viewerIsAuthor\n  hidden\n  hiddenReason\n  official\n  officialNote\n  officialSection\n  officialAt\n}"): (typeof documents)["fragment AnswerModerationFields on Answer {\n  id\n  viewerIsAuthor\n  hidden\n  hiddenReason\n  official\n  officialNote\n  officialSection\n  officialAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosePost($input: ClosePostInput!) {\n  closePost(input: $input) {\n    ...PostModerationFields\n  }\n}"): (typeof documents)["mutation ClosePost($input: ClosePostInput!) {\n  closePost(input: $input) {\n    ...PostModerationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentModerationFields on Comment {\n  id\n  hidden\n  hiddenReason\n}"): (typeof documents)["fragment CommentModerationFields on Comment {\n  id\n  hidden\n  hiddenReason\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContentReviewQueue($first: Int, $after: String) {\n  contentReviewMonths\n  contentReviewQueue(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ReviewPostFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"): (typeof documents)["query ContentReviewQueue($first: Int, $after: String) {\n  contentReviewMonths\n  contentReviewQueue(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ReviewPostFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DuplicateOriginal($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    status\n  }\n}"): (typeof documents)["query DuplicateOriginal($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HideContent($input: ModerationInput!) {\n  hideContent(input: $input)\n}"): (typeof documents)["mutation HideContent($input: ModerationInput!) {\n  hideContent(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkOfficialAnswer($answerId: ID!, $note: String) {\n  markOfficialAnswer(answerId: $answerId, note: $note) {\n    ...AnswerModerationFields\n  }\n}"): (typeof documents)["mutation MarkOfficialAnswer($answerId: ID!, $note: String) {\n  markOfficialAnswer(answerId: $answerId, note: $note) {\n    ...AnswerModerationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkReviewed($postId: ID!, $outdated: Boolean!, $note: String) {\n  markReviewed(postId: $postId, outdated: $outdated, note: $note) {\n    ...PostModerationFields\n  }\n}"): (typeof documents)["mutation MarkReviewed($postId: ID!, $outdated: Boolean!, $note: String) {\n  markReviewed(postId: $postId, outdated: $outdated, note: $note) {\n    ...PostModerationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationCounts {\n  moderationCounts {\n    openReports\n    hiddenContent\n  }\n}"): (typeof documents)["query ModerationCounts {\n  moderationCounts {\n    openReports\n    hiddenContent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostModerationFields on Post {\n  id\n  kind\n  status\n  closedReason\n  duplicateOfId\n  outdated\n  reviewNote\n  reviewedAt\n  reviewDue {\n    aged\n    changedTags\n    since\n  }\n  hidden\n  hiddenReason\n  viewerIsAuthor\n}"): (typeof documents)["fragment PostModerationFields on Post {\n  id\n  kind\n  status\n  closedReason\n  duplicateOfId\n  outdated\n  reviewNote\n  reviewedAt\n  reviewDue {\n    aged\n    changedTags\n    since\n  }\n  hidden\n  hiddenReason\n  viewerIsAuthor\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenPost($postId: ID!) {\n  reopenPost(postId: $postId) {\n    ...PostModerationFields\n  }\n}"): (typeof documents)["mutation ReopenPost($postId: ID!) {\n  reopenPost(postId: $postId) {\n    ...PostModerationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportContent($input: ReportInput!) {\n  report(input: $input) {\n    id\n    status\n    createdAt\n  }\n}"): (typeof documents)["mutation ReportContent($input: ReportInput!) {\n  report(input: $input) {\n    id\n    status\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportFields on Report {\n  id\n  targetType\n  targetId\n  post {\n    id\n    title\n  }\n  targetExcerpt\n  targetHidden\n  openReportsOnTarget\n  reason\n  note\n  status\n  action\n  resolutionNote\n  reporter {\n    id\n    displayName\n  }\n  resolvedBy {\n    id\n    displayName\n  }\n  createdAt\n  resolvedAt\n}"): (typeof documents)["fragment ReportFields on Report {\n  id\n  targetType\n  targetId\n  post {\n    id\n    title\n  }\n  targetExcerpt\n  targetHidden\n  openReportsOnTarget\n  reason\n  note\n  status\n  action\n  resolutionNote\n  reporter {\n    id\n    displayName\n  }\n  resolvedBy {\n    id\n    displayName\n  }\n  createdAt\n  resolvedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Reports($status: ReportStatus, $first: Int, $after: String) {\n  reports(status: $status, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ReportFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"): (typeof documents)["query Reports($status: ReportStatus, $first: Int, $after: String) {\n  reports(status: $status, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ReportFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n  resolveReport(id: $id, action: $action, note: $note) {\n    ...ReportFields\n  }\n}"): (typeof documents)["mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n  resolveReport(id: $id, action: $action, note: $note) {\n    ...ReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreContent($input: ModerationInput!) {\n  restoreContent(input: $input)\n}"): (typeof documents)["mutation RestoreContent($input: ModerationInput!) {\n  restoreContent(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewCount {\n  contentReviewMonths\n  contentReviewQueue(first: 0) {\n    totalCount\n  }\n}"): (typeof documents)["query ReviewCount {\n  contentReviewMonths\n  contentReviewQueue(first: 0) {\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewPostFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n  acceptedAnswer {\n    id\n  }\n  ...PostModerationFields\n}"): (typeof documents)["fragment ReviewPostFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n  acceptedAnswer {\n    id\n  }\n  ...PostModerationFields\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnmarkOfficialAnswer($answerId: ID!) {\n  unmarkOfficialAnswer(answerId: $answerId) {\n    ...AnswerModerationFields\n  }\n}"): (typeof documents)["mutation UnmarkOfficialAnswer($answerId: ID!) {\n  unmarkOfficialAnswer(answerId: $answerId) {\n    ...AnswerModerationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}"): (typeof documents)["query NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationSettingsFields on NotificationSettings {\n  emailMode\n  routingRequests\n  emailAvailable\n  kinds {\n    kind\n    email\n  }\n}"): (typeof documents)["fragment NotificationSettingsFields on NotificationSettings {\n  emailMode\n  routingRequests\n  emailAvailable\n  kinds {\n    kind\n    email\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}"): (typeof documents)["mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Follow($targetType: FollowTarget!, $targetId: ID!) {\n  follow(targetType: $targetType, targetId: $targetId)\n}"): (typeof documents)["mutation Follow($targetType: FollowTarget!, $targetId: ID!) {\n  follow(targetType: $targetType, targetId: $targetId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n  markNotificationsRead(ids: $ids, all: $all)\n}"): (typeof documents)["mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n  markNotificationsRead(ids: $ids, all: $all)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationFields on Notification {\n  id\n  kind\n  createdAt\n  readAt\n  actor {\n    id\n    displayName\n  }\n  message\n  link\n  postId\n  postKind\n  answerId\n  commentId\n}"): (typeof documents)["fragment NotificationFields on Notification {\n  id\n  kind\n  createdAt\n  readAt\n  actor {\n    id\n    displayName\n  }\n  message\n  link\n  postId\n  postKind\n  answerId\n  commentId\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    edges {\n      cursor\n      node {\n        ...NotificationFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    unreadCount\n  }\n}"): (typeof documents)["query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    edges {\n      cursor\n      node {\n        ...NotificationFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    unreadCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostFollowFields on Post {\n  id\n  viewerFollows\n}"): (typeof documents)["fragment PostFollowFields on Post {\n  id\n  viewerFollows\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Unfollow($targetType: FollowTarget!, $targetId: ID!) {\n  unfollow(targetType: $targetType, targetId: $targetId)\n}"): (typeof documents)["mutation Unfollow($targetType: FollowTarget!, $targetId: ID!) {\n  unfollow(targetType: $targetType, targetId: $targetId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount {\n  unreadNotificationCount\n}"): (typeof documents)["query UnreadNotificationCount {\n  unreadNotificationCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptAnswer($answerId: ID!) {\n  acceptAnswer(answerId: $answerId) {\n    ...PostDetailFields\n  }\n}"): (typeof documents)["mutation AcceptAnswer($answerId: ID!) {\n  acceptAnswer(answerId: $answerId) {\n    ...PostDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}"): (typeof documents)["mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n    avatarUrl\n  }\n  byAnonymousAsker\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  revisionCount\n  viewerCanEdit\n  viewerCanDelete\n  ...AnswerModerationFields\n}"): (typeof documents)["fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n    avatarUrl\n  }\n  byAnonymousAsker\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  revisionCount\n  viewerCanEdit\n  viewerCanDelete\n  ...AnswerModerationFields\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}"): (typeof documents)["fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n  ...CommentModerationFields\n}"): (typeof documents)["fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n  ...CommentModerationFields\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAnswer($input: CreateAnswerInput!) {\n  createAnswer(input: $input) {\n    ...AnswerFields\n  }\n}"): (typeof documents)["mutation CreateAnswer($input: CreateAnswerInput!) {\n  createAnswer(input: $input) {\n    ...AnswerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAnswer($id: ID!) {\n  deleteAnswer(id: $id)\n}"): (typeof documents)["mutation DeleteAnswer($id: ID!) {\n  deleteAnswer(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}"): (typeof documents)["mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePost($id: ID!) {\n  deletePost(id: $id)\n}"): (typeof documents)["mutation DeletePost($id: ID!) {\n  deletePost(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostDetail($id: ID!) {\n  post(id: $id) {\n    ...PostDetailFields\n  }\n}"): (typeof documents)["query PostDetail($id: ID!) {\n  post(id: $id) {\n    ...PostDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  viewerCanRevealAuthor\n  author {\n    id\n    displayName\n    active\n    avatarUrl\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n  revisionCount\n  bookmarked\n  ...PostIdeaFields\n  ...PostPracticesFields\n  ...PostModerationFields\n  ...PostFollowFields\n}"): (typeof documents)["fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  viewerCanRevealAuthor\n  author {\n    id\n    displayName\n    active\n    avatarUrl\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n  revisionCount\n  bookmarked\n  ...PostIdeaFields\n  ...PostPracticesFields\n  ...PostModerationFields\n  ...PostFollowFields\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n  revealAnonymousAuthor(postId: $postId, reason: $reason) {\n    id\n    displayName\n    department {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n  revealAnonymousAuthor(postId: $postId, reason: $reason) {\n    id\n    displayName\n    department {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnacceptAnswer($postId: ID!) {\n  unacceptAnswer(postId: $postId) {\n    ...PostDetailFields\n  }\n}"): (typeof documents)["mutation UnacceptAnswer($postId: ID!) {\n  unacceptAnswer(postId: $postId) {\n    ...PostDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAnswer($input: UpdateAnswerInput!) {\n  updateAnswer(input: $input) {\n    ...AnswerFields\n  }\n}"): (typeof documents)["mutation UpdateAnswer($input: UpdateAnswerInput!) {\n  updateAnswer(input: $input) {\n    ...AnswerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddToCollection($collectionId: ID!, $postId: ID!, $position: Int) {\n  addToCollection(\n    collectionId: $collectionId\n    postId: $postId\n    position: $position\n  ) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}"): (typeof documents)["mutation AddToCollection($collectionId: ID!, $postId: ID!, $position: Int) {\n  addToCollection(\n    collectionId: $collectionId\n    postId: $postId\n    position: $position\n  ) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdoptionFields on Adoption {\n  id\n  department {\n    id\n    name\n    path\n  }\n  status\n  adoptedOn\n  hoursSavedPerYear\n  note\n  recordedBy {\n    id\n    displayName\n  }\n  createdAt\n  updatedAt\n  viewerCanEdit\n  followUpPost {\n    id\n    title\n  }\n}"): (typeof documents)["fragment AdoptionFields on Adoption {\n  id\n  department {\n    id\n    name\n    path\n  }\n  status\n  adoptedOn\n  hoursSavedPerYear\n  note\n  recordedBy {\n    id\n    displayName\n  }\n  createdAt\n  updatedAt\n  viewerCanEdit\n  followUpPost {\n    id\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollectionDetail($id: ID!) {\n  collection(id: $id) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}"): (typeof documents)["query CollectionDetail($id: ID!) {\n  collection(id: $id) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CollectionSummaryFields on Collection {\n  id\n  title\n  description\n  postCount\n  createdAt\n  updatedAt\n  viewerCanEdit\n}"): (typeof documents)["fragment CollectionSummaryFields on Collection {\n  id\n  title\n  description\n  postCount\n  createdAt\n  updatedAt\n  viewerCanEdit\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Collections {\n  collections {\n    ...CollectionSummaryFields\n  }\n}"): (typeof documents)["query Collections {\n  collections {\n    ...CollectionSummaryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCollection($input: CollectionInput!) {\n  createCollection(input: $input) {\n    ...CollectionSummaryFields\n  }\n}"): (typeof documents)["mutation CreateCollection($input: CollectionInput!) {\n  createCollection(input: $input) {\n    ...CollectionSummaryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteCollection($id: ID!) {\n  deleteCollection(id: $id)\n}"): (typeof documents)["mutation DeleteCollection($id: ID!) {\n  deleteCollection(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeaturePost($postId: ID!, $note: String) {\n  featurePost(postId: $postId, note: $note) {\n    id\n    featured\n    featuredNote\n    featuredAt\n  }\n}"): (typeof documents)["mutation FeaturePost($postId: ID!, $note: String) {\n  featurePost(postId: $postId, note: $note) {\n    id\n    featured\n    featuredNote\n    featuredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImpactSummary($fiscalYear: Int!) {\n  impactSummary(fiscalYear: $fiscalYear) {\n    fiscalYear\n    fiscalYearLabel\n    totalHoursSaved\n    caseHoursSaved\n    adoptionHoursSaved\n    previousTotalHoursSaved\n    adoptionCount\n    adoptingDepartments\n    byDepartment {\n      department {\n        id\n        name\n        path\n      }\n      label\n      hoursSaved\n      cases\n      adoptions\n    }\n    cases {\n      post {\n        id\n        title\n        department {\n          id\n          name\n        }\n      }\n      hoursSaved\n      caseHoursSaved\n      adoptionHoursSaved\n      adoptions\n    }\n  }\n}"): (typeof documents)["query ImpactSummary($fiscalYear: Int!) {\n  impactSummary(fiscalYear: $fiscalYear) {\n    fiscalYear\n    fiscalYearLabel\n    totalHoursSaved\n    caseHoursSaved\n    adoptionHoursSaved\n    previousTotalHoursSaved\n    adoptionCount\n    adoptingDepartments\n    byDepartment {\n      department {\n        id\n        name\n        path\n      }\n      label\n      hoursSaved\n      cases\n      adoptions\n    }\n    cases {\n      post {\n        id\n        title\n        department {\n          id\n          name\n        }\n      }\n      hoursSaved\n      caseHoursSaved\n      adoptionHoursSaved\n      adoptions\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostPracticesFields on Post {\n  id\n  featured\n  featuredNote\n  featuredAt\n  outdated\n  reviewedAt\n  closedReason\n  hidden\n  hiddenReason\n  collections {\n    id\n    title\n  }\n  viewerCanRecordAdoption\n  adoptions {\n    ...AdoptionFields\n  }\n}"): (typeof documents)["fragment PostPracticesFields on Post {\n  id\n  featured\n  featuredNote\n  featuredAt\n  outdated\n  reviewedAt\n  closedReason\n  hidden\n  hiddenReason\n  collections {\n    id\n    title\n  }\n  viewerCanRecordAdoption\n  adoptions {\n    ...AdoptionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAdoption($input: AdoptionInput!) {\n  recordAdoption(input: $input) {\n    ...AdoptionFields\n    post {\n      id\n      adoptions {\n        ...AdoptionFields\n      }\n    }\n  }\n}"): (typeof documents)["mutation RecordAdoption($input: AdoptionInput!) {\n  recordAdoption(input: $input) {\n    ...AdoptionFields\n    post {\n      id\n      adoptions {\n        ...AdoptionFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveFromCollection($collectionId: ID!, $postId: ID!) {\n  removeFromCollection(collectionId: $collectionId, postId: $postId) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}"): (typeof documents)["mutation RemoveFromCollection($collectionId: ID!, $postId: ID!) {\n  removeFromCollection(collectionId: $collectionId, postId: $postId) {\n    ...CollectionSummaryFields\n    posts {\n      ...PostCardFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnfeaturePost($postId: ID!) {\n  unfeaturePost(postId: $postId) {\n    id\n    featured\n    featuredNote\n    featuredAt\n  }\n}"): (typeof documents)["mutation UnfeaturePost($postId: ID!) {\n  unfeaturePost(postId: $postId) {\n    id\n    featured\n    featuredNote\n    featuredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCollection($id: ID!, $input: CollectionInput!) {\n  updateCollection(id: $id, input: $input) {\n    ...CollectionSummaryFields\n  }\n}"): (typeof documents)["mutation UpdateCollection($id: ID!, $input: CollectionInput!) {\n  updateCollection(id: $id, input: $input) {\n    ...CollectionSummaryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyProfile {\n  me {\n    id\n    displayName\n    extension\n    bio\n    expertise\n    avatarUrl\n  }\n}"): (typeof documents)["query MyProfile {\n  me {\n    id\n    displayName\n    extension\n    bio\n    expertise\n    avatarUrl\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyProfile($input: ProfileInput!) {\n  updateMyProfile(input: $input) {\n    id\n    extension\n    bio\n    expertise\n    avatarUrl\n  }\n}"): (typeof documents)["mutation UpdateMyProfile($input: ProfileInput!) {\n  updateMyProfile(input: $input) {\n    id\n    extension\n    bio\n    expertise\n    avatarUrl\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation React($input: ReactInput!) {\n  react(input: $input) {\n    ...ReactionFields\n  }\n}"): (typeof documents)["mutation React($input: ReactInput!) {\n  react(input: $input) {\n    ...ReactionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReactionFields on ReactionSummary {\n  cheer\n  helpful\n  thanks\n  viewerStamps\n  targetType\n  targetId\n}"): (typeof documents)["fragment ReactionFields on ReactionSummary {\n  cheer\n  helpful\n  thanks\n  viewerStamps\n  targetType\n  targetId\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Unreact($input: ReactInput!) {\n  unreact(input: $input) {\n    ...ReactionFields\n  }\n}"): (typeof documents)["mutation Unreact($input: ReactInput!) {\n  unreact(input: $input) {\n    ...ReactionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoutePeopleSearch($query: String!, $first: Int) {\n  users(filter: {query: $query}, first: $first) {\n    edges {\n      node {\n        id\n        displayName\n        active\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query RoutePeopleSearch($query: String!, $first: Int) {\n  users(filter: {query: $query}, first: $first) {\n    edges {\n      node {\n        id\n        displayName\n        active\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RouteQuestion($postId: ID!, $userIds: [ID!]!) {\n  routeQuestion(postId: $postId, userIds: $userIds) {\n    id\n    displayName\n  }\n}"): (typeof documents)["mutation RouteQuestion($postId: ID!, $userIds: [ID!]!) {\n  routeQuestion(postId: $postId, userIds: $userIds) {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RouteSuggestions($tag: String!, $first: Int) {\n  experts(tag: $tag, first: $first) {\n    level\n    acceptedCount\n    skill {\n      id\n      name\n    }\n    user {\n      id\n      displayName\n      active\n      department {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query RouteSuggestions($tag: String!, $first: Int) {\n  experts(tag: $tag, first: $first) {\n    level\n    acceptedCount\n    skill {\n      id\n      name\n    }\n    user {\n      id\n      displayName\n      active\n      department {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSearchSynonymGroup($terms: [String!]!) {\n  createSearchSynonymGroup(terms: $terms) {\n    id\n    terms\n    updatedAt\n  }\n}"): (typeof documents)["mutation CreateSearchSynonymGroup($terms: [String!]!) {\n  createSearchSynonymGroup(terms: $terms) {\n    id\n    terms\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSearchSynonymGroup($id: ID!) {\n  deleteSearchSynonymGroup(id: $id)\n}"): (typeof documents)["mutation DeleteSearchSynonymGroup($id: ID!) {\n  deleteSearchSynonymGroup(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelatedPosts($id: ID!) {\n  post(id: $id) {\n    id\n    relatedPosts(first: 5) {\n      ...SimilarPostFields\n    }\n  }\n}"): (typeof documents)["query RelatedPosts($id: ID!) {\n  post(id: $id) {\n    id\n    relatedPosts(first: 5) {\n      ...SimilarPostFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchPosts($query: String!, $first: Int, $after: String, $filter: PostFilter, $createdAt: SearchDateRange) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    filter: $filter\n    createdAt: $createdAt\n  ) {\n    totalCount\n    terms {\n      text\n      phrase\n      synonyms\n    }\n    edges {\n      cursor\n      snippet\n      titleHighlight\n      node {\n        id\n        title\n        kind\n        status\n        ideaStatus\n        anonymous\n        answerCount\n        createdAt\n        author {\n          id\n          displayName\n        }\n        tags {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query SearchPosts($query: String!, $first: Int, $after: String, $filter: PostFilter, $createdAt: SearchDateRange) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    filter: $filter\n    createdAt: $createdAt\n  ) {\n    totalCount\n    terms {\n      text\n      phrase\n      synonyms\n    }\n    edges {\n      cursor\n      snippet\n      titleHighlight\n      node {\n        id\n        title\n        kind\n        status\n        ideaStatus\n        anonymous\n        answerCount\n        createdAt\n        author {\n          id\n          displayName\n        }\n        tags {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchSynonyms {\n  searchSynonyms {\n    id\n    terms\n    updatedAt\n  }\n}"): (typeof documents)["query SearchSynonyms {\n  searchSynonyms {\n    id\n    terms\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SimilarPostFields on Post {\n  id\n  title\n  kind\n  status\n  answerCount\n  createdAt\n}"): (typeof documents)["fragment SimilarPostFields on Post {\n  id\n  title\n  kind\n  status\n  answerCount\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SimilarPosts($title: String!, $first: Int) {\n  similarPosts(title: $title, first: $first) {\n    ...SimilarPostFields\n  }\n}"): (typeof documents)["query SimilarPosts($title: String!, $first: Int) {\n  similarPosts(title: $title, first: $first) {\n    ...SimilarPostFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSearchSynonymGroup($id: ID!, $terms: [String!]!) {\n  updateSearchSynonymGroup(id: $id, terms: $terms) {\n    id\n    terms\n    updatedAt\n  }\n}"): (typeof documents)["mutation UpdateSearchSynonymGroup($id: ID!, $terms: [String!]!) {\n  updateSearchSynonymGroup(id: $id, terms: $terms) {\n    id\n    terms\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Experts($tag: String, $skillCode: String, $first: Int) {\n  experts(tag: $tag, skillCode: $skillCode, first: $first) {\n    level\n    points\n    evidenceCount\n    acceptedCount\n    skill {\n      id\n      code\n      name\n    }\n    user {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query Experts($tag: String, $skillCode: String, $first: Int) {\n  experts(tag: $tag, skillCode: $skillCode, first: $first) {\n    level\n    points\n    evidenceCount\n    acceptedCount\n    skill {\n      id\n      code\n      name\n    }\n    user {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProfileSkills($id: ID!) {\n  user(id: $id) {\n    id\n    displayName\n    viewerCanSeeSkillRecord\n    skills {\n      ...SkillEntryFields\n    }\n    certifications {\n      tier\n      fiscalYear\n      grantedAt\n    }\n    badges {\n      ...BadgeAwardFields\n    }\n  }\n}"): (typeof documents)["query ProfileSkills($id: ID!) {\n  user(id: $id) {\n    id\n    displayName\n    viewerCanSeeSkillRecord\n    skills {\n      ...SkillEntryFields\n    }\n    certifications {\n      tier\n      fiscalYear\n      grantedAt\n    }\n    badges {\n      ...BadgeAwardFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetSkillsPublic($value: Boolean!) {\n  setSkillsPublic(value: $value)\n}"): (typeof documents)["mutation SetSkillsPublic($value: Boolean!) {\n  setSkillsPublic(value: $value)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SkillEntryFields on SkillEntry {\n  points\n  level\n  evidenceCount\n  requirement\n  skill {\n    id\n    code\n    name\n  }\n  trend {\n    fiscalYear\n    points\n  }\n}"): (typeof documents)["fragment SkillEntryFields on SkillEntry {\n  points\n  level\n  evidenceCount\n  requirement\n  skill {\n    id\n    code\n    name\n  }\n  trend {\n    fiscalYear\n    points\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SkillRecord($userId: ID!) {\n  skillRecord(userId: $userId) {\n    skillsPublic\n    totalPoints\n    user {\n      id\n    }\n    entries {\n      ...SkillEntryFields\n      evidence {\n        kind\n        accepted\n        postId\n        answerId\n        title\n        at\n      }\n    }\n    roleGap {\n      mark\n      skill {\n        id\n        code\n        name\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n      grantedAt\n      note\n      evidence\n    }\n    certificationHistory {\n      id\n      action\n      tier\n      fiscalYear\n      note\n      at\n      evidence\n      actedBy {\n        id\n        displayName\n      }\n    }\n  }\n}"): (typeof documents)["query SkillRecord($userId: ID!) {\n  skillRecord(userId: $userId) {\n    skillsPublic\n    totalPoints\n    user {\n      id\n    }\n    entries {\n      ...SkillEntryFields\n      evidence {\n        kind\n        accepted\n        postId\n        answerId\n        title\n        at\n      }\n    }\n    roleGap {\n      mark\n      skill {\n        id\n        code\n        name\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n      grantedAt\n      note\n      evidence\n    }\n    certificationHistory {\n      id\n      action\n      tier\n      fiscalYear\n      note\n      at\n      evidence\n      actedBy {\n        id\n        displayName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContributionStats($input: StatsInput!) {\n  contributionStats(input: $input) {\n    fiscalYear\n    fiscalYearLabel\n    department {\n      id\n      name\n      path\n    }\n    suppressed\n    suppressedReason\n    minGroupSize\n    groupSize\n    totals {\n      ...StatsTotalsFields\n    }\n    previousTotals {\n      ...StatsTotalsFields\n    }\n    series {\n      periodStart\n      questions\n      cases\n      ideas\n      answers\n      acceptedAnswers\n      comments\n      stampsGiven\n      activeContributors\n    }\n    byDepartment {\n      department {\n        id\n        name\n        path\n      }\n      label\n      suppressed\n      totals {\n        ...StatsTotalsFields\n      }\n    }\n    response {\n      questions\n      medianFirstAnswerHours\n      p90FirstAnswerHours\n      medianAcceptedHours\n      resolutionRate\n      unansweredOver3Days\n      unansweredOver7Days\n      unansweredOver30Days\n    }\n    unanswered {\n      id\n      title\n      createdAt\n      ageDays\n    }\n  }\n}"): (typeof documents)["query ContributionStats($input: StatsInput!) {\n  contributionStats(input: $input) {\n    fiscalYear\n    fiscalYearLabel\n    department {\n      id\n      name\n      path\n    }\n    suppressed\n    suppressedReason\n    minGroupSize\n    groupSize\n    totals {\n      ...StatsTotalsFields\n    }\n    previousTotals {\n      ...StatsTotalsFields\n    }\n    series {\n      periodStart\n      questions\n      cases\n      ideas\n      answers\n      acceptedAnswers\n      comments\n      stampsGiven\n      activeContributors\n    }\n    byDepartment {\n      department {\n        id\n        name\n        path\n      }\n      label\n      suppressed\n      totals {\n        ...StatsTotalsFields\n      }\n    }\n    response {\n      questions\n      medianFirstAnswerHours\n      p90FirstAnswerHours\n      medianAcceptedHours\n      resolutionRate\n      unansweredOver3Days\n      unansweredOver7Days\n      unansweredOver30Days\n    }\n    unanswered {\n      id\n      title\n      createdAt\n      ageDays\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Leaderboard($fiscalYear: Int!, $first: Int) {\n  leaderboard(fiscalYear: $fiscalYear, first: $first) {\n    rank\n    points\n    contributions\n    user {\n      id\n      displayName\n    }\n  }\n  me {\n    id\n    leaderboardOptIn\n  }\n}"): (typeof documents)["query Leaderboard($fiscalYear: Int!, $first: Int) {\n  leaderboard(fiscalYear: $fiscalYear, first: $first) {\n    rank\n    points\n    contributions\n    user {\n      id\n      displayName\n    }\n  }\n  me {\n    id\n    leaderboardOptIn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetLeaderboardOptIn($optIn: Boolean!) {\n  setLeaderboardOptIn(optIn: $optIn) {\n    id\n    leaderboardOptIn\n  }\n}"): (typeof documents)["mutation SetLeaderboardOptIn($optIn: Boolean!) {\n  setLeaderboardOptIn(optIn: $optIn) {\n    id\n    leaderboardOptIn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatsFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n    retired\n  }\n}"): (typeof documents)["query StatsFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n    retired\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StatsTotalsFields on StatsTotals {\n  questions\n  cases\n  ideas\n  answers\n  acceptedAnswers\n  comments\n  stampsGiven\n  stampsReceived\n  adoptions\n  activeContributors\n}"): (typeof documents)["fragment StatsTotalsFields on StatsTotals {\n  questions\n  cases\n  ideas\n  answers\n  acceptedAnswers\n  comments\n  stampsGiven\n  stampsReceived\n  adoptions\n  activeContributors\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeTags($from: String!, $into: String!) {\n  mergeTags(from: $from, into: $into) {\n    id\n    name\n    postCount\n  }\n}"): (typeof documents)["mutation MergeTags($from: String!, $into: String!) {\n  mergeTags(from: $from, into: $into) {\n    id\n    name\n    postCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameTag($from: String!, $to: String!) {\n  renameTag(from: $from, to: $to) {\n    id\n    name\n    postCount\n  }\n}"): (typeof documents)["mutation RenameTag($from: String!, $to: String!) {\n  renameTag(from: $from, to: $to) {\n    id\n    name\n    postCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TagDetailFields on TagDetail {\n  id\n  name\n  description\n  postCount\n  changedAt\n  changedNote\n  viewerCanEdit\n  topCases {\n    id\n    kind\n    title\n    featured\n    createdAt\n    department {\n      id\n      name\n    }\n    reactions {\n      ...ReactionFields\n    }\n  }\n}"): (typeof documents)["fragment TagDetailFields on TagDetail {\n  id\n  name\n  description\n  postCount\n  changedAt\n  changedNote\n  viewerCanEdit\n  topCases {\n    id\n    kind\n    title\n    featured\n    createdAt\n    department {\n      id\n      name\n    }\n    reactions {\n      ...ReactionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TagPage($name: String!) {\n  tag(name: $name) {\n    ...TagDetailFields\n  }\n}"): (typeof documents)["query TagPage($name: String!) {\n  tag(name: $name) {\n    ...TagDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTag($input: TagUpdateInput!) {\n  updateTag(input: $input) {\n    ...TagDetailFields\n  }\n}"): (typeof documents)["mutation UpdateTag($input: TagUpdateInput!) {\n  updateTag(input: $input) {\n    ...TagDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n  }\n}"): (typeof documents)["query TeamFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamSkillRecords($departmentId: ID) {\n  teamSkillRecords(departmentId: $departmentId) {\n    totalPoints\n    user {\n      id\n      displayName\n      roleCategoryName\n      department {\n        id\n        name\n        path\n      }\n    }\n    entries {\n      points\n      level\n      skill {\n        id\n        code\n        name\n      }\n    }\n    roleGap {\n      skill {\n        id\n        code\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n    }\n  }\n}"): (typeof documents)["query TeamSkillRecords($departmentId: ID) {\n  teamSkillRecords(departmentId: $departmentId) {\n    totalPoints\n    user {\n      id\n      displayName\n      roleCategoryName\n      department {\n        id\n        name\n        path\n      }\n    }\n    entries {\n      points\n      level\n      skill {\n        id\n        code\n        name\n      }\n    }\n    roleGap {\n      skill {\n        id\n        code\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    active\n    email\n    extension\n    bio\n    expertise\n    avatarUrl\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    active\n    email\n    extension\n    bio\n    expertise\n    avatarUrl\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWebhook($input: WebhookInput!) {\n  createWebhook(input: $input) {\n    ...WebhookFields\n  }\n}"): (typeof documents)["mutation CreateWebhook($input: WebhookInput!) {\n  createWebhook(input: $input) {\n    ...WebhookFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}"): (typeof documents)["mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestWebhook($id: ID!) {\n  testWebhook(id: $id) {\n    ok\n    httpStatus\n    error\n  }\n}"): (typeof documents)["mutation TestWebhook($id: ID!) {\n  testWebhook(id: $id) {\n    ok\n    httpStatus\n    error\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n  updateWebhook(id: $id, input: $input) {\n    ...WebhookFields\n  }\n}"): (typeof documents)["mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n  updateWebhook(id: $id, input: $input) {\n    ...WebhookFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookFields on Webhook {\n  id\n  name\n  url\n  format\n  tags\n  kinds\n  hasSecret\n  active\n  createdAt\n  lastDelivery {\n    status\n    httpStatus\n    error\n    at\n  }\n}"): (typeof documents)["fragment WebhookFields on Webhook {\n  id\n  name\n  url\n  format\n  tags\n  kinds\n  hasSecret\n  active\n  createdAt\n  lastDelivery {\n    status\n    httpStatus\n    error\n    at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Webhooks {\n  webhooks {\n    ...WebhookFields\n  }\n}"): (typeof documents)["query Webhooks {\n  webhooks {\n    ...WebhookFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;