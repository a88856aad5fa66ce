import { main } from '@motcua/bootstrap';
import { CourierModule } from './courier.module';

main({ service: 'courier', module: CourierModule, consumes: true });
