import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `app_setting` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'app_setting' })
export class AppSettingEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'text' }) value: string;
  @Column({ type: 'text' }) updated_at: string;
}
