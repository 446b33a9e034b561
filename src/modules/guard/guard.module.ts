import { Module } from '@nestjs/common';
import { GuardRepository } from './guard.repository';
import { GuardResolver } from './guard.resolver';
import { GuardService } from './guard.service';

/**
 * The personal-information guard and the posting guidelines (#13). Posts, answers and comments
 * import it to screen what they publish.
 */
@Module({ providers: [GuardRepository, GuardService, GuardResolver], exports: [GuardService] })
export class GuardModule {}
