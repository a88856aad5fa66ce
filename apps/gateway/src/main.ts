import { main } from '@motcua/bootstrap';
import { GatewayModule } from './gateway.module';
import { configureHttp } from './http/configure-http';

main({ service: 'gateway', module: GatewayModule, consumes: false, configure: configureHttp });
