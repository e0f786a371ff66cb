/** A briefing topic: its schema lives with the store that keeps it (src/store/topic.ts). */
export { TopicSchema, type Topic } from '../store/topic.ts';
