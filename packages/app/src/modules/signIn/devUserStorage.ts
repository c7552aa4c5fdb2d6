const KEY = 'spbe:dev-sign-in-user';

export function rememberedDevUser(): string | undefined {
  try {
    return window.localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberDevUser(name: string) {
  window.localStorage.setItem(KEY, name);
}

export function forgetDevUser() {
  window.localStorage.removeItem(KEY);
}
