/** Shown in place of an organisation page the member's role does not open (the route answers 403). */
export function ForbiddenNotice({ message }: { message: string }) {
  return (
    <section role="alert" className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-6">
      <h1 className="text-xl font-semibold">Not available to your role</h1>
      <p>{message} Ask an owner of the organisation if you need it.</p>
    </section>
  );
}
