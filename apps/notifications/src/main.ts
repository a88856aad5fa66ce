import { main } from '@motcua/bootstrap';
import { NotificationsModule } from './notifications.module';

main({ service: 'notifications', module: NotificationsModule, consumes: true });
