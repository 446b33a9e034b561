import { Module } from '@nestjs/common';
import { DraftsRepository } from './drafts.repository';
import { DraftsResolver } from './drafts.resolver';
import { DraftsService } from './drafts.service';

/** Drafts of posts and answers, private to their owner (#13). Posts and answers discard them on publish. */
@Module({ providers: [DraftsRepository, DraftsService, DraftsResolver], exports: [DraftsService] })
export class DraftsModule {}
