import { main } from '@motcua/bootstrap';
import { FeesModule } from './fees.module';

main({ service: 'fees', module: FeesModule, consumes: true });
