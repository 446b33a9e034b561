import { Module } from '@nestjs/common';
import { ReactionsRepository } from './reactions.repository';
import { ReactionsResolver } from './reactions.resolver';
import { ReactionsService } from './reactions.service';

/** Stamps: 応援 / 参考になった / ありがとう. */
@Module({ providers: [ReactionsRepository, ReactionsService, ReactionsResolver], exports: [ReactionsService] })
export class ReactionsModule {}
