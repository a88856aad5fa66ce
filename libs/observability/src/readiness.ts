/** One dependency `/health/ready` checks; `check` throws when the dependency cannot be used. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

export type ReadinessCheckType = new (...args: never[]) => ReadinessCheck;
