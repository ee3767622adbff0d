import { signOutLocally } from "@/app/sign-in/actions";

export function LocalSignOutButton() {
  return (
    <form action={signOutLocally}>
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50">
        Sign out
      </button>
    </form>
  );
}
