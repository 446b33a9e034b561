import { registerEnumType } from '@nestjs/graphql';

export enum FeedDensity {
  CARDS = 'CARDS',
  COMPACT = 'COMPACT',
}
registerEnumType(FeedDensity, { name: 'FeedDensity', description: 'フィードの表示：カード / 一覧（1〜2行）' });
