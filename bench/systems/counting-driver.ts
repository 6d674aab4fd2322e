/**
 * A driver that counts the statements run through it (tx.run inside executeRead/executeWrite,
 * and driver.executeQuery), for the round-trips column of systems that own no counter.
 */
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export interface CountingDriver {
  driver: Driver;
  count(): number;
}

export function countingDriver(driver: Driver): CountingDriver {
  let runs = 0;
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === 'run')
          return (...args: Parameters<ManagedTransaction['run']>) => {
            runs += 1;
            return target.run(...args);
          };
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            (target[prop] as any).call(target, (tx: ManagedTransaction) => work(wrapTx(tx)), config);
        }
        if (prop === 'run')
          return (...args: any[]) => {
            runs += 1;
            return (target.run as any)(...args);
          };
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const proxy = new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      if (prop === 'executeQuery')
        return (...args: any[]) => {
          runs += 1;
          return (target.executeQuery as any)(...args);
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: proxy, count: () => runs };
}
