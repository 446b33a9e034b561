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
    "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  permissions\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "fragment BadgeAwardFields on BadgeAward {\n  id\n  awardedAt\n  reason\n  postId\n  badge {\n    id\n    code\n    name\n    tier\n    description\n    manual\n  }\n}": typeof types.BadgeAwardFieldsFragmentDoc,
    "fragment BadgeCatalogueFields on Badge {\n  id\n  code\n  name\n  tier\n  description\n  manual\n  repeatable\n  rule\n  holderCount\n}": typeof types.BadgeCatalogueFieldsFragmentDoc,
    "query BadgeHolders($code: String!, $first: Int) {\n  badge(code: $code) {\n    id\n    code\n    name\n    tier\n    description\n    manual\n    repeatable\n    holderCount\n    holders(first: $first) {\n      id\n      awardedAt\n      reason\n      postId\n      user {\n        id\n        displayName\n        department {\n          id\n          name\n        }\n      }\n      grantedBy {\n        id\n        displayName\n      }\n    }\n  }\n}": typeof types.BadgeHoldersDocument,
    "query Badges {\n  badges {\n    ...BadgeCatalogueFields\n  }\n}": typeof types.BadgesDocument,
    "mutation MarkBadgesSeen {\n  markBadgesSeen\n}": typeof types.MarkBadgesSeenDocument,
    "query MyUnseenBadges {\n  myUnseenBadges {\n    ...BadgeAwardFields\n  }\n}": typeof types.MyUnseenBadgesDocument,
    "mutation CreatePost($input: CreatePostInput!) {\n  createPost(input: $input) {\n    ...PostDetailFields\n  }\n}": typeof types.CreatePostDocument,
    "query MarkdownPreview($body: String!) {\n  markdownPreview(body: $body)\n}": typeof types.MarkdownPreviewDocument,
    "query PostForEdit($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    body\n    anonymous\n    tags {\n      id\n      name\n    }\n    caseDetails {\n      ...CaseDetailsFields\n    }\n    viewerCanEdit\n  }\n}": typeof types.PostForEditDocument,
    "query TagSuggestions($prefix: String, $first: Int) {\n  tags(prefix: $prefix, first: $first) {\n    id\n    name\n    postCount\n  }\n}": typeof types.TagSuggestionsDocument,
    "mutation UpdatePost($input: UpdatePostInput!) {\n  updatePost(input: $input) {\n    ...PostDetailFields\n  }\n}": typeof types.UpdatePostDocument,
    "query Departments {\n  departments {\n    id\n    code\n    name\n    level\n    parentId\n    path\n  }\n}": typeof types.DepartmentsDocument,
    "query FeedPosts($first: Int, $after: String, $filter: PostFilter) {\n  posts(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": typeof types.FeedPostsDocument,
    "fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}": typeof types.PostCardFieldsFragmentDoc,
    "mutation AcceptAnswer($answerId: ID!) {\n  acceptAnswer(answerId: $answerId) {\n    ...PostDetailFields\n  }\n}": typeof types.AcceptAnswerDocument,
    "mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}": typeof types.AddCommentDocument,
    "fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  viewerCanEdit\n  viewerCanDelete\n}": typeof types.AnswerFieldsFragmentDoc,
    "fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}": typeof types.CaseDetailsFieldsFragmentDoc,
    "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n}": typeof types.CommentFieldsFragmentDoc,
    "mutation CreateAnswer($input: CreateAnswerInput!) {\n  createAnswer(input: $input) {\n    ...AnswerFields\n  }\n}": typeof types.CreateAnswerDocument,
    "mutation DeleteAnswer($id: ID!) {\n  deleteAnswer(id: $id)\n}": typeof types.DeleteAnswerDocument,
    "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}": typeof types.DeleteCommentDocument,
    "mutation DeletePost($id: ID!) {\n  deletePost(id: $id)\n}": typeof types.DeletePostDocument,
    "query PostDetail($id: ID!) {\n  post(id: $id) {\n    ...PostDetailFields\n  }\n}": typeof types.PostDetailDocument,
    "fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  viewerCanRevealAuthor\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n}": typeof types.PostDetailFieldsFragmentDoc,
    "mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n  revealAnonymousAuthor(postId: $postId, reason: $reason) {\n    id\n    displayName\n    department {\n      id\n      name\n    }\n  }\n}": typeof types.RevealAnonymousAuthorDocument,
    "mutation UnacceptAnswer($postId: ID!) {\n  unacceptAnswer(postId: $postId) {\n    ...PostDetailFields\n  }\n}": typeof types.UnacceptAnswerDocument,
    "mutation UpdateAnswer($input: UpdateAnswerInput!) {\n  updateAnswer(input: $input) {\n    ...AnswerFields\n  }\n}": typeof types.UpdateAnswerDocument,
    "mutation React($input: ReactInput!) {\n  react(input: $input) {\n    ...ReactionFields\n  }\n}": typeof types.ReactDocument,
    "fragment ReactionFields on ReactionSummary {\n  cheer\n  helpful\n  thanks\n  viewerStamps\n  targetType\n  targetId\n}": typeof types.ReactionFieldsFragmentDoc,
    "mutation Unreact($input: ReactInput!) {\n  unreact(input: $input) {\n    ...ReactionFields\n  }\n}": typeof types.UnreactDocument,
    "mutation CreateSearchSynonymGroup($terms: [String!]!) {\n  createSearchSynonymGroup(terms: $terms) {\n    id\n    terms\n    updatedAt\n  }\n}": typeof types.CreateSearchSynonymGroupDocument,
    "mutation DeleteSearchSynonymGroup($id: ID!) {\n  deleteSearchSynonymGroup(id: $id)\n}": typeof types.DeleteSearchSynonymGroupDocument,
    "query RelatedPosts($id: ID!) {\n  post(id: $id) {\n    id\n    relatedPosts(first: 5) {\n      ...SimilarPostFields\n    }\n  }\n}": typeof types.RelatedPostsDocument,
    "query SearchPosts($query: String!, $first: Int, $after: String, $filter: PostFilter, $createdAt: SearchDateRange) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    filter: $filter\n    createdAt: $createdAt\n  ) {\n    totalCount\n    terms {\n      text\n      phrase\n      synonyms\n    }\n    edges {\n      cursor\n      snippet\n      titleHighlight\n      node {\n        id\n        title\n        kind\n        status\n        anonymous\n        answerCount\n        createdAt\n        author {\n          id\n          displayName\n        }\n        tags {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.SearchPostsDocument,
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
    "query TeamFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n  }\n}": typeof types.TeamFiltersDocument,
    "query TeamSkillRecords($departmentId: ID) {\n  teamSkillRecords(departmentId: $departmentId) {\n    totalPoints\n    user {\n      id\n      displayName\n      roleCategoryName\n      department {\n        id\n        name\n        path\n      }\n    }\n    entries {\n      points\n      level\n      skill {\n        id\n        code\n        name\n      }\n    }\n    roleGap {\n      skill {\n        id\n        code\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n    }\n  }\n}": typeof types.TeamSkillRecordsDocument,
    "query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    active\n    email\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}": typeof types.UserProfileDocument,
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
    "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  permissions\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n}": types.ViewerFieldsFragmentDoc,
    "fragment BadgeAwardFields on BadgeAward {\n  id\n  awardedAt\n  reason\n  postId\n  badge {\n    id\n    code\n    name\n    tier\n    description\n    manual\n  }\n}": types.BadgeAwardFieldsFragmentDoc,
    "fragment BadgeCatalogueFields on Badge {\n  id\n  code\n  name\n  tier\n  description\n  manual\n  repeatable\n  rule\n  holderCount\n}": types.BadgeCatalogueFieldsFragmentDoc,
    "query BadgeHolders($code: String!, $first: Int) {\n  badge(code: $code) {\n    id\n    code\n    name\n    tier\n    description\n    manual\n    repeatable\n    holderCount\n    holders(first: $first) {\n      id\n      awardedAt\n      reason\n      postId\n      user {\n        id\n        displayName\n        department {\n          id\n          name\n        }\n      }\n      grantedBy {\n        id\n        displayName\n      }\n    }\n  }\n}": types.BadgeHoldersDocument,
    "query Badges {\n  badges {\n    ...BadgeCatalogueFields\n  }\n}": types.BadgesDocument,
    "mutation MarkBadgesSeen {\n  markBadgesSeen\n}": types.MarkBadgesSeenDocument,
    "query MyUnseenBadges {\n  myUnseenBadges {\n    ...BadgeAwardFields\n  }\n}": types.MyUnseenBadgesDocument,
    "mutation CreatePost($input: CreatePostInput!) {\n  createPost(input: $input) {\n    ...PostDetailFields\n  }\n}": types.CreatePostDocument,
    "query MarkdownPreview($body: String!) {\n  markdownPreview(body: $body)\n}": types.MarkdownPreviewDocument,
    "query PostForEdit($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    body\n    anonymous\n    tags {\n      id\n      name\n    }\n    caseDetails {\n      ...CaseDetailsFields\n    }\n    viewerCanEdit\n  }\n}": types.PostForEditDocument,
    "query TagSuggestions($prefix: String, $first: Int) {\n  tags(prefix: $prefix, first: $first) {\n    id\n    name\n    postCount\n  }\n}": types.TagSuggestionsDocument,
    "mutation UpdatePost($input: UpdatePostInput!) {\n  updatePost(input: $input) {\n    ...PostDetailFields\n  }\n}": types.UpdatePostDocument,
    "query Departments {\n  departments {\n    id\n    code\n    name\n    level\n    parentId\n    path\n  }\n}": types.DepartmentsDocument,
    "query FeedPosts($first: Int, $after: String, $filter: PostFilter) {\n  posts(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.FeedPostsDocument,
    "fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}": types.PostCardFieldsFragmentDoc,
    "mutation AcceptAnswer($answerId: ID!) {\n  acceptAnswer(answerId: $answerId) {\n    ...PostDetailFields\n  }\n}": types.AcceptAnswerDocument,
    "mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}": types.AddCommentDocument,
    "fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  viewerCanEdit\n  viewerCanDelete\n}": types.AnswerFieldsFragmentDoc,
    "fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}": types.CaseDetailsFieldsFragmentDoc,
    "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n}": types.CommentFieldsFragmentDoc,
    "mutation CreateAnswer($input: CreateAnswerInput!) {\n  createAnswer(input: $input) {\n    ...AnswerFields\n  }\n}": types.CreateAnswerDocument,
    "mutation DeleteAnswer($id: ID!) {\n  deleteAnswer(id: $id)\n}": types.DeleteAnswerDocument,
    "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}": types.DeleteCommentDocument,
    "mutation DeletePost($id: ID!) {\n  deletePost(id: $id)\n}": types.DeletePostDocument,
    "query PostDetail($id: ID!) {\n  post(id: $id) {\n    ...PostDetailFields\n  }\n}": types.PostDetailDocument,
    "fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  viewerCanRevealAuthor\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n}": types.PostDetailFieldsFragmentDoc,
    "mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n  revealAnonymousAuthor(postId: $postId, reason: $reason) {\n    id\n    displayName\n    department {\n      id\n      name\n    }\n  }\n}": types.RevealAnonymousAuthorDocument,
    "mutation UnacceptAnswer($postId: ID!) {\n  unacceptAnswer(postId: $postId) {\n    ...PostDetailFields\n  }\n}": types.UnacceptAnswerDocument,
    "mutation UpdateAnswer($input: UpdateAnswerInput!) {\n  updateAnswer(input: $input) {\n    ...AnswerFields\n  }\n}": types.UpdateAnswerDocument,
    "mutation React($input: ReactInput!) {\n  react(input: $input) {\n    ...ReactionFields\n  }\n}": types.ReactDocument,
    "fragment ReactionFields on ReactionSummary {\n  cheer\n  helpful\n  thanks\n  viewerStamps\n  targetType\n  targetId\n}": types.ReactionFieldsFragmentDoc,
    "mutation Unreact($input: ReactInput!) {\n  unreact(input: $input) {\n    ...ReactionFields\n  }\n}": types.UnreactDocument,
    "mutation CreateSearchSynonymGroup($terms: [String!]!) {\n  createSearchSynonymGroup(terms: $terms) {\n    id\n    terms\n    updatedAt\n  }\n}": types.CreateSearchSynonymGroupDocument,
    "mutation DeleteSearchSynonymGroup($id: ID!) {\n  deleteSearchSynonymGroup(id: $id)\n}": types.DeleteSearchSynonymGroupDocument,
    "query RelatedPosts($id: ID!) {\n  post(id: $id) {\n    id\n    relatedPosts(first: 5) {\n      ...SimilarPostFields\n    }\n  }\n}": types.RelatedPostsDocument,
    "query SearchPosts($query: String!, $first: Int, $after: String, $filter: PostFilter, $createdAt: SearchDateRange) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    filter: $filter\n    createdAt: $createdAt\n  ) {\n    totalCount\n    terms {\n      text\n      phrase\n      synonyms\n    }\n    edges {\n      cursor\n      snippet\n      titleHighlight\n      node {\n        id\n        title\n        kind\n        status\n        anonymous\n        answerCount\n        createdAt\n        author {\n          id\n          displayName\n        }\n        tags {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.SearchPostsDocument,
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
    "query TeamFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n  }\n}": types.TeamFiltersDocument,
    "query TeamSkillRecords($departmentId: ID) {\n  teamSkillRecords(departmentId: $departmentId) {\n    totalPoints\n    user {\n      id\n      displayName\n      roleCategoryName\n      department {\n        id\n        name\n        path\n      }\n    }\n    entries {\n      points\n      level\n      skill {\n        id\n        code\n        name\n      }\n    }\n    roleGap {\n      skill {\n        id\n        code\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n    }\n  }\n}": types.TeamSkillRecordsDocument,
    "query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    active\n    email\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}": types.UserProfileDocument,
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
export function graphql(source: "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  permissions\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n}"): (typeof documents)["fragment ViewerFields on User {\n  id\n  displayName\n  email\n  permissions\n  mustChangePassword\n  department {\n    id\n    name\n    path\n  }\n}"];
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
export function graphql(source: "query FeedPosts($first: Int, $after: String, $filter: PostFilter) {\n  posts(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"): (typeof documents)["query FeedPosts($first: Int, $after: String, $filter: PostFilter) {\n  posts(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}"): (typeof documents)["fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}"];
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
export function graphql(source: "fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  viewerCanEdit\n  viewerCanDelete\n}"): (typeof documents)["fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  viewerCanEdit\n  viewerCanDelete\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}"): (typeof documents)["fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n}"): (typeof documents)["fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n    active\n  }\n  byAnonymousAsker\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n}"];
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
export function graphql(source: "fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  viewerCanRevealAuthor\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n}"): (typeof documents)["fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  viewerCanRevealAuthor\n  author {\n    id\n    displayName\n    active\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n}"];
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
export function graphql(source: "query SearchPosts($query: String!, $first: Int, $after: String, $filter: PostFilter, $createdAt: SearchDateRange) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    filter: $filter\n    createdAt: $createdAt\n  ) {\n    totalCount\n    terms {\n      text\n      phrase\n      synonyms\n    }\n    edges {\n      cursor\n      snippet\n      titleHighlight\n      node {\n        id\n        title\n        kind\n        status\n        anonymous\n        answerCount\n        createdAt\n        author {\n          id\n          displayName\n        }\n        tags {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query SearchPosts($query: String!, $first: Int, $after: String, $filter: PostFilter, $createdAt: SearchDateRange) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    filter: $filter\n    createdAt: $createdAt\n  ) {\n    totalCount\n    terms {\n      text\n      phrase\n      synonyms\n    }\n    edges {\n      cursor\n      snippet\n      titleHighlight\n      node {\n        id\n        title\n        kind\n        status\n        anonymous\n        answerCount\n        createdAt\n        author {\n          id\n          displayName\n        }\n        tags {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
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
export function graphql(source: "query TeamFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n  }\n}"): (typeof documents)["query TeamFilters {\n  me {\n    id\n    managedDepartments {\n      id\n      name\n      path\n    }\n  }\n  departments {\n    id\n    name\n    path\n    parentId\n    level\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamSkillRecords($departmentId: ID) {\n  teamSkillRecords(departmentId: $departmentId) {\n    totalPoints\n    user {\n      id\n      displayName\n      roleCategoryName\n      department {\n        id\n        name\n        path\n      }\n    }\n    entries {\n      points\n      level\n      skill {\n        id\n        code\n        name\n      }\n    }\n    roleGap {\n      skill {\n        id\n        code\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n    }\n  }\n}"): (typeof documents)["query TeamSkillRecords($departmentId: ID) {\n  teamSkillRecords(departmentId: $departmentId) {\n    totalPoints\n    user {\n      id\n      displayName\n      roleCategoryName\n      department {\n        id\n        name\n        path\n      }\n    }\n    entries {\n      points\n      level\n      skill {\n        id\n        code\n        name\n      }\n    }\n    roleGap {\n      skill {\n        id\n        code\n      }\n    }\n    certifications {\n      tier\n      fiscalYear\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    active\n    email\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    active\n    email\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;