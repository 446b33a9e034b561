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
    "query DemoMode {\n  demoMode\n}": typeof types.DemoModeDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": typeof types.MeDocument,
    "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  role\n  department {\n    id\n    name\n    path\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "mutation CreatePost($input: CreatePostInput!) {\n  createPost(input: $input) {\n    ...PostDetailFields\n  }\n}": typeof types.CreatePostDocument,
    "query MarkdownPreview($body: String!) {\n  markdownPreview(body: $body)\n}": typeof types.MarkdownPreviewDocument,
    "query PostForEdit($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    body\n    anonymous\n    tags {\n      id\n      name\n    }\n    caseDetails {\n      ...CaseDetailsFields\n    }\n    viewerCanEdit\n  }\n}": typeof types.PostForEditDocument,
    "query TagSuggestions($prefix: String, $first: Int) {\n  tags(prefix: $prefix, first: $first) {\n    id\n    name\n    postCount\n  }\n}": typeof types.TagSuggestionsDocument,
    "mutation UpdatePost($input: UpdatePostInput!) {\n  updatePost(input: $input) {\n    ...PostDetailFields\n  }\n}": typeof types.UpdatePostDocument,
    "query Departments {\n  departments {\n    id\n    code\n    name\n    level\n    parentId\n    path\n  }\n}": typeof types.DepartmentsDocument,
    "query FeedPosts($first: Int, $after: String, $filter: PostFilter) {\n  posts(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": typeof types.FeedPostsDocument,
    "fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}": typeof types.PostCardFieldsFragmentDoc,
    "mutation AcceptAnswer($answerId: ID!) {\n  acceptAnswer(answerId: $answerId) {\n    ...PostDetailFields\n  }\n}": typeof types.AcceptAnswerDocument,
    "mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}": typeof types.AddCommentDocument,
    "fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n}": typeof types.AnswerFieldsFragmentDoc,
    "fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}": typeof types.CaseDetailsFieldsFragmentDoc,
    "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n  }\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n}": typeof types.CommentFieldsFragmentDoc,
    "mutation CreateAnswer($input: CreateAnswerInput!) {\n  createAnswer(input: $input) {\n    ...AnswerFields\n  }\n}": typeof types.CreateAnswerDocument,
    "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}": typeof types.DeleteCommentDocument,
    "mutation DeletePost($id: ID!) {\n  deletePost(id: $id)\n}": typeof types.DeletePostDocument,
    "query PostDetail($id: ID!) {\n  post(id: $id) {\n    ...PostDetailFields\n  }\n}": typeof types.PostDetailDocument,
    "fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n}": typeof types.PostDetailFieldsFragmentDoc,
    "mutation UnacceptAnswer($postId: ID!) {\n  unacceptAnswer(postId: $postId) {\n    ...PostDetailFields\n  }\n}": typeof types.UnacceptAnswerDocument,
    "mutation React($input: ReactInput!) {\n  react(input: $input) {\n    ...ReactionFields\n  }\n}": typeof types.ReactDocument,
    "fragment ReactionFields on ReactionSummary {\n  cheer\n  helpful\n  thanks\n  viewerStamps\n  targetType\n  targetId\n}": typeof types.ReactionFieldsFragmentDoc,
    "mutation Unreact($input: ReactInput!) {\n  unreact(input: $input) {\n    ...ReactionFields\n  }\n}": typeof types.UnreactDocument,
    "query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    email\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}": typeof types.UserProfileDocument,
};
const documents: Documents = {
    "query DemoMode {\n  demoMode\n}": types.DemoModeDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": types.MeDocument,
    "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  role\n  department {\n    id\n    name\n    path\n  }\n}": types.ViewerFieldsFragmentDoc,
    "mutation CreatePost($input: CreatePostInput!) {\n  createPost(input: $input) {\n    ...PostDetailFields\n  }\n}": types.CreatePostDocument,
    "query MarkdownPreview($body: String!) {\n  markdownPreview(body: $body)\n}": types.MarkdownPreviewDocument,
    "query PostForEdit($id: ID!) {\n  post(id: $id) {\n    id\n    kind\n    title\n    body\n    anonymous\n    tags {\n      id\n      name\n    }\n    caseDetails {\n      ...CaseDetailsFields\n    }\n    viewerCanEdit\n  }\n}": types.PostForEditDocument,
    "query TagSuggestions($prefix: String, $first: Int) {\n  tags(prefix: $prefix, first: $first) {\n    id\n    name\n    postCount\n  }\n}": types.TagSuggestionsDocument,
    "mutation UpdatePost($input: UpdatePostInput!) {\n  updatePost(input: $input) {\n    ...PostDetailFields\n  }\n}": types.UpdatePostDocument,
    "query Departments {\n  departments {\n    id\n    code\n    name\n    level\n    parentId\n    path\n  }\n}": types.DepartmentsDocument,
    "query FeedPosts($first: Int, $after: String, $filter: PostFilter) {\n  posts(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...PostCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.FeedPostsDocument,
    "fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}": types.PostCardFieldsFragmentDoc,
    "mutation AcceptAnswer($answerId: ID!) {\n  acceptAnswer(answerId: $answerId) {\n    ...PostDetailFields\n  }\n}": types.AcceptAnswerDocument,
    "mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}": types.AddCommentDocument,
    "fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n}": types.AnswerFieldsFragmentDoc,
    "fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}": types.CaseDetailsFieldsFragmentDoc,
    "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n  }\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n}": types.CommentFieldsFragmentDoc,
    "mutation CreateAnswer($input: CreateAnswerInput!) {\n  createAnswer(input: $input) {\n    ...AnswerFields\n  }\n}": types.CreateAnswerDocument,
    "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id)\n}": types.DeleteCommentDocument,
    "mutation DeletePost($id: ID!) {\n  deletePost(id: $id)\n}": types.DeletePostDocument,
    "query PostDetail($id: ID!) {\n  post(id: $id) {\n    ...PostDetailFields\n  }\n}": types.PostDetailDocument,
    "fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n}": types.PostDetailFieldsFragmentDoc,
    "mutation UnacceptAnswer($postId: ID!) {\n  unacceptAnswer(postId: $postId) {\n    ...PostDetailFields\n  }\n}": types.UnacceptAnswerDocument,
    "mutation React($input: ReactInput!) {\n  react(input: $input) {\n    ...ReactionFields\n  }\n}": types.ReactDocument,
    "fragment ReactionFields on ReactionSummary {\n  cheer\n  helpful\n  thanks\n  viewerStamps\n  targetType\n  targetId\n}": types.ReactionFieldsFragmentDoc,
    "mutation Unreact($input: ReactInput!) {\n  unreact(input: $input) {\n    ...ReactionFields\n  }\n}": types.UnreactDocument,
    "query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    email\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}": types.UserProfileDocument,
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
export function graphql(source: "fragment ViewerFields on User {\n  id\n  displayName\n  email\n  role\n  department {\n    id\n    name\n    path\n  }\n}"): (typeof documents)["fragment ViewerFields on User {\n  id\n  displayName\n  email\n  role\n  department {\n    id\n    name\n    path\n  }\n}"];
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
export function graphql(source: "fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}"): (typeof documents)["fragment PostCardFields on Post {\n  id\n  kind\n  title\n  excerpt\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n  answerCount\n  commentCount\n  reactions {\n    ...ReactionFields\n  }\n  createdAt\n  lastActivityAt\n}"];
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
export function graphql(source: "fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment AnswerFields on Answer {\n  id\n  postId\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n  }\n  accepted\n  acceptedAt\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}"): (typeof documents)["fragment CaseDetailsFields on CaseDetails {\n  problem\n  solution\n  effect\n  hoursSavedPerYear\n  tools\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n  }\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n}"): (typeof documents)["fragment CommentFields on Comment {\n  id\n  body\n  bodyHtml\n  author {\n    id\n    displayName\n  }\n  targetType\n  targetId\n  createdAt\n  viewerCanDelete\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAnswer($input: CreateAnswerInput!) {\n  createAnswer(input: $input) {\n    ...AnswerFields\n  }\n}"): (typeof documents)["mutation CreateAnswer($input: CreateAnswerInput!) {\n  createAnswer(input: $input) {\n    ...AnswerFields\n  }\n}"];
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
export function graphql(source: "fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n}"): (typeof documents)["fragment PostDetailFields on Post {\n  id\n  kind\n  title\n  body\n  bodyHtml\n  status\n  anonymous\n  author {\n    id\n    displayName\n  }\n  department {\n    id\n    name\n    path\n  }\n  tags {\n    id\n    name\n  }\n  caseDetails {\n    ...CaseDetailsFields\n  }\n  answers {\n    ...AnswerFields\n  }\n  answerCount\n  commentCount\n  acceptedAnswer {\n    id\n  }\n  reactions {\n    ...ReactionFields\n  }\n  comments {\n    ...CommentFields\n  }\n  createdAt\n  updatedAt\n  lastActivityAt\n  viewerCanEdit\n  viewerCanDelete\n  viewerCanAccept\n  viewerIsAuthor\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnacceptAnswer($postId: ID!) {\n  unacceptAnswer(postId: $postId) {\n    ...PostDetailFields\n  }\n}"): (typeof documents)["mutation UnacceptAnswer($postId: ID!) {\n  unacceptAnswer(postId: $postId) {\n    ...PostDetailFields\n  }\n}"];
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
export function graphql(source: "query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    email\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query UserProfile($id: ID!, $postsFirst: Int, $postsAfter: String, $answersFirst: Int) {\n  user(id: $id) {\n    id\n    displayName\n    email\n    role\n    roleCategory\n    roleCategoryName\n    layer\n    layerName\n    department {\n      id\n      name\n      path\n    }\n    assignments {\n      id\n      title\n      startDate\n      endDate\n      department {\n        id\n        name\n        path\n      }\n    }\n    postCount\n    answerCount\n    acceptedAnswerCount\n    createdAt\n    posts(first: $postsFirst, after: $postsAfter) {\n      edges {\n        cursor\n        node {\n          ...PostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    answers(first: $answersFirst) {\n      id\n      accepted\n      createdAt\n      reactions {\n        ...ReactionFields\n      }\n      post {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;