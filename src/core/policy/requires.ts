import { SetMetadata } from '@nestjs/common';
import type { GlobalCapability } from './capabilities';

export const REQUIRED_CAPABILITIES = 'banso:requiredCapabilities';

/**
 * The operation needs these global capabilities: the global guard refuses anyone else with
 * FORBIDDEN (and the capability's Japanese message) before the resolver or controller runs.
 * Object rules (may this viewer edit this post?) are checked in the services.
 */
export const Requires = (...capabilities: GlobalCapability[]) => SetMetadata(REQUIRED_CAPABILITIES, capabilities);
