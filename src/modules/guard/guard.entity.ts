import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `guard_word`: a word the DX office lists for the personal-information guard. */
@Entity({ name: 'guard_word' })
export class GuardWordEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) word: string;
  @Column({ type: 'integer' }) created_by_id: number;
  @Column({ type: 'text' }) created_at: string;
}

/** `guidelines_ack`: this person has seen the posting guidelines (shown once, before a first post). */
@Entity({ name: 'guidelines_ack' })
export class GuidelinesAckEntity {
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  @Column({ type: 'text' }) seen_at: string;
}
