/** What the harness needs from each way of answering a question. */
import type { Question, Vars } from '../questions.js';

export interface System {
  name: string;
  /** Answers one sample of a question; resolves to the answer's size (items), throws on any error. */
  ask(question: Question, sample: Vars, sampleIndex: number): Promise<number>;
  /** Queries sent to Neo4j so far (read between two sequential requests). */
  roundTrips(): number;
  close(): Promise<void>;
}
