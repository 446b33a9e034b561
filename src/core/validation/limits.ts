/** Length limits for every text input (characters, after trimming). */
export const LIMITS = {
  title: 150,
  body: 20000,
  answer: 20000,
  comment: 2000,
  caseField: 5000,
  tag: 30,
  tagsPerPost: 5,
  tools: 10,
  tool: 50,
  email: 254,
  password: 256,
  pageSize: 100,
  revealReason: 500,
} as const;
