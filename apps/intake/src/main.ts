import { main } from '@motcua/bootstrap';
import { IntakeModule } from './intake.module';

main({ service: 'intake', module: IntakeModule, consumes: true });
