/** Hard limits of each surface (and the budgets this renderer keeps under them). */

export const SLACK = {
  /** Blocks in one message. */
  maxBlocks: 50,
  /** Text of a section block. */
  sectionText: 3000,
  /** plain_text of a header block. */
  headerText: 150,
  /** Elements of a context block. */
  contextElements: 10,
  /** Text of a button. */
  buttonText: 75,
  /** Value of a button. */
  buttonValue: 2000,
  /**
   * Sum of all text in the blocks. Slack rejects long messages with msg_blocks_too_long somewhere
   * around 13,000 characters (undocumented); stay well under it.
   */
  totalTextBudget: 11_000,
  /** Fallback `text` (notifications): kept short. */
  fallbackText: 300,
  /** One item of user text before escaping; an escaped line never exceeds `lineHardCap`. */
  lineChars: 600,
  lineHardCap: 1000,
  /** A name or label (speaker, role, party) after escaping. */
  labelHardCap: 300,
} as const;

export const DISCORD = {
  maxEmbeds: 10,
  /** Characters across every embed of a message (title, description, field names and values, footer, author). */
  totalChars: 6000,
  title: 256,
  description: 4096,
  maxFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** custom_id of a component. */
  customId: 100,
  buttonLabel: 80,
  /** One item of user text before escaping; an escaped line never exceeds `lineHardCap`. */
  lineChars: 300,
  lineHardCap: 450,
  /** A name or label (speaker, role, party) after escaping. */
  labelHardCap: 120,
} as const;

/** At most this many citation markers per item ([1][2][3]+4). */
export const MAX_MARKERS = 3;
