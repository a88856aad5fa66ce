import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from './session';

/** Staff pages: without a session, to the login page and back here afterwards. */
export function RequireLogin() {
  const { actor } = useSession();
  const location = useLocation();
  if (!actor) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}
