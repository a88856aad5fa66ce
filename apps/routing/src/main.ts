import { main } from '@motcua/bootstrap';
import { RoutingModule } from './routing.module';

main({ service: 'routing', module: RoutingModule, consumes: true });
